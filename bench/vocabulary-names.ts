// `npm run vocabulary-names -- [--since <git ref>]`: which first names has the lexicon's vocabulary taken in?
//
// A capitalised word the lexicon knows is read as a word, never as someone's name, so a tuning form that
// spells out a name ("Got Tracy to sit on her hands") or uses one as a word ("taking the mick") stops
// every `{name}` phrase from firing on that name anywhere. This lists the words in the vocabulary (since
// `ref`, when given) that the tuned sets write capitalised in mid-sentence at least three times and at
// least twice as often as in lower case: places, holidays and services, and now and then a first name.
// A first name here belongs in `wordsThatAreNames` (src/engine/phrase-index.ts) or out of the form that
// brought it in.
// Only the tuned sets are read; the kept-aside sets stay unread.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readLexiconDirectory} from '../src/node/read-lexicon.js'
import {compilePhraseIndex} from '../src/engine/phrase-index.js'
import {parseCorpus} from './quality/score.js'
import {readLexiconAt} from './lexicon-at.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const since = argv.includes('--since') ? argv[argv.indexOf('--since') + 1] : undefined

function fail(message: string): never {
  console.error(`vocabulary-names: ${message}`)
  process.exit(2)
}

const {lexicon} = readLexiconDirectory(path.join(root, 'lexicon'))
if (!lexicon) fail('the lexicon does not validate (run npm run build for the problems)')
const vocabulary = compilePhraseIndex(lexicon).vocabulary
let before: ReadonlySet<string> = new Set()
if (since) {
  const old = readLexiconAt(root, since)
  if (!old) fail(`could not read a valid lexicon at ${since} from git`)
  before = compilePhraseIndex(old).vocabulary
}

// A word after a lower-case letter or a comma, so sentence openings do not count as capitalised.
const midSentence = /(?<=[a-z,;] )([A-Za-z]+)\b/g
const capitalised = new Map<string, number>()
const lowercase = new Map<string, number>()
const corpus = path.join(root, 'fixtures/sentences')
for (const name of fs.readdirSync(corpus).filter((file) => /^dev\d*\.txt$/.test(file))) {
  for (const {text} of parseCorpus(fs.readFileSync(path.join(corpus, name), 'utf8'), name)) {
    for (const [, word] of text.matchAll(midSentence)) {
      const counts = word![0] === word![0]!.toUpperCase() ? capitalised : lowercase
      const key = word!.toLowerCase()
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
}

const found = [...vocabulary]
  .filter((word) => !before.has(word))
  .map((word) => ({word, capitalised: capitalised.get(word) ?? 0, lowercase: lowercase.get(word) ?? 0}))
  .filter(({capitalised, lowercase}) => capitalised >= 3 && capitalised >= 2 * lowercase)
  .sort((a, b) => b.capitalised - a.capitalised)
console.log(`${found.length} words in the vocabulary${since ? ` since ${since}` : ''} that the tuned sets mostly capitalise in mid-sentence:`)
for (const {word, capitalised, lowercase} of found) console.log(`  ${word}: ${capitalised} capitalised, ${lowercase} lower case`)
