// A batch of notes in and out of a linting thread, in compact forms that are cheap to pass between
// threads: records as one flat array of fields, results as the findings.jsonl text of the batch
// (serialised where the linting happened) plus the few fields the Aggregator needs. The main thread
// and the workers run exactly this code, so the output does not depend on where a batch was linted.
import {analyseNote, type AnalyseOptions, type Analysed} from './analyse.js'
import type {FindingLine, NoteLine, NoteRecord} from './types.js'

/** Fields per record in `BatchInput.fields`: file, row, noteId, author, date, group, text. */
const recordStride = 7

export interface BatchInput {
  sequence: number
  fields: Array<string | number | null>
  /** Serialise the lines (only when a findings file is written). */
  wantLines: boolean
  /** Also return the Analysed objects (for a stdout format). */
  keepResults: boolean
}

/**
 * `facts`, per note: file, row, author, date, group, words, number of findings; then per finding:
 * ruleId, category, offset, actual, before, after (null when absent, as with --redact).
 */
export type Facts = Array<string | number | null>

export interface BatchOutput {
  sequence: number
  /**
   * The note and finding lines of the batch, one JSON object per line, each ending in \n: a string, or
   * its UTF-8 bytes when it comes from a worker (transferred, not copied). Empty unless `wantLines`.
   */
  lines: string | Uint8Array
  facts: Facts
  notes: number
  findings: number
  /** Findings that are not info. */
  failing: number
  results?: Analysed[]
}

export function encodeRecords(records: NoteRecord[]): Array<string | number | null> {
  const fields: Array<string | number | null> = new Array(records.length * recordStride)
  let at = 0
  for (const record of records) {
    fields[at++] = record.file
    fields[at++] = record.row
    fields[at++] = record.noteId
    fields[at++] = record.author
    fields[at++] = record.date
    fields[at++] = record.group
    fields[at++] = record.text
  }
  return fields
}

function decodeRecord(fields: BatchInput['fields'], at: number): NoteRecord {
  return {
    file: fields[at] as string,
    row: fields[at + 1] as number,
    noteId: fields[at + 2] as string | null,
    author: fields[at + 3] as string | null,
    date: fields[at + 4] as string | null,
    group: fields[at + 5] as string | null,
    text: fields[at + 6] as string
  }
}

/** Lints one batch and serialises its lines. */
export function lintBatch(input: BatchInput, options: AnalyseOptions): BatchOutput {
  const {fields} = input
  const parts: string[] = []
  const facts: Facts = []
  const results: Analysed[] | undefined = input.keepResults ? [] : undefined
  let notes = 0
  let findings = 0
  let failing = 0
  for (let at = 0; at < fields.length; at += recordStride) {
    const result = analyseNote(decodeRecord(fields, at), options)
    const {note} = result
    notes++
    if (input.wantLines) parts.push(JSON.stringify(note))
    facts.push(note.file, note.row, note.author, note.date, note.group, note.words, result.findings.length)
    for (const finding of result.findings) {
      findings++
      if (finding.severity !== 'info') failing++
      if (input.wantLines) parts.push(JSON.stringify(finding))
      facts.push(finding.ruleId, finding.category, finding.offset, finding.actual ?? null, finding.before ?? null, finding.after ?? null)
    }
    results?.push(result)
  }
  if (parts.length > 0) parts.push('')
  return {sequence: input.sequence, lines: parts.join('\n'), facts, notes, findings, failing, ...(results && {results})}
}

/**
 * Hands `add` the lines the Aggregator reads, rebuilt from `facts`: only the fields it uses are filled
 * in (the findings file gets the full lines from `text`).
 */
export function replayFacts(facts: Facts, add: (line: NoteLine | FindingLine) => void): void {
  let at = 0
  while (at < facts.length) {
    const note: NoteLine = {
      type: 'note',
      file: facts[at] as string,
      row: facts[at + 1] as number,
      noteId: null,
      author: facts[at + 2] as string | null,
      date: facts[at + 3] as string | null,
      group: facts[at + 4] as string | null,
      words: facts[at + 5] as number,
      findings: facts[at + 6] as number
    }
    at += 7
    add(note)
    for (let index = 0; index < note.findings; index++, at += 6) {
      const actual = facts[at + 3] as string | null
      const before = facts[at + 4] as string | null
      const after = facts[at + 5] as string | null
      const finding = {
        type: 'finding',
        file: note.file,
        row: note.row,
        noteId: null,
        author: note.author,
        date: note.date,
        group: note.group,
        ruleId: facts[at] as string,
        category: facts[at + 1] as FindingLine['category'],
        offset: facts[at + 2] as number
      } as FindingLine
      if (actual !== null) finding.actual = actual
      if (before !== null) finding.before = before
      if (after !== null) finding.after = after
      add(finding)
    }
  }
}
