// The page's logic, kept free of the DOM so it can be tested on its own: checking a draft (with a
// per-paragraph cache so typing in a long note stays quick), turning findings into highlight
// segments, applying a rewrite, remembering "ignore here" through edits, and counting.
import {categories, findings as readFindings, lexicon, lint} from '../../src/index.js'
import type {Category, QuoteHandling, Severity} from '../../src/index.js'
import {isLocale, localizeSpelling, locales, type Locale} from '../../src/engine/locale.js'

export {categories, isLocale, lexicon, locales}
export type {Category, Locale, QuoteHandling, Severity}

/** One thing to look at in the draft, with offsets into the whole draft. */
export interface Finding {
  /**
   * Stays the same while the writer edits elsewhere: the entry, the phrase, and which occurrence of
   * that phrase it is (`agitated|agitated|2`).
   */
  key: string
  ruleId: string
  category: Category
  severity: Severity
  /** The warm one-line message, with its suggestion. */
  reason: string
  /** The text exactly as written. */
  actual: string
  /** Open rewrites, best first. "…" marks a blank for the writer. */
  expected: string[]
  why: string
  /** 0-based, end exclusive, in UTF-16 code units (JavaScript string indexes). */
  start: number
  end: number
  /** Inside quotation marks (only reported when quotes are 'info' or 'check'). */
  quoted: boolean
}

export interface CheckOptions {
  /** The categories that are switched on. */
  categories: readonly Category[]
  quotes: QuoteHandling
  /** Spelling of the suggestions and explanations (the lexicon is in US spelling). */
  locale?: Locale
}

/** The blank in a rewrite that the writer fills in. */
export const blank = '…'

interface Paragraph {
  start: number
  text: string
}

/**
 * Splits a draft at blank lines. Findings never cross a blank line (phrases stop at the end of a
 * sentence, and a blank line always ends one), so each paragraph can be checked on its own.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const separator = /\n[ \t\r\f\v]*\n\s*/g
  let start = 0
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    paragraphs.push({start, text: text.slice(start, match.index)})
    start = match.index + match[0].length
  }
  paragraphs.push({start, text: text.slice(start)})
  return paragraphs.filter((paragraph) => paragraph.text.trim() !== '')
}

type RelativeFinding = Omit<Finding, 'key' | 'start' | 'end'> & {start: number; end: number}

/**
 * Checks drafts with `lint()`. Paragraphs already seen with the same options come from a cache, so
 * a re-check after an edit only lints the paragraph that changed.
 */
export class Checker {
  private readonly cache = new Map<string, RelativeFinding[]>()
  private readonly limit: number

  constructor(limit = 2000) {
    this.limit = limit
  }

  check(text: string, options: CheckOptions): Finding[] {
    const enabled = categories.filter((category) => options.categories.includes(category))
    if (enabled.length === 0) return []
    const locale = options.locale ?? 'en-US'
    const optionsKey = `${enabled.join(',')}|${options.quotes}|${locale}|`
    const result: Finding[] = []
    for (const paragraph of splitParagraphs(text)) {
      const cacheKey = optionsKey + paragraph.text
      let found = this.cache.get(cacheKey)
      if (!found) {
        found = lintParagraph(paragraph.text, enabled, options.quotes, locale)
        if (this.cache.size >= this.limit) this.cache.clear()
        this.cache.set(cacheKey, found)
      }
      for (const finding of found) {
        const start = finding.start + paragraph.start
        const end = finding.end + paragraph.start
        result.push({...finding, expected: [...finding.expected], start, end, key: ''})
      }
    }
    return withKeys(result)
  }

  /** Forgets every cached paragraph (to measure a check from scratch). */
  clear(): void {
    this.cache.clear()
  }
}

/** Gives each finding its key: entry, phrase and occurrence number, in document order. */
export function withKeys(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>()
  for (const finding of findings) {
    const base = `${finding.ruleId}|${finding.actual.replace(/\s+/g, ' ').toLowerCase()}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    finding.key = `${base}|${count}`
  }
  return findings
}

function lintParagraph(text: string, enabled: Category[], quotes: QuoteHandling, locale: Locale): RelativeFinding[] {
  const file = lint(text, {categories: enabled, quotes, locale})
  return readFindings(file).map((message) => ({
    ruleId: message.ruleId,
    category: message.category,
    severity: message.severity,
    reason: message.reason,
    actual: message.actual,
    expected: [...message.expected],
    why: localizeSpelling(message.why, locale),
    start: message.place.start.offset,
    end: message.place.end.offset,
    quoted: message.quoted
  }))
}

/** A run of the draft's text, highlighted when it belongs to a finding. */
export interface Segment {
  text: string
  start: number
  finding?: Finding
}

/**
 * Cuts the draft into plain and highlighted runs, in order, covering every character exactly once.
 * Findings that start inside an earlier one, or point outside the text, are left out of the
 * highlights (the engine never produces them, but a stale list must not break the page).
 */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end)
  const result: Segment[] = []
  let position = 0
  for (const finding of sorted) {
    if (finding.start < position || finding.end > text.length || finding.end <= finding.start) continue
    if (finding.start > position) result.push({text: text.slice(position, finding.start), start: position})
    result.push({text: text.slice(finding.start, finding.end), start: finding.start, finding})
    position = finding.end
  }
  if (position < text.length || result.length === 0) result.push({text: text.slice(position), start: position})
  return result
}

/** The finding the caret is in (or touching), if any. */
export function findingAt(findings: readonly Finding[], caret: number): Finding | undefined {
  return findings.find((finding) => finding.start < caret && caret < finding.end) ?? findings.find((finding) => finding.start === caret || finding.end === caret)
}

/** A replacement in the draft, and where the caret (or selection) goes after it. */
export interface Edit {
  /** The whole new draft. */
  text: string
  start: number
  end: number
  /** What replaces text[start, end). */
  insert: string
  selectionStart: number
  selectionEnd: number
}

function atSentenceStart(text: string, index: number): boolean {
  for (let position = index - 1; position >= 0; position--) {
    const character = text[position]!
    if (/[\s"'“‘(\[«*_-]/.test(character) && character !== '\n') continue
    return /[\n.!?:]/.test(character)
  }
  return true
}

/** "he is" at the start of a sentence becomes "He is"; a rewrite that starts with a blank stays as it is. */
function matchCase(rewrite: string, text: string, start: number, actual: string): string {
  const first = actual.charAt(0)
  const capitalised = first !== first.toLowerCase() && first === first.toUpperCase()
  if (!capitalised || !atSentenceStart(text, start)) return rewrite
  return rewrite.charAt(0).toUpperCase() + rewrite.slice(1)
}

/**
 * Replaces a finding's phrase with a rewrite, keeping the rest of the draft exactly as it was.
 * The caret goes just after the new words; when the rewrite has a blank ("…"), the blank is
 * selected so the writer can type over it. Returns undefined when the draft no longer has the
 * phrase at that place (it was edited since the check).
 */
export function applyRewrite(text: string, finding: Pick<Finding, 'start' | 'end' | 'actual'>, rewrite: string): Edit | undefined {
  if (text.slice(finding.start, finding.end) !== finding.actual) return undefined
  const insert = matchCase(insertionFor(rewrite), text, finding.start, finding.actual)
  let start = finding.start
  // Leaving a phrase out: take one space with it, so no double space is left behind.
  if (insert === '' && text[start - 1] === ' ' && (finding.end === text.length || /[\s.,;:!?)]/.test(text[finding.end]!))) start--
  const next = text.slice(0, start) + insert + text.slice(finding.end)
  const blankAt = insert.indexOf(blank)
  const selectionStart = blankAt === -1 ? start + insert.length : start + blankAt
  const selectionEnd = blankAt === -1 ? selectionStart : selectionStart + blank.length
  return {text: next, start, end: finding.end, insert, selectionStart, selectionEnd}
}

/**
 * The words a rewrite puts in the note. A part in brackets is a hint for the writer, not note text:
 * "… (their name)" leaves a blank for the name, "(leave your verdict out)" leaves the phrase out.
 */
export function insertionFor(rewrite: string): string {
  return rewrite
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
}

/** Where a caret at `offset` in `before` belongs in `after`, given that exactly one range changed. */
export function diffRange(before: string, after: string): {start: number; removedEnd: number; insertedEnd: number} {
  const shorter = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  return {start: prefix, removedEnd: before.length - suffix, insertedEnd: after.length - suffix}
}

/** A finding the writer chose to keep at one place in the draft. */
export interface Ignore {
  ruleId: string
  actual: string
  start: number
  end: number
}

export function ignoreOf(finding: Finding): Ignore {
  return {ruleId: finding.ruleId, actual: finding.actual, start: finding.start, end: finding.end}
}

/**
 * Moves places in the draft along with an edit: text typed before them shifts them, an edit that
 * touches the phrase itself drops them (it is a different phrase now).
 */
export function shiftRanges<T extends {start: number; end: number; actual: string}>(items: readonly T[], before: string, after: string): T[] {
  if (before === after) return [...items]
  const {start, removedEnd, insertedEnd} = diffRange(before, after)
  const delta = insertedEnd - removedEnd
  const kept: T[] = []
  const unchanged = (item: T): boolean => after.slice(item.start, item.end) === item.actual
  for (const item of items) {
    const shifted = {...item, start: item.start + delta, end: item.end + delta}
    if (item.end <= start) kept.push(item)
    else if (item.start >= removedEnd) kept.push(shifted)
    // The edit touches the phrase. When the same characters were typed next to it, where the
    // change happened is ambiguous ("a" before "agitated"); keep it only if it is still intact.
    else if (unchanged(shifted)) kept.push(shifted)
    else if (unchanged(item)) kept.push(item)
  }
  return kept.filter(unchanged)
}

/** "Ignore here" follows its phrase through edits elsewhere in the draft. */
export function shiftIgnores(ignores: readonly Ignore[], before: string, after: string): Ignore[] {
  return shiftRanges(ignores, before, after)
}

/** Keeps the highlights in place while the writer types, until the next check. */
export function shiftFindings(findings: readonly Finding[], before: string, after: string): Finding[] {
  return withKeys(shiftRanges(findings, before, after).map((finding) => ({...finding})))
}

export function isIgnored(finding: Finding, ignores: readonly Ignore[]): boolean {
  return ignores.some((ignore) => ignore.ruleId === finding.ruleId && ignore.start === finding.start && ignore.end === finding.end)
}

export function countByCategory(findings: readonly Finding[]): Record<Category, number> {
  const counts = Object.fromEntries(categories.map((category) => [category, 0])) as Record<Category, number>
  for (const finding of findings) counts[finding.category]++
  return counts
}

const titles = new Map(lexicon.categories.map((info) => [info.category, info.title]))

export function categoryTitle(category: Category): string {
  return titles.get(category) ?? category
}

/** What an entry does, as the first line of its card: "‘agitated’ reads a person's body and mood as a warning sign." */
export function whatItDoes(finding: Pick<Finding, 'ruleId' | 'category' | 'actual'>, locale: Locale = 'en-US'): string {
  const entry = lexicon.entries.find((candidate) => candidate.id === finding.ruleId)
  const info = lexicon.categories.find((candidate) => candidate.category === finding.category)
  const does = (entry?.does ?? info?.does ?? 'closes down meaning').replace(/[.\s]+$/, '')
  return `‘${finding.actual.replace(/\s+/g, ' ')}’ ${localizeSpelling(does, locale)}.`
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** The sentence shown above the list and read out by screen readers when the counts change. */
export function summarise(findings: readonly Finding[], enabled: readonly Category[], ignoredCount: number, hasText: boolean): string {
  if (enabled.length === 0) return 'Every kind of check is switched off in Settings, so nothing is highlighted.'
  const ignored = ignoredCount > 0 ? ` (${plural(ignoredCount, 'phrase', 'phrases')} you chose to keep)` : ''
  if (!hasText) return 'Nothing to check yet. Type or paste your note, or try the example.'
  if (findings.length === 0) return `Nothing highlighted${ignored}. peerlint can miss things, so give your note a read too.`
  const counts = countByCategory(findings)
  const parts = categories.filter((category) => counts[category] > 0).map((category) => `${counts[category]} ${categoryTitle(category).toLowerCase()}`)
  return `${plural(findings.length, 'phrase', 'phrases')} to look at${ignored}: ${parts.join(', ')}.`
}

/** Plain words for a severity, shown next to the category so colour never carries it alone. */
export const severityLabel: Record<Severity, string> = {
  error: 'Please change',
  warning: 'Worth changing',
  info: 'For you to decide'
}
