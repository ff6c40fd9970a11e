// `peerlint scan <export>...`: batch-scan CSV/JSON/NDJSON exports of notes (see src/scan/).
//   0  no findings (info never counts) and every row read
//   1  findings
//   2  usage or input error (missing column, unreadable file, not CSV/JSON): nothing is written
//   3  an unexpected internal error
//   4  some rows were malformed and skipped (listed on stderr and in the outputs); takes precedence over 1
import os from 'node:os'
import {Option, type Command} from 'commander'
import {UsageError} from '../node/errors.js'
import {parseCategories} from './options.js'
import {dateFormats, type DateFormat} from '../scan/columns.js'
import {inputFormats, type InputFormat} from '../scan/input.js'
import {tuneHeapForScan} from '../scan/heap.js'
import {runScan} from '../scan/scan.js'
import type {Period} from '../scan/types.js'
import type {RegisterSubcommand} from './commands.js'
import type {CommandContext} from './run.js'

// Literal (not spread from run.ts's exitCodes): run.ts imports this module through commands.ts.
export const scanExitCodes = {clean: 0, findings: 1, usage: 2, internal: 3, malformed: 4} as const

interface ScanCliOptions {
  text?: string
  id?: string
  author?: string
  date?: string
  dateFormat: DateFormat
  groupBy?: string
  program?: string
  inputFormat?: InputFormat
  delimiter?: string
  out?: string
  summary?: string
  report?: string
  period: Period
  format?: 'stylish' | 'json'
  redact?: boolean
  jobs?: string
  progress: boolean
  categories?: string
  ignoreCategories?: string
  quotes: 'ignore' | 'info' | 'check'
  color?: boolean
}

const delimiters: Record<string, string> = {',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t', '\\t': '\t', '|': '|', pipe: '|'}


export function parseJobs(value: string | undefined): number {
  if (value === undefined) return Math.max(1, os.availableParallelism())
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not '${value}'.`)
  return Number(value)
}

async function scanAction(inputs: string[], options: ScanCliOptions, context: CommandContext): Promise<number> {
  tuneHeapForScan()
  let delimiter: string | undefined
  if (options.delimiter !== undefined) {
    delimiter = delimiters[options.delimiter]
    if (delimiter === undefined) throw new UsageError(`--delimiter takes ',', ';', 'tab' or '|', not '${options.delimiter}'.`)
  }
  if (options.groupBy !== undefined && options.program !== undefined && options.groupBy !== options.program) throw new UsageError('Use --group-by or --program, not both.')
  const only = parseCategories(options.categories, '--categories')
  const ignore = parseCategories(options.ignoreCategories, '--ignore-categories')
  const group = options.groupBy ?? options.program
  const outcome = await runScan(
    {
      inputs,
      columns: {
        dateFormat: options.dateFormat,
        ...(options.text !== undefined && {text: options.text}),
        ...(options.id !== undefined && {id: options.id}),
        ...(options.author !== undefined && {author: options.author}),
        ...(options.date !== undefined && {date: options.date}),
        ...(group !== undefined && {group})
      },
      ...(options.inputFormat && {inputFormat: options.inputFormat}),
      ...(delimiter && {delimiter}),
      ...(options.out !== undefined && {out: options.out}),
      ...(options.summary !== undefined && {summary: options.summary}),
      ...(options.report !== undefined && {report: options.report}),
      ...(options.format && {format: options.format}),
      period: options.period,
      redact: Boolean(options.redact),
      jobs: parseJobs(options.jobs),
      progress: options.progress && Boolean(process.stderr.isTTY),
      color: context.useColor(options.color),
      lint: {quotes: options.quotes, ...(only && {categories: only}), ...(ignore && {ignoreCategories: ignore})}
    },
    {cwd: context.io.cwd, stdout: context.io.stdout, stderr: context.io.stderr}
  )
  if (outcome.malformed.length > 0) return scanExitCodes.malformed
  return outcome.failing > 0 ? scanExitCodes.findings : scanExitCodes.clean
}

export const registerScan: RegisterSubcommand = (program: Command, context: CommandContext) => {
  program
    .command('scan')
    .description('Batch-scan exported notes (CSV, JSON array, NDJSON; .gz too) and write a drift report over time.')
    .argument('<exports...>', 'export files: .csv (, ; or tab), .json (an array of notes), .ndjson/.jsonl, optionally gzipped')
    .option('--text <column>', 'the column (or JSON path, e.g. note.body) with the note text; optional when one column is obviously it')
    .option('--id <column>', 'the column with the note id')
    .option('--author <column>', 'the column with the writer')
    .option('--date <column>', 'the column with the note date')
    .addOption(new Option('--date-format <format>', 'how dates are written (auto: YYYY-MM-DD or MM/DD/YYYY)').choices(dateFormats).default('auto'))
    .option('--group-by <column>', 'also count per value of this column (a program, a team)')
    .option('--program <column>', 'same as --group-by')
    .addOption(new Option('--input-format <format>', 'read every input as this format instead of detecting it').choices(inputFormats))
    .option('--delimiter <char>', "CSV delimiter: ',', ';', 'tab' or '|' (default: detected from the header row)")
    .option('--out <findings.jsonl>', 'write one JSON line per finding and per note')
    .option('--summary <summary.csv>', 'write counts and rates per writer, period and category')
    .option('--report <report.html>', 'write the drift report (one self-contained HTML file)')
    .addOption(new Option('--period <period>', 'periods in the report and summary').choices(['month', 'week']).default('month'))
    .addOption(new Option('-f, --format <format>', 'per-note output on stdout (default: stylish, or a one-line summary when writing files)').choices(['stylish', 'json']))
    .option('--redact', 'no note text in any output: ids, counts, terms and positions only')
    .option('-j, --jobs <n>', 'threads that lint: this one and n - 1 workers (default: the number of cores)')
    .option('--no-progress', 'no progress line (it is only shown on a terminal anyway)')
    .option('--categories <list>', 'only these categories, comma-separated')
    .option('--ignore-categories <list>', 'leave these categories out, comma-separated')
    .addOption(new Option('--quotes <mode>', 'text in quotation marks').choices(['ignore', 'info', 'check']).default('ignore'))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (inputs: string[], options: ScanCliOptions) => {
      context.setExitCode(await scanAction(inputs, options, context))
    })
}
