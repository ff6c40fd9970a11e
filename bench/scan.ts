// Throughput and memory of `peerlint scan` against the single-file CLI, on a generated export.
//
//   npx tsx fixtures/exports/generate.ts --mb 200 --only csv --no-malformed --out /tmp/peerlint-bench
//   npm run build && npx tsx bench/scan.ts /tmp/peerlint-bench/notes.csv
//
// Without an argument it generates a 20 MB export in a temporary folder. It measures:
//   - the single-file CLI: `peerlint <folder>` on a sample of the notes written as .txt files
//   - `peerlint scan --jobs 1` and `--jobs <cores>` on the whole export (with --out, --report, --summary)
// and prints MB/s, MB/s per core, the ratio to the CLI and peak RSS (GNU /usr/bin/time).
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'csv-parse/sync'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'bin/peerlint.js')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-bench-'))

/** Runs the built CLI under GNU time: wall seconds and peak RSS (worker threads share the process). */
function measure(args: string[]): {seconds: number; peakMb: number; code: number | null} {
  const timed = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, ...args], {cwd: work, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe']})
  if (timed.error || timed.status === null) throw new Error('could not run /usr/bin/time')
  const [seconds, peakKb] = (timed.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number) as [number, number]
  return {seconds, peakMb: peakKb / 1024, code: timed.status}
}

function main(): void {
  let input = process.argv[2]
  if (!input) {
    const out = path.join(work, 'export')
    spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'fixtures/exports/generate.ts'), '--mb', '20', '--only', 'csv', '--no-malformed', '--out', out], {stdio: 'inherit'})
    input = path.join(out, 'notes.csv')
  }
  input = path.resolve(input)
  const size = fs.statSync(input).size / 1_000_000
  const cores = os.availableParallelism()

  // The single-file CLI on a ~5 MB sample of the same notes, one .txt file per note.
  const head = fs.readFileSync(input, 'utf8').slice(0, 6_000_000)
  const rows = parse(head.slice(0, head.lastIndexOf('\r\n', head.length - 1) + 2), {bom: true, columns: true, relax_column_count: true, relax_quotes: true, skip_records_with_error: true}) as Array<{note?: string}>
  const notesDir = path.join(work, 'notes')
  fs.mkdirSync(notesDir)
  let sampleBytes = 0
  rows.forEach((row, index) => {
    if (!row.note) return
    fs.writeFileSync(path.join(notesDir, `${index}.txt`), row.note)
    sampleBytes += Buffer.byteLength(row.note)
  })
  const sampleMb = sampleBytes / 1_000_000
  const cli = measure([notesDir, '--format', 'json'])
  const cliRate = sampleMb / cli.seconds

  const scan = (jobs: number) => measure(['scan', input!, '--text', 'note', '--author', 'staff', '--date', 'date', '--jobs', String(jobs), '--no-progress', '--out', path.join(work, `f${jobs}.jsonl`), '--report', path.join(work, `r${jobs}.html`), '--summary', path.join(work, `s${jobs}.csv`)])
  const single = scan(1)
  const parallel = cores > 1 ? scan(cores) : single
  const line = (label: string, mb: number, run: {seconds: number; peakMb: number}, jobs: number) =>
    `${label.padEnd(28)} ${mb.toFixed(1).padStart(7)} MB ${run.seconds.toFixed(1).padStart(7)} s ${(mb / run.seconds).toFixed(2).padStart(6)} MB/s ${(mb / run.seconds / jobs).toFixed(2).padStart(6)} MB/s/core  x${(cliRate / (mb / run.seconds / jobs)).toFixed(2)} of CLI  peak ${run.peakMb.toFixed(0)} MB`
  console.log(`node ${process.version}, ${cores} cores, ${os.cpus()[0]?.model ?? 'unknown cpu'}`)
  console.log(line('peerlint <folder> (CLI)', sampleMb, cli, 1))
  console.log(line('peerlint scan --jobs 1', size, single, 1))
  if (cores > 1) console.log(line(`peerlint scan --jobs ${cores}`, size, parallel, cores))
  console.log('("x of CLI": how many times slower per core than the single-file CLI; 1.00 is the same, the issue asks for at most 1.30)')
  fs.rmSync(work, {recursive: true, force: true})
}

main()
