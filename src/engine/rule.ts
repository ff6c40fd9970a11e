// createCategoryRule: the shape every plugin in rules/ shares. Each category plugin registers itself
// on its processor; the first one to run matches the whole tree once for every registered category
// (so overlaps resolve across categories), and each then reports its own category's findings.
import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Category, LexiconEntry, Severity} from '../lexicon/types.js'
import {getDefaultIndex} from './default-index.js'
import {matchLexicon, type CategoryHooks, type Detect, type Match, type MatchFilter} from './match.js'
import {createLocator, describeFinding, quotedNote} from './message.js'
import type {PhraseIndex} from './phrase-index.js'

export type QuoteHandling = 'ignore' | 'info' | 'check'

export interface RuleOptions {
  /** Text inside quotation marks: skip it (default), report it as info, or check it like the rest. */
  quotes?: QuoteHandling
  /** Base of the `url` on each finding; the entry id is added as the anchor. */
  docsUrl?: string
  /** A lexicon compiled with `compilePhraseIndex`, instead of the built-in one. */
  index?: PhraseIndex
  /** Entry ids switched off: they never match, so they never hide another finding either. */
  disabled?: string[]
}

/** A finding: a vfile message with the fields peerlint adds. */
export interface PeerlintMessage {
  ruleId: string
  source: 'peerlint'
  category: Category
  severity: Severity
  reason: string
  actual: string
  expected: string[]
  note: string
  why: string
  url: string
  fatal: boolean | undefined
  line: number
  column: number
  place: {start: Position; end: Position}
  fixable: boolean
  quoted: boolean
}

interface Position {
  line: number
  column: number
  offset: number
}

export const defaultDocsUrl = 'docs/lexicon.md'

interface Registration {
  index: PhraseIndex
  hooks: Map<Category, CategoryHooks>
  disabled: Set<string>
}

const registrations = new WeakMap<object, Registration>()
const matchesByTree = new WeakMap<Root, {registration: Registration; matches: Match[]}>()

function register(processor: object, spec: CategoryRuleSpec, index: PhraseIndex, disabled: string[]): Registration {
  let registration = registrations.get(processor)
  if (!registration) {
    registration = {index, hooks: new Map(), disabled: new Set()}
    registrations.set(processor, registration)
  }
  for (const id of disabled) registration.disabled.add(id)
  const hooks: CategoryHooks = {}
  if (spec.filter) hooks.filter = spec.filter
  if (spec.detect) hooks.detect = spec.detect
  registration.hooks.set(spec.category, hooks)
  return registration
}

const fatalBySeverity: Record<Severity, boolean | undefined> = {error: true, warning: false, info: undefined}

function report(file: VFile, text: string, match: Match, options: RuleOptions, registration: Registration, locate: ReturnType<typeof createLocator>): void {
  const {entry} = match
  const quoted = match.quoted
  if (quoted && (options.quotes ?? 'ignore') === 'ignore') return
  const severity: Severity = quoted && options.quotes === 'info' ? 'info' : entry.severity
  const actual = text.slice(match.start, match.end)
  const categoryInfo = registration.index.lexicon.categories.find((info) => info.category === entry.category)
  let reason = describeFinding(actual, entry, categoryInfo?.does ?? 'closes down meaning')
  if (quoted && options.quotes === 'info') reason = `${reason} ${quotedNote}`
  const start = {...locate(match.start), offset: match.start}
  const end = {...locate(match.end), offset: match.end}
  // VFileMessage is an Error: skip capturing a stack trace nobody reads (it is most of the cost).
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    message = file.message(reason, {place: {start, end}, ruleId: entry.id, source: 'peerlint'})
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  Object.assign(message, fields(entry, actual, severity, options, quoted))
}

function fields(entry: LexiconEntry, actual: string, severity: Severity, options: RuleOptions, quoted: boolean) {
  return {
    category: entry.category,
    severity,
    fatal: fatalBySeverity[severity],
    actual,
    expected: [...entry.rewrites],
    note: entry.why,
    why: entry.why,
    url: `${options.docsUrl ?? defaultDocsUrl}#${entry.id}`,
    fixable: entry.fixable,
    quoted
  }
}

export interface CategoryRuleSpec {
  category: Category
  /** A category's own context check, on top of the lexicon's data. */
  filter?: MatchFilter
  /** A category's own finder, for its entry that has `detector` instead of `match`. */
  detect?: Detect
}

export function createCategoryRule(spec: CategoryRuleSpec): Plugin<[RuleOptions?], Root> {
  return function categoryRule(this: Processor, options: RuleOptions = {}) {
    const registration = register(this, spec, options.index ?? getDefaultIndex(), options.disabled ?? [])
    return (tree: Root, file: VFile) => {
      const text = String(file.value ?? '')
      let memo = matchesByTree.get(tree)
      if (!memo || memo.registration !== registration) {
        memo = {registration, matches: matchLexicon(tree, text, registration.index, registration.hooks, registration.disabled)}
        matchesByTree.set(tree, memo)
      }
      let locate: ReturnType<typeof createLocator> | undefined
      for (const match of memo.matches) {
        if (match.entry.category !== spec.category) continue
        locate ??= createLocator(text)
        report(file, text, match, options, registration, locate)
      }
    }
  }
}
