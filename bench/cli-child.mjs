// Used by bench/speed.ts: runs the built CLI in this process with the given arguments and prints its
// wall time and peak memory as JSON on the last line of stderr. Worker threads share the process, so
// the peak covers them too (no GNU time needed). Plain JavaScript, run without tsx: a loader would add
// its own memory and threads to the figures, and worker threads would inherit it.
import fs from 'node:fs'

const start = performance.now()
process.on('exit', () => {
  const ms = performance.now() - start
  fs.writeSync(2, `\n${JSON.stringify({ms, peakMb: Math.round(process.resourceUsage().maxRSS / 1024), code: process.exitCode ?? 0})}\n`)
})
process.argv = [process.argv[0], 'peerlint', ...process.argv.slice(2)]
// The built CLI (dist/), as users run it: `npm run bench` builds first.
await import('../dist/src/cli/main.js')
