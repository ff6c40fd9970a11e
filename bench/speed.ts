// `npm run bench`: how fast peerlint is, against the parser alone (the floor) and alex, in one run;
// also one 10 MB file against the same text as notes, and `peerlint scan` with one and two threads on a
// generated CSV export (BENCH_SCAN_MB, default 20; the scan issue's 200 MB figure: BENCH_SCAN_MB=200).
// The corpus is generated deterministically from the labelled sentences, so every run measures the
// same notes. Each figure is the median of at least five repetitions; results go to
// bench/results/latest.json and a short table. Exits non-zero only when it cannot run.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {text as alexText} from 'alex'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
// The built engine (dist/), as users run it: `npm run bench` builds first.
import {lint} from '../dist/src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 5)
const corpusBytes = Number(process.env.BENCH_CORPUS_BYTES ?? 1_500_000)

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sentences(kind: 'drift' | 'open'): string[] {
  return ['dev.txt', 'dev2.txt']
    .flatMap((name) => fs.readFileSync(path.join(root, 'fixtures/sentences', name), 'utf8').split('\n'))
    .filter((line) => line.startsWith(kind))
    .map((line) => line.slice(line.indexOf('|') + 1).trim())
}

/** Notes of 3 to 12 sentences (about 300 to 1,500 characters), a quarter of sentences drifted. */
export function generateNotes(bytes: number, seed = 42): string[] {
  const random = seeded(seed)
  const drift = sentences('drift')
  const open = sentences('open')
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!
  const notes: string[] = []
  let size = 0
  while (size < bytes) {
    const count = 3 + Math.floor(random() * 10)
    const parts: string[] = []
    for (let index = 0; index < count; index++) parts.push(pick(random() < 0.25 ? drift : open))
    const note = random() < 0.3 ? `${parts.slice(0, count >> 1).join(' ')}\n\n${parts.slice(count >> 1).join(' ')}` : parts.join(' ')
    notes.push(note)
    size += note.length
  }
  return notes
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function time(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

function measure(run: () => void): number {
  run() // warm up
  return median(Array.from({length: repetitions}, () => time(run)))
}

const megabytes = (chars: number) => chars / 1_000_000
const rate = (chars: number, ms: number) => megabytes(chars) / (ms / 1000)

const scanMegabytes = Number(process.env.BENCH_SCAN_MB ?? 20)

/** Runs the built CLI in a fresh process (bench/cli-child.mjs) and reads back its wall time and peak memory. */
function cliRun(args: string[]): {ms: number; peakMb: number} {
  const result = spawnSync(process.execPath, [path.join(root, 'bench/cli-child.mjs'), ...args], {cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  const last = JSON.parse(result.stderr.trim().split('\n').at(-1) ?? '{}') as {ms: number; peakMb: number; code: number}
  // 0 and 1 are a finished run (1: findings); anything else means the figure would be meaningless.
  if (last.code !== 0 && last.code !== 1) throw new Error(`peerlint ${args[0]} exited with ${last.code}`)
  return last
}

/** Runs a script in a fresh process and reads back its wall time and peak memory. */
function childRun(script: string, args: string[]): {ms: number; peakMb: number} {
  const result = spawnSync(process.execPath, [script, ...args], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  if (result.status !== 0) throw new Error(`${path.basename(script)} failed: ${result.stderr.split('\n')[0]}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {ms: number; peakMb: number}
}

function main(): void {
  const notes = generateNotes(corpusBytes)
  const chars = notes.reduce((sum, note) => sum + note.length, 0)
  const parser = unified().use(retextEnglish)
  console.log(`corpus: ${notes.length} notes, ${megabytes(chars).toFixed(2)} MB, ${repetitions} repetitions, node ${process.version}, ${os.cpus().length} cores`)

  const parseMs = measure(() => notes.forEach((note) => parser.parse(note)))
  const peerlintMs = measure(() => notes.forEach((note) => lint(note)))
  const alexMs = measure(() => notes.forEach((note) => alexText(note)))

  // The CLI on the same notes, one file each, in a fresh process each time (includes start-up).
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-bench-'))
  notes.forEach((note, index) => fs.writeFileSync(path.join(directory, `${String(index).padStart(6, '0')}.txt`), note))
  const runCli = () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/peerlint.js'), directory, '--format', 'json'], {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
    // 0 and 1 are a finished lint; anything else means the figure would be meaningless.
    if (result.status !== 0 && result.status !== 1) throw new Error(`the CLI exited with ${result.status}: ${result.stderr.split('\n')[0]}`)
  }
  const cliMs = median(Array.from({length: repetitions}, () => time(runCli)))

  // One 10 MB file against the same text linted as notes, each in a fresh process for peak memory.
  const large = path.join(directory, 'large.txt')
  const largeNotes = generateNotes(10_000_000, 7)
  fs.writeFileSync(large, largeNotes.join('\n\n'))
  const largeChars = fs.statSync(large).size
  const single = childRun(path.join(root, 'bench/speed-child.mjs'), ['file', large])
  const asNotes = childRun(path.join(root, 'bench/speed-child.mjs'), ['notes', large])

  // `peerlint scan` on a generated CSV export, single-threaded and on two worker threads.
  const exportDir = path.join(directory, 'export')
  const generated = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'fixtures/exports/generate.ts'), '--mb', String(scanMegabytes), '--only', 'csv', '--no-malformed', '--out', exportDir], {cwd: root, encoding: 'utf8'})
  if (generated.status !== 0) throw new Error(`could not generate the export: ${generated.stderr.split('\n')[0]}`)
  const csv = path.join(exportDir, 'notes.csv')
  const csvMb = megabytes(fs.statSync(csv).size)
  const scan = (jobs: number) => cliRun(['scan', csv, '--text', 'note', '--author', 'staff', '--date', 'date', '--jobs', String(jobs), '--no-progress', '--out', path.join(directory, `findings-${jobs}.jsonl`)])
  const scanOne = scan(1)
  const scanTwo = scan(2)

  // The browser page re-checks the whole note on each (debounced) keystroke.
  const page = generateNotes(5_000, 3).join(' ').slice(0, 5_000)
  const recheckMs = measure(() => lint(page))
  fs.rmSync(directory, {recursive: true, force: true})

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cores: os.cpus().length,
    repetitions,
    corpus: {notes: notes.length, megabytes: Number(megabytes(chars).toFixed(3))},
    mbPerSecond: {
      parseOnly: Number(rate(chars, parseMs).toFixed(3)),
      peerlintApi: Number(rate(chars, peerlintMs).toFixed(3)),
      peerlintCli: Number(rate(chars, cliMs).toFixed(3)),
      alexApi: Number(rate(chars, alexMs).toFixed(3))
    },
    ratios: {
      peerlintOverParseOnly: Number((peerlintMs / parseMs).toFixed(2)),
      alexOverPeerlint: Number((alexMs / peerlintMs).toFixed(1))
    },
    largeFile: {
      megabytes: Number(megabytes(largeChars).toFixed(1)),
      singleFileMbPerSecond: Number(rate(largeChars, single.ms).toFixed(3)),
      asNotesMbPerSecond: Number(rate(largeChars, asNotes.ms).toFixed(3)),
      singleOverNotesThroughput: Number((asNotes.ms / single.ms).toFixed(2)),
      singleFilePeakRssMb: single.peakMb,
      asNotesPeakRssMb: asNotes.peakMb
    },
    scan: {
      megabytes: Number(csvMb.toFixed(1)),
      jobs1: {seconds: Number((scanOne.ms / 1000).toFixed(2)), mbPerSecond: Number((csvMb / (scanOne.ms / 1000)).toFixed(3)), peakRssMb: scanOne.peakMb},
      jobs2: {seconds: Number((scanTwo.ms / 1000).toFixed(2)), mbPerSecond: Number((csvMb / (scanTwo.ms / 1000)).toFixed(3)), peakRssMb: scanTwo.peakMb},
      speedUp: Number((scanOne.ms / scanTwo.ms).toFixed(2))
    },
    recheck5000CharsMs: Number(recheckMs.toFixed(2))
  }
  fs.mkdirSync(path.join(root, 'bench/results'), {recursive: true})
  fs.writeFileSync(path.join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`)

  const rows: Array<[string, string]> = [
    ['parse only (retext-english)', `${results.mbPerSecond.parseOnly} MB/s`],
    ['peerlint API', `${results.mbPerSecond.peerlintApi} MB/s`],
    ['peerlint CLI (one file per note)', `${results.mbPerSecond.peerlintCli} MB/s`],
    ['alex API', `${results.mbPerSecond.alexApi} MB/s`],
    ['peerlint / parse only (time)', `${results.ratios.peerlintOverParseOnly}x`],
    ['alex / peerlint (time)', `${results.ratios.alexOverPeerlint}x`],
    [`one ${results.largeFile.megabytes} MB file`, `${results.largeFile.singleFileMbPerSecond} MB/s, peak RSS ${single.peakMb} MB`],
    ['the same text as notes', `${results.largeFile.asNotesMbPerSecond} MB/s, peak RSS ${asNotes.peakMb} MB`],
    [`scan --jobs 1 (${results.scan.megabytes} MB CSV)`, `${results.scan.jobs1.mbPerSecond} MB/s, peak RSS ${results.scan.jobs1.peakRssMb} MB`],
    [`scan --jobs 2 (${results.scan.megabytes} MB CSV)`, `${results.scan.jobs2.mbPerSecond} MB/s, peak RSS ${results.scan.jobs2.peakRssMb} MB`],
    ['scan speed-up, --jobs 2 over --jobs 1', `${results.scan.speedUp}x`],
    ['re-check a 5,000-character note', `${results.recheck5000CharsMs} ms`]
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log(`\n| measure | median |\n| --- | --- |\n${rows.map(([label, value]) => `| ${label.padEnd(width)} | ${value} |`).join('\n')}`)
  console.log('\nwritten to bench/results/latest.json')
}

try {
  main()
} catch (error) {
  console.error(`bench: cannot run: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
