// The quality bars from the core issue, on our own labelled corpus (every set together, holdout included).
// `npm run quality` prints the full figures.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseCorpus, scoreSentences} from '../bench/quality/score.js'
import {root} from './helpers.js'

const corpus = ['dev.txt', 'dev2.txt', 'dev3.txt', 'dev4.txt', 'holdout.txt'].flatMap((name) => parseCorpus(fs.readFileSync(path.join(root, 'fixtures/sentences', name), 'utf8'), name))

describe('detection quality on fixtures/sentences', () => {
  const score = scoreSentences(corpus)

  it('has at least 150 labelled sentences, drifted and open', () => {
    expect(score.sentences).toBeGreaterThanOrEqual(150)
    expect(score.drifted).toBeGreaterThan(50)
    expect(score.open).toBeGreaterThan(50)
  })

  it('catches at least 90% of drifted sentences', () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.9)
  })

  it('flags no more than 5% of open sentences', () => {
    expect(score.cleanFlaggedShare).toBeLessThanOrEqual(0.05)
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
