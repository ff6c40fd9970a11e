// The quality bars from the lexicon issue, on our own labelled corpus. `npm run quality` prints the
// full figures. The tuned sets (dev*.txt) must meet the bars. The kept-aside sets (holdout,
// aside*.txt) are never tuned on; they are held to a floor just under their last measured figures,
// so a change that makes peerlint worse on unseen notes fails here. (The bar for them, recall
// 0.95 within 0.03 of the tuned sets, is not met yet; see the README.)
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseCorpus, scoreSentences} from '../bench/quality/score.js'
import {reviewerStyleAside} from '../bench/quality/sets.js'
import {root} from './helpers.js'

const directory = path.join(root, 'fixtures/sentences')
const files = fs.readdirSync(directory).filter((name) => name.endsWith('.txt'))
const read = (names: string[]) => names.flatMap((name) => parseCorpus(fs.readFileSync(path.join(directory, name), 'utf8'), name))
const tuned = read(files.filter((name) => name.startsWith('dev')))
const aside = read(files.filter((name) => !name.startsWith('dev')))

describe('detection quality on the tuned sets (fixtures/sentences/dev*.txt)', () => {
  const score = scoreSentences(tuned)

  it('has thousands of labelled sentences, about half drifted and half open', () => {
    expect(score.sentences).toBeGreaterThanOrEqual(4000)
    expect(score.drifted / score.sentences).toBeGreaterThan(0.4)
    expect(score.open / score.sentences).toBeGreaterThan(0.4)
  })

  it('catches at least 95% of drifted sentences', () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.95)
  })

  it('is right at least 95% of the time it reports something', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.95)
  })

  it('flags no more than 2% of open sentences', () => {
    expect(score.cleanFlaggedShare).toBeLessThanOrEqual(0.02)
  })
})

describe('detection quality on the kept-aside sets (holdout.txt, aside*.txt), never tuned on', () => {
  const score = scoreSentences(aside)

  it('keeps a quarter of the corpus aside', () => {
    expect(score.sentences / (score.sentences + tuned.length)).toBeGreaterThanOrEqual(0.25)
  })

  // A floor against regressions, a little below today's figures (0.902, 0.977, 2.1% with aside42-46;
  // 0.894, 0.976, 2.3% without them). Each new untuned
  // set pulls the totals down (aside36 and aside37 took recall from 0.894 to 0.890 and false alarms from
  // 2.9% to 3.0%), so the floor sits a little below. The false-alarm ceiling came down from 3.2% to 2.7%
  // once the rules for someone's own account, bare relations, agency initials and quotes told in the past
  // took the total from 3.0% to 2.4%, and to 2.6% at 2.3% (158 of 6,848 open sentences, with aside41 and
  // the rules for names and phrases hanging off a clause). The issue's own bar for this quarter (recall
  // 0.95 within 0.03, 2% flagged) is reported, not met, in the README.
  it('does not fall below its floor: recall 0.89, precision 0.965, at most 2.6% of open sentences flagged', () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.89)
    expect(score.precision).toBeGreaterThanOrEqual(0.965)
    expect(score.cleanFlaggedShare).toBeLessThanOrEqual(0.026)
  })
})

describe('detection quality on the reviewer-style kept-aside sets (bench/quality/sets.ts), never tuned on', () => {
  // Written from the seeds and the research notes as an outside reviewer would, these are the nearest
  // thing to the held-out notes, and are held to the issue's own bars.
  const score = scoreSentences(read(reviewerStyleAside.map((name) => `${name}.txt`)))

  it('are kept aside, and hold hundreds of sentences', () => {
    for (const name of reviewerStyleAside) expect(files).toContain(`${name}.txt`)
    expect(score.sentences).toBeGreaterThanOrEqual(900)
  })

  it('catches at least 95% of drifted sentences, is right at least 95% of the time, flags at most 2% of open ones', () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.95)
    expect(score.precision).toBeGreaterThanOrEqual(0.95)
    expect(score.cleanFlaggedShare).toBeLessThanOrEqual(0.02)
  })
})

describe('parseCorpus', () => {
  it('reads labels and sentences, and says which line is wrong', () => {
    expect(parseCorpus('# a heading\ndrift clinical-jargon,distancing-language | Pt is decompensating.\nopen | We walked.\n')).toEqual([
      {line: 2, drift: true, categories: ['clinical-jargon', 'distancing-language'], text: 'Pt is decompensating.'},
      {line: 3, drift: false, categories: [], text: 'We walked.'}
    ])
    expect(() => parseCorpus('drift feelings | x', 'c.txt')).toThrow("c.txt:1: unknown category 'feelings'")
    expect(() => parseCorpus('maybe | x', 'c.txt')).toThrow('c.txt:1: a line starts with "drift" or "open"')
  })
})
