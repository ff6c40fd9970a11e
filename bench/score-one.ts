import fs from 'node:fs'
import {formatScore, parseCorpus, scoreSentences} from './quality/score.js'
const name = process.argv[2]!
const s = scoreSentences(parseCorpus(fs.readFileSync(`fixtures/sentences/${name}.txt`, 'utf8'), name))
console.log(formatScore(name, s))
if (process.argv.includes('--verbose')) {
  console.log('MISSES'); for (const r of s.misses) console.log(`${r.line} [${r.categories}] ${r.text}`)
  console.log('ALARMS'); for (const r of s.alarms) console.log(`${r.line} ${r.text}\n    -> ${r.found.map(f => f.ruleId + ' “' + f.actual + '”').join('; ')}`)
}
