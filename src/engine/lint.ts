// lint(text, options): the API every front end uses (CLI, batch scan, browser page). Synchronous and
// browser-safe; processors are built once per distinct options and then reused.
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import {peerlint} from '../../rules/index.js'
import {categories as allCategories, type Category, type Severity} from '../lexicon/types.js'
import type {PeerlintMessage, QuoteHandling} from './rule.js'
import type {PhraseIndex} from './phrase-index.js'

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
  return wanted.filter((category) => !options.ignoreCategories?.includes(category))
}

function processorFor(options: LintOptions): LintProcessor {
  const categories = enabledCategories(options)
  const indexId = options.index ? idOf(options.index) : 0
  const key = JSON.stringify([categories, options.quotes ?? 'ignore', options.docsUrl ?? '', indexId])
  let processor = processors.get(key)
  if (!processor) {
    const presetOptions = {categories, ...(options.quotes && {quotes: options.quotes}), ...(options.docsUrl && {docsUrl: options.docsUrl}), ...(options.index && {index: options.index})}
    processor = unified().use(retextEnglish).use(peerlint(presetOptions)).freeze() as unknown as LintProcessor
    processors.set(key, processor)
  }
  return processor
}

/** Texts longer than this are linted a stretch of paragraphs at a time. */
const chunkSize = 64 * 1024

/**
 * Splits a long text into stretches of whole paragraphs (at blank lines, else at line ends) of about
 * `chunkSize`, so one huge tree is never built: time and memory then grow linearly with the text.
 */
export function paragraphChunks(text: string, size = chunkSize): Array<{start: number; end: number}> {
  const chunks: Array<{start: number; end: number}> = []
  let start = 0
  while (text.length - start > size) {
    const limit = start + size
    let cut = text.lastIndexOf('\n\n', limit)
    if (cut <= start) cut = text.lastIndexOf('\n', limit)
    if (cut <= start) cut = text.indexOf('\n', limit)
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
  if (text.length > chunkSize) lintChunked(file, text, processor)
  else processor.runSync(processor.parse(file), file)
  const floor = rank[options.minSeverity ?? 'info']
  file.messages = file.messages
    .filter((message) => rank[(message as unknown as PeerlintMessage).severity ?? 'warning'] >= floor)
    .sort((a, b) => (a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0) - (b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0))
  return file
}

/** The findings of `lint`, typed. */
export function findings(file: VFile): PeerlintMessage[] {
  return file.messages as unknown as PeerlintMessage[]
}
