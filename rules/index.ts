// The peerlint preset: every category rule, or only the ones asked for.
import type {Root} from 'nlcst'
import type {Plugin, Preset} from 'unified'
import type {Category} from '../src/lexicon/types.js'
import type {RuleOptions} from '../src/engine/rule.js'
import clinicalJargon from './clinical-jargon.js'
import complianceControl from './compliance-control.js'
import credibilityDoubt from './credibility-doubt.js'
import diagnosticLabel from './diagnostic-label.js'
import directiveLanguage from './directive-language.js'
import distancingLanguage from './distancing-language.js'
import motiveAttribution from './motive-attribution.js'
import riskAssessment from './risk-assessment.js'
import substanceUseStigma from './substance-use-stigma.js'

export const rules: Record<Category, Plugin<[RuleOptions?], Root>> = {
  'diagnostic-label': diagnosticLabel,
  'clinical-jargon': clinicalJargon,
  'motive-attribution': motiveAttribution,
  'credibility-doubt': credibilityDoubt,
  'compliance-control': complianceControl,
  'risk-assessment': riskAssessment,
  'distancing-language': distancingLanguage,
  'directive-language': directiveLanguage,
  'substance-use-stigma': substanceUseStigma
}

export interface PresetOptions extends RuleOptions {
  /** Only these categories (default: all nine). */
  categories?: Category[]
}

/** `retext().use(retextEnglish).use(peerlint())`: all rules with shared options. */
export function peerlint(options: PresetOptions = {}): Preset {
  const {categories, ...ruleOptions} = options
  const chosen = categories ?? (Object.keys(rules) as Category[])
  return {plugins: chosen.map((category) => [rules[category], ruleOptions] as [Plugin<[RuleOptions?], Root>, RuleOptions])}
}
