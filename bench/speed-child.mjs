// Used by bench/speed.ts: lints one large file whole, or the same text note by note, in a fresh
// process, and prints its wall time and peak memory as JSON. Plain JavaScript, run without tsx, so no
// loader adds to the memory figures.
import fs from 'node:fs'
// The built engine (dist/), as users run it: `npm run bench` builds first.
import {lint} from '../dist/src/index.js'

const [mode, file] = process.argv.slice(2)
const text = fs.readFileSync(file, 'utf8')
lint('warm up')
const start = performance.now()
if (mode === 'file') lint(text)
else for (const note of text.split('\n\n')) lint(note)
const ms = performance.now() - start
console.log(JSON.stringify({ms, peakMb: Math.round(process.resourceUsage().maxRSS / 1024)}))
