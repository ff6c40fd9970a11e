// `npm run quality [-- --verbose] [-- --sets dev33,dev34]`: recall, precision and false alarms on the labelled corpus.
// fixtures/sentences/dev*.txt are what we tune on. holdout.txt and aside*.txt are kept
// aside: only their totals are ever read (--verbose never lists their sentences), to catch
// over-fitting.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {formatScore, parseCorpus, scoreSentences, type SentenceResult} from './quality/score.js'
import {reviewerStyleAside} from './quality/sets.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const verbose = process.argv.includes('--verbose')
/** `--sets dev33,dev34`: print only these sets (the totals still cover every set). */
const setsArgument = process.argv.indexOf('--sets')
const only = setsArgument === -1 ? undefined : new Set((process.argv[setsArgument + 1] ?? '').split(','))
const show = (r: SentenceResult) => `    ${r.line}: [${r.categories.join(',') || 'open'}] ${r.text}${r.found.length ? `\n        found: ${r.found.map((f) => `${f.ruleId} (${f.category}) “${f.actual}”`).join('; ')}` : ''}`

// The sets are whatever files the directory holds, as test/quality.test.ts reads them (dev*.txt tuned,
// the rest kept aside), in number order: a new round's files need no edit here.
const setNames = fs.readdirSync(path.join(root, 'fixtures/sentences')).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -'.txt'.length))
const setNumber = (name: string) => Number(name.replace(/\D/g, '') || 0)
const inNumberOrder = (names: string[]) => names.sort((a, b) => setNumber(a) - setNumber(b))
const tuned = inNumberOrder(setNames.filter((name) => name.startsWith('dev')))
const aside = inNumberOrder(setNames.filter((name) => !name.startsWith('dev')))
const combined = (names: string[]) => scoreSentences(names.flatMap((name) => parseCorpus(fs.readFileSync(path.join(root, 'fixtures/sentences', `${name}.txt`), 'utf8'), `${name}.txt`)))

for (const name of [...tuned, ...aside]) {
  if (only && !only.has(name)) continue
  const file = path.join(root, 'fixtures/sentences', `${name}.txt`)
  const score = scoreSentences(parseCorpus(fs.readFileSync(file, 'utf8'), `${name}.txt`))
  console.log(formatScore(name, score))
  if (verbose && tuned.includes(name)) {
    if (score.misses.length) console.log(`  missed drift:\n${score.misses.map(show).join('\n')}`)
    if (score.alarms.length) console.log(`  open sentences flagged:\n${score.alarms.map(show).join('\n')}`)
  }
  console.log('')
}

console.log(formatScore(`tuned sets (${tuned.join(', ')})`, combined(tuned)))
console.log('')
console.log(formatScore(`kept aside (${aside.join(', ')})`, combined(aside)))
console.log('')
console.log(formatScore(`kept aside, reviewer-style (${reviewerStyleAside.join(', ')})`, combined(reviewerStyleAside)))
