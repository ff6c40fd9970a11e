// The peerlint command. Node-only: reads files and stdin, prints reports, returns an exit code.
//   0  nothing at or above the failing severity
//   1  findings (an error, or warnings when --max-warnings is not given or is exceeded)
//   2  usage or input error: unknown option or category, missing, unreadable or binary file
//   3  an unexpected internal error (a bug: please report it)
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createTwoFilesPatch} from 'diff'
import {Command, CommanderError, Option} from 'commander'
import {getDefaultIndex} from '../engine/default-index.js'
import {fixText} from '../engine/fix.js'
import {lintHtml} from '../engine/html.js'
import {lintMarkdown} from '../engine/markdown.js'
import type {PeerlintMessage} from '../engine/rule.js'
import {findings, lint, type LintOptions} from '../engine/lint.js'
import {categories, isCategory, type Category} from '../lexicon/types.js'
import {collectFiles} from '../node/collect-files.js'
import {configFor, ignoreFileMatcher, isIgnoredByConfig, lintOptionsFrom, type ConfigChoice} from '../node/config.js'
import {UsageError} from '../node/errors.js'
import {inputKind, lintInput, type InputKind} from '../node/lint-input.js'
import {decodeText, readFileBytes, readStdinBytes} from '../node/read-text.js'
import {formatNames, formatters} from '../report/formatters.js'
import {toJsonResult, type JsonResult} from '../report/json.js'
import {countBySeverity} from '../report/stylish.js'
import {writeFileAtomic} from '../node/write-file.js'
import {subcommands} from './commands.js'
import {parseCategories} from './options.js'
import {findEntries, formatEntry, formatList, listJson} from './explain.js'

export const exitCodes = {clean: 0, findings: 1, usage: 2, internal: 3} as const

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  /** Whether stdout is a terminal (colour and friendliness). */
  stdoutIsTTY: boolean
  env: NodeJS.ProcessEnv
  cwd: string
}

interface CliOptions {
  format: string
  outputFile?: string
  /** A path with --config, false with --no-config. */
  config?: string | false
  printConfig?: string
  reportUnusedDisableDirectives?: boolean
  fix?: boolean
  fixDryRun?: boolean
  stdinFilename?: string
  why?: string
  list?: boolean
  categories?: string
  ignoreCategories?: string
  quotes?: 'ignore' | 'info' | 'check'
  quiet?: boolean
  maxWarnings?: string
  color?: boolean
}

function packageVersion(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path.join(directory, 'package.json')
    if (fs.existsSync(candidate)) {
      const data = JSON.parse(fs.readFileSync(candidate, 'utf8')) as {name?: string; version?: string}
      if (data.name === 'peerlint') return data.version ?? '0.0.0'
    }
    directory = path.dirname(directory)
  }
  return '0.0.0'
}


function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number of 0 or more, not '${value}'.`)
  return Number(value)
}

/** What a subcommand (serve, scan, report) gets: the streams and a way to set the exit code. */
export interface CommandContext {
  io: CliIo
  setExitCode: (code: number) => void
  /** Colour on a terminal unless NO_COLOR is set, or as forced by --color/--no-color. */
  useColor: (forced: boolean | undefined) => boolean
}

function buildProgram(io: CliIo): Command {
  return new Command('peerlint')
    .description('Check peer support notes for clinical language and motive attribution, with open-language rewrites.')
    .argument('[paths...]', 'files, folders (*.txt, *.md) or globs; none or - reads stdin')
    .addOption(new Option('-f, --format <format>', 'report format').choices(formatNames()).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('--why <term-or-id>', 'explain a lexicon entry: why, rewrites, sources, examples')
    .option('--list', 'list the lexicon (with --format json: every entry as JSON)')
    .option('--categories <list>', 'only these categories, comma-separated')
    .option('--ignore-categories <list>', 'leave these categories out, comma-separated')
    .addOption(new Option('--quotes <mode>', 'text in quotation marks (default ignore)').choices(['ignore', 'info', 'check']))
    .option('-c, --config <file>', 'use this configuration file for every file')
    .option('--no-config', 'ignore configuration files')
    .option('--print-config <file>', 'show the configuration that applies to a file, then stop')
    .option('--report-unused-disable-directives', 'warn about peerlint-disable comments that suppress nothing')
    .option('--fix', 'apply the safe rewrites (entries marked fixable) to the files, then report what is left')
    .option('--fix-dry-run', 'print the fixes as a unified diff, change nothing')
    .option('--stdin-filename <name>', 'a file name for stdin: its type (.md, .html, .txt) and which configuration applies')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'fail only when there are more than n warnings')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .version(packageVersion(), '-v, --version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: () => undefined})
}

/** Configuration first, then what was said on the command line. */
function optionsFor(file: string, cli: LintOptions, choice: ConfigChoice): LintOptions {
  const fromConfig = lintOptionsFrom(configFor(file, choice))
  const options: LintOptions = {...fromConfig, ...cli}
  if (cli.minSeverity === undefined && fromConfig.minSeverity) options.minSeverity = fromConfig.minSeverity
  if (cli.quotes === undefined && fromConfig.quotes) options.quotes = fromConfig.quotes
  return options
}

type FixMode = 'fix' | 'dry-run' | undefined

/** Lints text of a kind that can be fixed in place (plain text, Markdown, HTML). */
function lintTextOf(kind: InputKind, text: string, options: LintOptions): PeerlintMessage[] {
  const file = kind === 'markdown' ? lintMarkdown(text, options) : kind === 'html' ? lintHtml(text, options) : lint(text, options)
  return findings(file)
}

/** A fix must not cut through markup it cannot see ("the **patient**"). */
const markup = /[*_`<>[\]|#\\]/

/** Fixes one text: writes it (fix) or collects a diff (dry run). Returns whether anything changed. */
function fixOne(file: string, label: string, kind: InputKind, text: string, options: LintOptions, mode: FixMode, diffs: string[]): boolean {
  if (!mode || kind === 'docx') return false
  const {output} = fixText(text, (current) => lintTextOf(kind, current, options).filter((finding) => !markup.test(finding.actual)))
  if (output === text) return false
  if (mode === 'dry-run') {
    diffs.push(createTwoFilesPatch(label, `${label} (fixed)`, text, output, undefined, undefined, {context: 2}))
    return false
  }
  // Keep the file byte for byte apart from the fixed words: its BOM, line endings and last line.
  const hadBom = fs.readFileSync(file).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))
  writeFileAtomic(file, Buffer.concat([hadBom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(output, 'utf8')]))
  return true
}

async function lintPaths(paths: string[], options: LintOptions, choice: ConfigChoice, io: CliIo, mode?: FixMode, diffs: string[] = [], stdinFilename?: string): Promise<JsonResult[]> {
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) {
    if (io.stdin.isTTY) {
      throw new UsageError('Nothing to check. Name files or folders (peerlint notes/), or pipe a note in (peerlint < note.txt).')
    }
    if (mode === 'fix') throw new UsageError('--fix writes files, and stdin is not a file. Use --fix-dry-run to see the fixes as a diff.')
    const name = stdinFilename ?? '<stdin>'
    const bytes = await readStdinBytes(io.stdin)
    const stdinOptions = optionsFor(path.resolve(io.cwd, name), options, choice)
    const kind = inputKind(name)
    if (kind !== 'docx') fixOne(name, name, kind, decodeText(bytes, name), stdinOptions, mode, diffs)
    return [toJsonResult(stdinFilename ? name.split(path.sep).join('/') : '<stdin>', (await lintInput(name, bytes, stdinOptions)).file)]
  }
  if (paths.includes('-')) throw new UsageError("'-' (stdin) cannot be mixed with file paths.")
  const ignoredByFile = ignoreFileMatcher(io.cwd)
  const named = new Set(paths.map((p) => path.resolve(io.cwd, p)))
  const files = (await collectFiles(paths, io.cwd)).filter((file) => {
    const absolute = path.resolve(io.cwd, file)
    const ignored = ignoredByFile(absolute) || isIgnoredByConfig(configFor(absolute, choice), absolute)
    if (ignored && named.has(absolute)) io.stderr(`peerlint: '${file}' is ignored (.peerlintignore or ignorePatterns); not checked.\n`)
    return !ignored
  })
  if (files.length === 0) throw new UsageError(`No notes (*.txt, *.md) found in ${paths.map((p) => `'${p}'`).join(', ')}, or all of them are ignored.`)
  // Read and configure everything first, so an unreadable file or a broken configuration stops the
  // run before any report is printed.
  const work = files.map((file) => {
    const absolute = path.resolve(io.cwd, file)
    const kind = inputKind(file)
    const bytes = readFileBytes(absolute, file)
    // Text inputs are decoded now, so a binary or non-UTF-8 file stops the run before any output.
    const text = kind === 'docx' ? undefined : decodeText(bytes, file)
    return {file, absolute, kind, bytes, text, options: optionsFor(absolute, options, choice)}
  })
  const results: JsonResult[] = []
  for (const item of work) {
    const label = item.file.split(path.sep).join('/')
    const changed = item.text !== undefined && fixOne(item.absolute, label, item.kind, item.text, item.options, mode, diffs)
    const bytes = changed ? fs.readFileSync(item.absolute) : item.bytes
    results.push(toJsonResult(label, (await lintInput(item.file, bytes, item.options)).file))
  }
  return results
}

function printConfig(target: string, choice: ConfigChoice, io: CliIo): number {
  const loaded = configFor(path.resolve(io.cwd, target), choice)
  const shown = {
    configFile: loaded.file ?? null,
    config: loaded.config,
    options: {...lintOptionsFrom(loaded), index: undefined},
    organisationEntries: loaded.index ? loaded.index.lexicon.entries.length - getDefaultIndex().lexicon.entries.length : 0
  }
  io.stdout(`${JSON.stringify(shown, null, 2)}\n`)
  return exitCodes.clean
}

function exitCodeFor(results: JsonResult[], maxWarnings: number | undefined): number {
  const counts = countBySeverity(results)
  if (counts.error > 0) return exitCodes.findings
  if (maxWarnings === undefined) return counts.warning > 0 ? exitCodes.findings : exitCodes.clean
  return counts.warning > maxWarnings ? exitCodes.findings : exitCodes.clean
}

async function lintCommand(paths: string[], options: CliOptions, context: CommandContext): Promise<number> {
  const {io} = context
  const color = context.useColor(options.color)
  const index = getDefaultIndex()

  if (options.why !== undefined) {
    const entries = findEntries(options.why, index)
    if (entries.length === 0) throw new UsageError(`No lexicon entry for '${options.why}'. Run peerlint --list to see them all.`)
    if (options.format === 'json') io.stdout(`${JSON.stringify(entries, null, 2)}\n`)
    else io.stdout(entries.map((entry) => formatEntry(entry, index, color)).join('\n'))
    return exitCodes.clean
  }
  if (options.list) {
    io.stdout(options.format === 'json' ? listJson(index) : formatList(index, color))
    return exitCodes.clean
  }

  const choice: ConfigChoice = options.config === false ? {none: true} : typeof options.config === 'string' ? {file: path.resolve(io.cwd, options.config)} : {}
  if (options.printConfig !== undefined) return printConfig(options.printConfig, choice, io)
  const lintOptions: LintOptions = {}
  if (options.quotes) lintOptions.quotes = options.quotes
  if (options.quiet) lintOptions.minSeverity = 'error'
  if (options.reportUnusedDisableDirectives) lintOptions.reportUnusedDisableDirectives = true
  const only = parseCategories(options.categories, '--categories')
  const ignore = parseCategories(options.ignoreCategories, '--ignore-categories')
  if (only) lintOptions.categories = only
  if (ignore) lintOptions.ignoreCategories = ignore
  const maxWarnings = parseMaxWarnings(options.maxWarnings)

  if (options.fix && options.fixDryRun) throw new UsageError('Use either --fix or --fix-dry-run, not both.')
  const mode: FixMode = options.fix ? 'fix' : options.fixDryRun ? 'dry-run' : undefined
  const diffs: string[] = []
  const results = await lintPaths(paths, lintOptions, choice, io, mode, diffs, options.stdinFilename)
  if (mode === 'dry-run') {
    // The diff is the output; the exit code still says whether anything would be left to change.
    io.stdout(diffs.length > 0 ? diffs.join('') : 'Nothing to fix.\n')
    return exitCodeFor(results, maxWarnings)
  }
  const formatter = formatters[options.format]!
  const report = formatter(results, {color: options.outputFile ? false : color, cwd: io.cwd, version: packageVersion()})
  if (options.outputFile) writeFileAtomic(path.resolve(io.cwd, options.outputFile), report)
  else io.stdout(report)
  return exitCodeFor(results, maxWarnings)
}

async function execute(argv: string[], io: CliIo): Promise<number> {
  let code: number = exitCodes.clean
  const context: CommandContext = {
    io,
    setExitCode: (value) => {
      code = value
    },
    useColor: (forced) => forced ?? (io.stdoutIsTTY && io.env.NO_COLOR === undefined)
  }
  const program = buildProgram(io)
  for (const register of subcommands) register(program, context)
  program.action(async (paths: string[], options: CliOptions) => {
    code = await lintCommand(paths, options, context)
  })
  await program.parseAsync(argv, {from: 'user'})
  return code
}

/** Runs the command; never throws. User errors become one line on stderr and exit code 2. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await execute(argv, io)
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return exitCodes.clean
      const said = error.message.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ').replace(/([^.?])$/, '$1.')
      io.stderr(`peerlint: ${said} Run 'peerlint --help' to see the options.\n`)
      return exitCodes.usage
    }
    if (error instanceof UsageError) {
      io.stderr(`peerlint: ${error.message}\n`)
      return exitCodes.usage
    }
    const reason = error instanceof Error ? error.name : 'unknown error'
    io.stderr(`peerlint: something went wrong inside peerlint (${reason}). Please report it; your files were not changed.\n`)
    return exitCodes.internal
  }
}
