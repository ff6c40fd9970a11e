/** The nine kinds of drift peerlint knows about, in the order reports show them. */
export const categories = [
  'diagnostic-label',
  'clinical-jargon',
  'motive-attribution',
  'credibility-doubt',
  'compliance-control',
  'risk-assessment',
  'distancing-language',
  'directive-language',
  'substance-use-stigma'
] as const

export type Category = (typeof categories)[number]

/** Findings that no word list can describe, found by code in a rule; the entry still holds the words. */
export const detectors = ['scare-quotes'] as const
export type Detector = (typeof detectors)[number]

export const severities = ['error', 'warning', 'info'] as const
export type Severity = (typeof severities)[number]

/** One lexicon entry, exactly as a trainer writes it in `lexicon/<category>.yaml`. */
export interface LexiconEntry {
  id: string
  category: Category
  /** What to catch. An entry found by a rule's own detector instead has `detector` and no `match`. */
  match: string[]
  /** The name of a built-in detector that finds this entry (e.g. `scare-quotes`). */
  detector?: Detector
  rewrites: string[]
  does?: string
  why: string
  sources: string[]
  severity: Severity
  fixable: boolean
  examples: {flagged: string[]; clean?: string[]}
  skipWhenPrecededBy?: string[]
  skipWhenFollowedBy?: string[]
  onlyWhenPrecededBy?: string[]
  onlyWhenFollowedBy?: string[]
  /** Flag only when one of these stands anywhere earlier in the same sentence (a hedge before a guessed reason). */
  onlyWhenEarlierInSentence?: string[]
  caseSensitive?: boolean
}

/** The explanation at the top of each category file. */
export interface CategoryInfo {
  category: Category
  title: string
  summary: string
  /** Completes "‘phrase’ ___." in a message when an entry has no `does` of its own. */
  does: string
}

/** Word lists the context rules use (`lexicon/context.yaml`). */
export interface LexiconContext {
  openFrames: string[]
  institutions: string[]
  /** Family: like institutions for most words, but labels about them are still reported. */
  people?: string[]
  /** Nouns for the person themself ("the young man", "the new admit"): any other noun after "the" is someone else. */
  personNouns?: string[]
  between: string[]
  /** Words that introduce the person's own words in quotation marks ("said", "told me", "in her words"). */
  quoteIntroducers: string[]
}

export interface Lexicon {
  categories: CategoryInfo[]
  entries: LexiconEntry[]
  slots: Record<string, string[]>
  context: LexiconContext
}

export function isCategory(value: string): value is Category {
  return (categories as readonly string[]).includes(value)
}

export function isSeverity(value: string): value is Severity {
  return (severities as readonly string[]).includes(value)
}
