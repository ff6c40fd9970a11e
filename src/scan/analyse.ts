// One note → its note line and finding lines. Used unchanged by the main thread (--jobs 1) and by
// every worker, so a parallel scan gives exactly the lines a single-threaded one does.
import {findings, lint, type LintOptions} from '../engine/lint.js'
import {toJsonMessage} from '../report/json.js'
import type {FindingLine, NoteLine, NoteRecord} from './types.js'

export interface AnalyseOptions {
  lint: LintOptions
  redact: boolean
}

export interface Analysed {
  note: NoteLine
  findings: FindingLine[]
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** Words as peerlint counts them: runs of letters and digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  let count = 0
  wordPattern.lastIndex = 0
  while (wordPattern.exec(text) !== null) count++
  return count
}

const reach = 60

/** A few words before and after [start, end), on one line, cut at word boundaries. */
export function excerpt(text: string, start: number, end: number): {before: string; after: string} {
  let from = Math.max(0, start - reach)
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/)
    from = space === -1 ? start : from + space + 1
  }
  let to = Math.min(text.length, end + reach)
  if (to < text.length) {
    const tail = text.slice(end, to)
    const space = tail.search(/\s\S*$/)
    to = space === -1 ? end : end + space
  }
  const flat = (value: string) => value.replace(/\s+/g, ' ')
  const before = flat(text.slice(from, start)).trimStart()
  const after = flat(text.slice(end, to)).trimEnd()
  return {before: (from > 0 ? '…' : '') + before, after: after + (to < text.length ? '…' : '')}
}

export function analyseNote(record: NoteRecord, options: AnalyseOptions): Analysed {
  const messages = findings(lint(record.text, options.lint))
  const where = {file: record.file, row: record.row, noteId: record.noteId, author: record.author, date: record.date, group: record.group}
  const lines: FindingLine[] = messages.map((message) => {
    const json = toJsonMessage(message)
    if (options.redact) {
      const {message: _said, actual: _actual, ...rest} = json
      return {type: 'finding', ...where, ...rest}
    }
    return {type: 'finding', ...where, ...json, ...excerpt(record.text, json.offset, json.endOffset)}
  })
  return {note: {type: 'note', ...where, words: countWords(record.text), findings: lines.length}, findings: lines}
}
