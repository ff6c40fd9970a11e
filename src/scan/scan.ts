// `peerlint scan`: read exports as a stream, lint notes in order on worker threads, and write the
// findings file, summary, report and stdout format from the same lines.
import path from 'node:path'
import type {LintOptions} from '../engine/lint.js'
import {UsageError} from '../node/errors.js'
import {Aggregator, rate} from './aggregate.js'
import {replayFacts, type BatchOutput} from './batch.js'
import {chooseTextColumn, createMapper, csvGetter, jsonGetter, type ColumnOptions, type Getters, type Mapper} from './columns.js'
import {renderHtml} from './html.js'
import {openExport, type InputFormat} from './input.js'
import {Outputs, type AtomicFile} from './output.js'
import {OrderedLinter, tuningFor} from './pool.js'
import {Progress} from './progress.js'
import {jsonFormatter, stylishFormatter, type StdoutFormatter} from './stdout.js'
import {renderSummary} from './summary.js'
import type {MalformedLine, NoteRecord, OutputLine, Period, ScanLine} from './types.js'

export interface ScanOptions {
  inputs: string[]
  columns: ColumnOptions
  inputFormat?: InputFormat
  delimiter?: string
  out?: string
  summary?: string
  report?: string
  period: Period
  /** Per-note output on stdout; undefined: stylish unless an output file was asked for. */
  format?: 'stylish' | 'json'
  redact: boolean
  jobs: number
  progress: boolean
  color: boolean
  lint: LintOptions
}

export interface ScanIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export interface ScanOutcome {
  notes: number
  findings: number
  failing: number
  malformed: MalformedLine[]
}

const batchNotes = 64
const batchChars = 128 * 1024
const listedOnStderr = 50

function gettersFor(columns: ColumnOptions, names: string[], make: (column: string, flag: string) => Getters['text'], label: string): Getters {
  const getters: Getters = {text: make(chooseTextColumn(columns.text, names, label), '--text')}
  if (columns.id !== undefined) getters.id = make(columns.id, '--id')
  if (columns.author !== undefined) getters.author = make(columns.author, '--author')
  if (columns.date !== undefined) getters.date = make(columns.date, '--date')
  if (columns.group !== undefined) getters.group = make(columns.group, '--group-by')
  return getters
}

export async function runScan(options: ScanOptions, io: ScanIo): Promise<ScanOutcome> {
  const seen = new Set<string>()
  for (const input of options.inputs) {
    const resolved = path.resolve(io.cwd, input)
    if (seen.has(resolved)) throw new UsageError(`'${input}' is named twice; each export is scanned once.`)
    seen.add(resolved)
  }
  const outputs = new Outputs(io.cwd)
  let findingsFile: AtomicFile | undefined
  let summaryFile: AtomicFile | undefined
  let reportFile: AtomicFile | undefined
  let linter: OrderedLinter | undefined
  const progress = new Progress(io.stderr, options.progress)
  try {
    if (options.out !== undefined) findingsFile = outputs.open(options.out, options.inputs)
    if (options.summary !== undefined) summaryFile = outputs.open(options.summary, options.inputs)
    if (options.report !== undefined) reportFile = outputs.open(options.report, options.inputs)
    const wantsFiles = findingsFile || summaryFile || reportFile
    const format = options.format ?? (wantsFiles ? undefined : 'stylish')
    const formatter: StdoutFormatter | undefined = format === 'json' ? jsonFormatter(io.stdout) : format === 'stylish' ? stylishFormatter(io.stdout, options.color) : undefined

    const aggregator = new Aggregator(options.period)
    const emit = (line: OutputLine) => {
      aggregator.add(line)
      findingsFile?.write(`${JSON.stringify(line)}\n`)
    }
    const scanLine: ScanLine = {type: 'scan', version: 1, files: options.inputs, redacted: options.redact}
    emit(scanLine)

    const outcome: ScanOutcome = {notes: 0, findings: 0, failing: 0, malformed: []}
    const add = (line: OutputLine) => aggregator.add(line)
    linter = new OrderedLinter(tuningFor(options.jobs), {lint: options.lint, redact: options.redact}, {lines: findingsFile !== undefined, results: formatter !== undefined}, (output: BatchOutput) => {
      outcome.notes += output.notes
      outcome.findings += output.findings
      outcome.failing += output.failing
      if (typeof output.lines === 'string') findingsFile?.write(output.lines)
      else findingsFile?.writeBytes(output.lines)
      replayFacts(output.facts, add)
      if (formatter) for (const result of output.results ?? []) formatter.note(result)
    })

    let rowsRead = 0
    let bytesBefore = 0
    let totalBytes = 0
    for (const input of options.inputs) {
      const opened = await openExport(path.resolve(io.cwd, input), input, {...(options.inputFormat && {format: options.inputFormat}), ...(options.delimiter && {delimiter: options.delimiter})})
      totalBytes += opened.size
      let mapper: Mapper | undefined
      if (opened.header) {
        const header = opened.header
        mapper = createMapper(gettersFor(options.columns, header, (column, flag) => csvGetter(header, column, flag, input), input), options.columns.dateFormat)
      }
      let batch: NoteRecord[] = []
      let batchSize = 0
      for await (const item of opened.items) {
        rowsRead++
        if (item.kind === 'malformed') {
          outcome.malformed.push({type: 'malformed', file: input, row: item.row, reason: item.reason})
          continue
        }
        if (!mapper) {
          const first = item.value
          const keys = first !== null && typeof first === 'object' ? Object.keys(first) : []
          mapper = createMapper(gettersFor(options.columns, keys, (column, flag) => jsonGetter(first, column, flag, input), input), options.columns.dateFormat)
        }
        const mapped = mapper(item.value, input, item.row)
        if ('reason' in mapped) {
          outcome.malformed.push({type: 'malformed', file: input, row: item.row, reason: mapped.reason})
          continue
        }
        batch.push(mapped)
        batchSize += mapped.text.length
        if (batch.length >= batchNotes || batchSize >= batchChars) {
          await linter.submit(batch)
          batch = []
          batchSize = 0
          progress.update({rows: rowsRead, bytesRead: bytesBefore + opened.bytesRead(), totalBytes: Math.max(totalBytes, bytesBefore + opened.size)})
        }
      }
      await linter.submit(batch)
      bytesBefore += opened.size
    }
    await linter.finish()
    progress.clear()

    outcome.malformed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row))
    for (const line of outcome.malformed) emit(line)
    formatter?.end()
    const data = aggregator.finish()
    if (summaryFile) summaryFile.write(renderSummary(data))
    if (reportFile) reportFile.write(renderHtml(data))
    outputs.commit()

    if (outcome.malformed.length > 0) {
      const listed = outcome.malformed.slice(0, listedOnStderr).map((line) => `peerlint: ${line.file} row ${line.row}: ${line.reason}\n`)
      const more = outcome.malformed.length - listed.length
      io.stderr(`${listed.join('')}${more > 0 ? `peerlint: … and ${more} more malformed rows${findingsFile ? ` (all listed in ${options.out})` : ''}\n` : ''}peerlint: ${outcome.malformed.length} malformed ${outcome.malformed.length === 1 ? 'row was' : 'rows were'} skipped.\n`)
    }
    if (!format) {
      const written = [options.report, options.summary, options.out].filter((name): name is string => name !== undefined)
      io.stdout(
        `Scanned ${outcome.notes.toLocaleString('en-US')} notes (${data.total.words.toLocaleString('en-US')} words): ${outcome.findings.toLocaleString('en-US')} findings, ${rate(data.total.findings, data.total.words).toFixed(1)} per 1,000 words; ${outcome.malformed.length} malformed ${outcome.malformed.length === 1 ? 'row' : 'rows'}. Wrote ${written.join(', ')}.\n`
      )
    }
    return outcome
  } catch (error) {
    progress.clear()
    outputs.discard()
    throw error
  } finally {
    await linter?.close()
  }
}
