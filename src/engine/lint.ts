// lint(text, options): the API every front end uses (CLI, batch scan, browser page). Synchronous and
// browser-safe; processors are built once per distinct options and then reused.
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import {peerlint, type PresetOptions} from '../../rules/index.js'
import {categories as allCategories, type Category, type Severity} from '../lexicon/types.js'
import type {PeerlintMessage, QuoteHandling} from './rule.js'
import type {PhraseIndex} from './phrase-index.js'
import {parseDirectives, isSuppressed, type Directive} from './directives.js'
import {localizeSpelling, type Locale} from './locale.js'
import {createLocator} from './message.js'
import {maskPlaceholders, restoreActual} from './placeholders.js'
import {primeParser} from './prime-parser.js'

export interface LintOptions {
  /** Only these categories (default: all nine). */
  categories?: Category[]
  /** Leave these categories out. */
  ignoreCategories?: Category[]
  /** Text inside quotation marks: 'ignore' (default), 'info', or 'check'. */
  quotes?: QuoteHandling
  /** Drop findings below this severity ('info' keeps everything). */
  minSeverity?: Severity
  /** Base URL for the docs link on each finding. */
  docsUrl?: string
  /** A compiled custom lexicon instead of the built-in one. */
  index?: PhraseIndex
  /** Severity for a whole category, or 'off' (as `ignoreCategories`). */
  categorySeverity?: Partial<Record<Category, Severity | 'off'>>
  /** Severity for single entries by id, or 'off'. */
  rules?: Record<string, Severity | 'off'>
  /** Words, phrases or entry ids an organisation has chosen to use: never reported. */
  allow?: string[]
  /** Spelling of suggestions and messages (the lexicon is in US spelling). */
  locale?: Locale
  /** Honour peerlint-disable comments (default true). */
  directives?: boolean
  /** Report disable directives that suppressed nothing, as warnings. */
  reportUnusedDisableDirectives?: boolean
}

const rank: Record<Severity, number> = {error: 2, warning: 1, info: 0}

type LintProcessor = Processor<Root, Root, Root, undefined, undefined>
const processors = new Map<string, LintProcessor>()
const indexIds = new WeakMap<PhraseIndex, number>()
let nextIndexId = 1

function idOf(index: PhraseIndex): number {
  let id = indexIds.get(index)
  if (id === undefined) {
    id = nextIndexId++
    indexIds.set(index, id)
  }
  return id
}

export function enabledCategories(options: LintOptions = {}): Category[] {
  const wanted = options.categories ?? [...allCategories]
  return wanted.filter((category) => !options.ignoreCategories?.includes(category) && options.categorySeverity?.[category] !== 'off')
}

const disabledRules = (options: LintOptions) =>
  Object.entries(options.rules ?? {})
    .filter(([, setting]) => setting === 'off')
    .map(([id]) => id)
    .sort()

/** The options for the `peerlint` preset that lint options imply (for other parsers' pipelines too). */
export function presetOptionsFor(options: LintOptions): PresetOptions {
  return {
    categories: enabledCategories(options),
    disabled: disabledRules(options),
    ...(options.quotes && {quotes: options.quotes}),
    ...(options.docsUrl && {docsUrl: options.docsUrl}),
    ...(options.index && {index: options.index})
  }
}

let defaultProcessor: LintProcessor | undefined

function processorFor(options: LintOptions): LintProcessor {
  // lint(text) with no options is the common case (the scan, the page): skip building the key.
  const plain = Object.keys(options).length === 0
  if (plain && defaultProcessor) return defaultProcessor
  const presetOptions = presetOptionsFor(options)
  const indexId = options.index ? idOf(options.index) : 0
  const key = JSON.stringify([presetOptions.categories, options.quotes ?? 'ignore', options.docsUrl ?? '', indexId, presetOptions.disabled])
  let processor = processors.get(key)
  if (!processor) {
    processor = unified().use(retextEnglish).use(peerlint(presetOptions)).freeze() as unknown as LintProcessor
    processors.set(key, processor)
    const parser = processor
    primeParser((text) => parser.parse(text))
  }
  if (plain) defaultProcessor = processor
  return processor
}

/**
 * Texts longer than this are linted a stretch of paragraphs at a time. Small stretches keep every
 * tree young and short-lived: on a 4 MB file 4 KB stretches ran at about 88% of the speed of the same
 * text as notes, 64 KB stretches at about 77% (CPU medians, both measured in one process). Stretch size
 * alone did not keep a 10 MB file at about 250 MB peak RSS: at 1, 2 and 4 KB some runs still reached
 * about 560 MB, when V8 decided to allocate the parser's nodes straight in the old generation. Priming
 * the parser is what stops that (see prime-parser.ts).
 */
const chunkSize = 2 * 1024

/** Only a run of spaces, tabs and line breaks ends a paragraph; a no-break space in it does not. */
const plainBreak = /[ \t\r\n]/

/** A line end where the parser itself starts a new paragraph: the white space around it is all plain. */
function isParagraphBreak(text: string, at: number): boolean {
  let before = at
  while (before > 0 && plainBreak.test(text[before - 1]!)) before--
  let after = at + 1
  while (after < text.length && plainBreak.test(text[after]!)) after++
  return !/\s/.test(text[before - 1] ?? '') && !/\s/.test(text[after] ?? '')
}

/** The last paragraph break at or before `limit` after `start` (blank lines first), else the next one. */
function cutNear(text: string, start: number, limit: number): number {
  for (const mark of ['\n\n', '\n']) {
    for (let cut = text.lastIndexOf(mark, limit); cut > start; cut = text.lastIndexOf(mark, cut - 1)) {
      if (isParagraphBreak(text, cut)) return cut
    }
  }
  for (let cut = text.indexOf('\n', limit); cut !== -1; cut = text.indexOf('\n', cut + 1)) {
    if (isParagraphBreak(text, cut)) return cut
  }
  return -1
}

/**
 * Splits a long text into stretches of whole paragraphs (at blank lines, else at line ends) of about
 * `chunkSize`, so one huge tree is never built: time and memory then grow linearly with the text.
 */
export function paragraphChunks(text: string, size = chunkSize): Array<{start: number; end: number}> {
  const chunks: Array<{start: number; end: number}> = []
  let start = 0
  while (text.length - start > size) {
    const cut = cutNear(text, start, start + size)
    if (cut === -1) break
    chunks.push({start, end: cut + 1})
    start = cut + 1
  }
  chunks.push({start, end: text.length})
  return chunks
}

interface Place {
  line: number
  column: number
  offset?: number
}

/** Moves a finding found in a chunk to where it is in the whole text (chunks start at a line start). */
function shift(message: VFile['messages'][number], offset: number, lines: number): void {
  const place = message.place
  if (!place || !('start' in place)) return
  for (const point of [place.start, place.end] as Place[]) {
    point.line += lines
    if (point.offset !== undefined) point.offset += offset
  }
  message.line = place.start.line
  message.column = place.start.column
}

function lintChunked(file: VFile, text: string, processor: LintProcessor): void {
  let lines = 0
  let counted = 0
  for (const {start, end} of paragraphChunks(text)) {
    for (let index = text.indexOf('\n', counted); index !== -1 && index < start; index = text.indexOf('\n', index + 1)) lines++
    counted = start
    const part = new VFile(text.slice(start, end))
    processor.runSync(processor.parse(part), part)
    for (const message of part.messages) {
      shift(message, start, lines)
      file.messages.push(message)
    }
  }
}

/** Lints `input` and returns the file with its findings in `file.messages`, in document order. */
export function lint(input: Compatible, options: LintOptions = {}): VFile {
  const file = input instanceof VFile ? input : new VFile(input)
  const processor = processorFor(options)
  const text = String(file.value ?? '')
  // Template placeholders ({{client_name}}, [[Participant]]) are matched as blanks of the same length.
  const value = file.value
  const masked = maskPlaceholders(text)
  if (masked !== text) file.value = masked
  if (text.length > chunkSize) lintChunked(file, masked, processor)
  else processor.runSync(processor.parse(file), file)
  if (masked !== text) {
    file.value = value
    restoreActual(file.messages, text)
  }
  applySettings(file, text, options)
  return file
}

const fatalBySeverity: Record<Severity, boolean | undefined> = {error: true, warning: false, info: undefined}
const leadingDeterminers = /^(?:the|this|that|these|those|our|my|your|a|an)\s+/

/** The words of a finding as an allow-list compares them: lower case, straight apostrophes, one space. */
const allowKey = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\s-]+/g, ' ').trim()

function isAllowed(message: PeerlintMessage, ids: Set<string>, allow: Set<string>): boolean {
  if (ids.has(message.ruleId)) return true
  const said = allowKey(message.actual).replace(leadingDeterminers, '')
  return allow.has(said) || allow.has(said.replace(/(?:'s|s|es)$/, ''))
}

/**
 * Organisation settings (allow, severities, locale, minSeverity), inline suppressions and ordering,
 * applied to the findings of one file. `text` is the file as written (directives are read from it).
 */
export function applySettings(file: VFile, text: string, options: LintOptions): void {
  const floor = rank[options.minSeverity ?? 'info']
  const allowIds = new Set(options.allow ?? [])
  const allow = new Set((options.allow ?? []).map(allowKey))
  const directives = options.directives === false ? [] : parseDirectives(text)
  const kept: VFile['messages'] = []
  for (const raw of file.messages) {
    const message = raw as unknown as PeerlintMessage
    if (allow.size > 0 && isAllowed(message, allowIds, allow)) continue
    const setting = options.rules?.[message.ruleId] ?? options.categorySeverity?.[message.category]
    if (setting && setting !== 'off' && !message.quoted) {
      message.severity = setting
      message.fatal = fatalBySeverity[setting]
    }
    if (rank[message.severity] < floor) continue
    if (directives.some((directive) => message.place.start.offset >= directive.offset && message.place.start.offset < directive.endOffset)) continue
    if (directives.length > 0 && isSuppressed(directives, {ruleId: message.ruleId, category: message.category, line: message.place.start.line, offset: message.place.start.offset})) continue
    if (options.locale && options.locale !== 'en-US') {
      message.reason = localizeSpelling(message.reason, options.locale)
      raw.message = message.reason
      message.expected = message.expected.map((rewrite) => localizeSpelling(rewrite, options.locale))
    }
    kept.push(raw)
  }
  if (options.reportUnusedDisableDirectives) {
    for (const directive of directives) {
      if (directive.used || directive.kind === 'enable') continue
      kept.push(unusedDirective(file, text, directive))
    }
  }
  file.messages = kept.sort((a, b) => startOffset(a) - startOffset(b))
}

const startOffset = (message: VFile['messages'][number]) => (message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0)

function unusedDirective(file: VFile, text: string, directive: Directive): VFile['messages'][number] {
  const locate = createLocator(text)
  const start = {...locate(directive.offset), offset: directive.offset}
  const end = {...locate(directive.endOffset), offset: directive.endOffset}
  const what = directive.targets.length > 0 ? ` for ${directive.targets.join(', ')}` : ''
  const message = file.message(`This peerlint-${directive.kind} comment${what} did not suppress anything here. You can remove it.`, {
    place: {start, end},
    ruleId: 'unused-disable-directive',
    source: 'peerlint'
  })
  Object.assign(message, {category: 'directive', severity: 'warning', fatal: false, actual: text.slice(directive.offset, directive.endOffset), expected: [], note: '', why: '', url: '', fixable: false, quoted: false})
  return message
}

/** The findings of `lint`, typed. */
export function findings(file: VFile): PeerlintMessage[] {
  return file.messages as unknown as PeerlintMessage[]
}
