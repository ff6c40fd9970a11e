// `peerlint report <findings.jsonl>... --report r.html --summary s.csv`: rebuild the drift report and
// summary from one or more findings files (shards), exactly as if the exports had been scanned at once.
//   0  written;  2  usage or input error (nothing is written);  3  an unexpected internal error
import path from 'node:path'
import {Option, type Command} from 'commander'
import {UsageError} from '../node/errors.js'
import {Aggregator} from '../scan/aggregate.js'
import {renderHtml} from '../scan/html.js'
import {Outputs} from '../scan/output.js'
import {readFindings} from '../scan/read-findings.js'
import {renderSummary} from '../scan/summary.js'
import type {Period} from '../scan/types.js'
import type {RegisterSubcommand} from './commands.js'
import {exitCodes, type CommandContext} from './run.js'

interface ReportCliOptions {
  report?: string
  summary?: string
  period: Period
}

async function reportAction(files: string[], options: ReportCliOptions, context: CommandContext): Promise<number> {
  const {io} = context
  if (options.report === undefined && options.summary === undefined) throw new UsageError('Say what to write: --report <report.html>, --summary <summary.csv> or both.')
  const seen = new Set<string>()
  for (const file of files) {
    const resolved = path.resolve(io.cwd, file)
    if (seen.has(resolved)) throw new UsageError(`'${file}' is named twice; each findings file is read once.`)
    seen.add(resolved)
  }
  const outputs = new Outputs(io.cwd)
  try {
    const reportFile = options.report !== undefined ? outputs.open(options.report, files) : undefined
    const summaryFile = options.summary !== undefined ? outputs.open(options.summary, files) : undefined
    const aggregator = new Aggregator(options.period)
    for (const file of files) for await (const line of readFindings(path.resolve(io.cwd, file), file)) aggregator.add(line)
    const data = aggregator.finish()
    reportFile?.write(renderHtml(data))
    summaryFile?.write(renderSummary(data))
    outputs.commit()
    const written = [options.report, options.summary].filter((name): name is string => name !== undefined)
    io.stdout(`Read ${data.total.notes.toLocaleString('en-US')} notes from ${files.length} findings ${files.length === 1 ? 'file' : 'files'}. Wrote ${written.join(', ')}.\n`)
    return exitCodes.clean
  } catch (error) {
    outputs.discard()
    throw error
  }
}

export const registerReport: RegisterSubcommand = (program: Command, context: CommandContext) => {
  program
    .command('report')
    .description('Rebuild the drift report and summary from findings files written by `peerlint scan --out` (shards merge exactly).')
    .argument('<findings...>', 'findings.jsonl files (optionally gzipped)')
    .option('--report <report.html>', 'write the drift report')
    .option('--summary <summary.csv>', 'write counts and rates per writer, period and category')
    .addOption(new Option('--period <period>', 'periods in the report and summary').choices(['month', 'week']).default('month'))
    .action(async (files: string[], options: ReportCliOptions) => {
      context.setExitCode(await reportAction(files, options, context))
    })
}
