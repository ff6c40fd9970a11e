// Degree words ("completely", "really", "a bit") between a linking verb and what it links are stepped
// over, so "{be} bonkers" finds "is completely bonkers"; anywhere else they keep their place.
import {describe, expect, it} from 'vitest'
import {findings, lint} from '../src/index.js'
import {isDegreeWord} from '../src/engine/degree-words.js'
import {indexOfEntries, plainEntry} from './helpers.js'

const index = indexOfEntries([
  plainEntry('is-bonkers', ['{be} bonkers']),
  plainEntry('very-high-risk', ['very high risk']),
  plainEntry('ends-on-was', ['kept saying she was']),
  plainEntry('person-hyper', ['{person} {be} hyper'])
])
const matched = (text: string) => findings(lint(text, {index})).map((m) => `${m.ruleId}: ${m.actual}`)
const keys = (text: string) => text.split(' ').map((key) => ({key}))

describe('degree words after a linking verb', () => {
  it('are stepped over, one or several, by the matcher and its gate', () => {
    expect(matched('Dom is bonkers.')).toEqual(['is-bonkers: is bonkers'])
    expect(matched('Dom is completely bonkers.')).toEqual(['is-bonkers: is completely bonkers'])
    expect(matched('Dom was really quite bonkers that night.')).toEqual(['is-bonkers: was really quite bonkers'])
    expect(matched('Dom seemed a bit bonkers to the night staff.')).toEqual(['is-bonkers: seemed a bit bonkers'])
    expect(matched("He's totally hyper after the visit.")).toEqual(["person-hyper: He's totally hyper"])
  })

  it('are not stepped over anywhere else', () => {
    expect(matched('Dom, completely bonkers, they said.')).toEqual([])
    expect(matched('A bonkers week for everyone.')).toEqual([])
    expect(matched('The clinic is for very high risk pregnancies.')).toEqual(['very-high-risk: very high risk'])
    expect(matched('The clinic is for high risk pregnancies.')).toEqual([])
  })

  it('never end a match', () => {
    expect(matched('She kept saying she was really fine.')).toEqual(['ends-on-was: kept saying she was'])
  })

  it('stand only between the verb and what it links', () => {
    expect(isDegreeWord(keys('is completely bonkers'), 1)).toBe(true)
    expect(isDegreeWord(keys('was a bit off'), 1)).toBe(true)
    expect(isDegreeWord(keys('was a bit off'), 2)).toBe(true)
    expect(isDegreeWord(keys('is really very rude'), 2)).toBe(true)
    expect(isDegreeWord(keys('is a nightmare'), 1)).toBe(false)
    expect(isDegreeWord(keys('very high risk'), 0)).toBe(false)
    expect(isDegreeWord(keys('said very little'), 1)).toBe(false)
  })
})
