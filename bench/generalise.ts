// `npm run generalise -- <ids>` or `npm run generalise -- --since <git ref>`: does a lexicon change catch
// the *shape* of a drifted idiom, or only the sentences it was written for?
//
// Tuning on a new set lifts that set to about 0.95 and the kept-aside sets by a fraction of a point:
// forms written for one sentence catch that sentence. fixtures/untuned/ holds the drifted sentences
// that earlier lexicons missed on sets nobody had tuned on yet, the best sample of what unseen notes
// hold that we miss. This scores entries ALONE (a lexicon of just them) on those samples and on every
// open sentence of the tuned sets: what they catch there is what they would catch in notes like them.
//
//   npm run generalise -- hedged-purpose,account-then-*   these entries (a trailing * is a prefix)
//   npm run generalise -- --since 8d17874                  the entries changed since that commit, before and after
//   add --sample dev33-dev57 to use one sample; --verbose lists what is caught and what open text is flagged
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readLexiconDirectory} from '../src/node/read-lexicon.js'
import {compilePhraseIndex} from '../src/engine/phrase-index.js'
import type {Lexicon} from '../src/lexicon/types.js'
import {findings, lint} from '../src/index.js'
import {parseCorpus} from './quality/score.js'
import {readLexiconAt} from './lexicon-at.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const verbose = argv.includes('--verbose')
const since = option('--since')
const only = option('--sample')
const ids = argv.find((arg, at) => !arg.startsWith('--') && !['--since', '--sample'].includes(argv[at - 1] ?? ''))

function fail(message: string): never {
  console.error(`generalise: ${message}`)
  process.exit(2)
}

function readLexicon(directory: string): Lexicon {
  const {lexicon} = readLexiconDirectory(directory)
  if (!lexicon) fail(`the lexicon in ${directory} does not validate (run npm run build for the problems)`)
  return lexicon
}

const samplesDirectory = path.join(root, 'fixtures/untuned')
const samples = fs
  .readdirSync(samplesDirectory)
  .filter((name) => name.endsWith('.txt') && (!only || name === `${only}.txt`))
  .map((name) => ({name: name.replace(/\.txt$/, ''), sentences: parseCorpus(fs.readFileSync(path.join(samplesDirectory, name), 'utf8'), name)}))
if (samples.length === 0) fail(`no sample named ${only} in fixtures/untuned/`)
const tunedOpen = fs
  .readdirSync(path.join(root, 'fixtures/sentences'))
  .filter((name) => /^dev\d*\.txt$/.test(name))
  .flatMap((name) => parseCorpus(fs.readFileSync(path.join(root, 'fixtures/sentences', name), 'utf8'), name))
  .filter((sentence) => !sentence.drift)

/** Scores the entries of `lexicon` that `chosen` names, alone. */
function score(label: string, lexicon: Lexicon, chosen: (id: string) => boolean): void {
  const entries = lexicon.entries.filter((entry) => chosen(entry.id))
  const index = compilePhraseIndex({...lexicon, entries})
  const hits = (text: string) => findings(lint(text, {index})).map((finding) => `${finding.ruleId}: ${finding.actual}`)
  const parts: string[] = []
  const listed: string[] = []
  for (const sample of samples) {
    const caught = sample.sentences.filter((sentence) => {
      const found = hits(sentence.text)
      if (found.length > 0 && verbose) listed.push(`  caught [${sample.name}] ${sentence.text}  <${found.join('; ')}>`)
      return found.length > 0
    })
    parts.push(`${sample.name} ${caught.length}/${sample.sentences.length}`)
  }
  const alarms = tunedOpen.filter((sentence) => {
    const found = hits(sentence.text)
    if (found.length > 0 && verbose) listed.push(`  open flagged: ${sentence.text}  <${found.join('; ')}>`)
    return found.length > 0
  })
  console.log(`${label} (${entries.length} entries): untuned misses caught ${parts.join(', ')}; tuned open sentences flagged ${alarms.length}/${tunedOpen.length}`)
  for (const line of listed) console.log(line)
}

const current = readLexicon(path.join(root, 'lexicon'))
if (since) {
  const before = readLexiconAt(root, since)
  if (!before) fail(`could not read a valid lexicon at ${since} from git`)
  const was = new Map(before.entries.map((entry) => [entry.id, JSON.stringify(entry)]))
  const changed = new Set(current.entries.filter((entry) => was.get(entry.id) !== JSON.stringify(entry)).map((entry) => entry.id))
  console.log(`${changed.size} entries changed or added since ${since}`)
  score('before', before, (id) => changed.has(id))
  score('after', current, (id) => changed.has(id))
} else {
  if (!ids) fail('name entries (hedged-purpose,account-then-*) or a commit (--since 8d17874)')
  const wanted = ids.split(',').filter(Boolean)
  score(ids, current, (id) => wanted.some((want) => (want.endsWith('*') ? id.startsWith(want.slice(0, -1)) : id === want)))
}
