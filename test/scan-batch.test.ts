// Batches as they travel between the scan's threads (src/scan/batch.ts): the serialised lines must be
// exactly the JSON of the analysed lines, and the compact facts must give the Aggregator exactly what
// the full lines give it, so a parallel scan writes the same bytes as a single-threaded one.
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {Aggregator} from '../src/scan/aggregate.js'
import {analyseNote, type AnalyseOptions} from '../src/scan/analyse.js'
import {encodeRecords, lintBatch, replayFacts, type BatchInput} from '../src/scan/batch.js'
import {scanV8Flags} from '../src/scan/heap.js'
import {tuningFor} from '../src/scan/pool.js'
import type {NoteRecord, OutputLine} from '../src/scan/types.js'

const records: NoteRecord[] = [
  {file: 'a.csv', row: 2, noteId: 'n1', author: 'Ann', date: '2024-01-10', group: 'North', text: 'Met John; this writer thinks he is noncompliant with his meds.'},
  {file: 'a.csv', row: 3, noteId: null, author: null, date: null, group: null, text: 'We walked to the shop and talked about her garden.'},
  {file: 'a.csv', row: 5, noteId: 'n3', author: 'Bob', date: '2024-02-01', group: 'South', text: 'She was "manipulative" today, staff said.\nThis writer\twill follow up — Zoë agreed.'},
  {file: 'b.csv', row: 2, noteId: 'n4', author: 'Ann', date: '2024-03-05', group: null, text: 'He refused and was noncompliant again; the client is noncompliant.'}
]

const input = (overrides: Partial<BatchInput> = {}): BatchInput => ({sequence: 7, fields: encodeRecords(records), wantLines: true, keepResults: false, ...overrides})

function aggregate(lines: Iterable<OutputLine>) {
  const aggregator = new Aggregator('month')
  aggregator.add({type: 'scan', version: 1, files: ['a.csv', 'b.csv'], redacted: false})
  for (const line of lines) aggregator.add(line)
  return aggregator.finish()
}

describe('scan batches', () => {
  for (const redact of [false, true]) {
    const options: AnalyseOptions = {lint: {quotes: 'check'}, redact}
    const analysed = records.map((record) => analyseNote(record, options))
    const full: OutputLine[] = analysed.flatMap((result) => [result.note, ...result.findings])

    it(`serialises exactly the analysed lines, in order${redact ? ' (redacted)' : ''}`, () => {
      const output = lintBatch(input(), options)
      expect(output.sequence).toBe(7)
      expect(output.lines).toBe(full.map((line) => `${JSON.stringify(line)}\n`).join(''))
      expect(output.notes).toBe(records.length)
      expect(output.findings).toBe(full.length - records.length)
      expect(output.findings).toBeGreaterThan(3)
      expect(output.failing).toBe(full.filter((line) => line.type === 'finding' && line.severity !== 'info').length)
      expect(output.results).toBeUndefined()
    })

    it(`gives the Aggregator the same report from facts as from full lines${redact ? ' (redacted)' : ''}`, () => {
      const output = lintBatch(input(), options)
      const replayed: OutputLine[] = []
      replayFacts(output.facts, (line) => replayed.push(line))
      expect(replayed.map((line) => line.type)).toEqual(full.map((line) => line.type))
      expect(aggregate(replayed)).toEqual(aggregate(full))
    })
  }

  it('skips serialising when no findings file is written, and returns the analysed notes when asked', () => {
    const options: AnalyseOptions = {lint: {}, redact: false}
    const output = lintBatch(input({wantLines: false, keepResults: true}), options)
    expect(output.lines).toBe('')
    expect(output.results).toEqual(records.map((record) => analyseNote(record, options)))
    expect(output.facts).toEqual(lintBatch(input(), options).facts)
  })

  it('round-trips records through the flat form, nulls included', () => {
    const output = lintBatch(input({keepResults: true}), {lint: {}, redact: false})
    expect(output.results!.map((result) => [result.note.file, result.note.row, result.note.noteId, result.note.author, result.note.date, result.note.group])).toEqual(
      records.map((record) => [record.file, record.row, record.noteId, record.author, record.date, record.group])
    )
  })
})

describe('scan threads and heap settings', () => {
  it('--jobs n lints on this thread and n - 1 workers', () => {
    expect(tuningFor(1).workers).toBe(0)
    expect(tuningFor(2).workers).toBe(1)
    expect(tuningFor(8).workers).toBe(7)
  })

  it('sets V8 flags this Node knows, without a word on stderr', () => {
    const script = `const v8 = require('node:v8'); for (const flag of ${JSON.stringify(scanV8Flags)}) v8.setFlagsFromString(flag)`
    const result = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const direct = spawnSync(process.execPath, [...scanV8Flags, '-e', '0'], {encoding: 'utf8'})
    expect(direct.status, direct.stderr).toBe(0)
  })
})
