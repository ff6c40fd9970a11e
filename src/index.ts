// peerlint's public, browser-safe API.
export {lint, findings, enabledCategories, type LintOptions} from './engine/lint.js'
export {compilePhraseIndex, type PhraseIndex} from './engine/phrase-index.js'
export {getDefaultIndex, lexicon} from './engine/default-index.js'
export {createCategoryRule, type PeerlintMessage, type RuleOptions, type QuoteHandling} from './engine/rule.js'
export {ruleMeta, type RuleMeta} from './engine/rule-meta.js'
export {peerlint, rules, type PresetOptions} from '../rules/index.js'
export {categories, severities, isCategory, isSeverity} from './lexicon/types.js'
export type {Category, Severity, Lexicon, LexiconEntry, CategoryInfo} from './lexicon/types.js'
