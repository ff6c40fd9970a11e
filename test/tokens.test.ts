import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Root, Sentence} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {wordKey} from '../src/engine/normalize.js'
import {sentenceTokens} from '../src/engine/tokens.js'
import {lint} from '../src/index.js'

const found = (text: string) => lint(text).messages.map((message) => `${message.ruleId}:${message.actual}`)

function tokens(text: string) {
  const tree = unified().use(retextEnglish).parse(text) as Root
  const sentences: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') sentences.push(sentence)
  }
  return sentences.flatMap((sentence) => sentenceTokens(sentence, text))
}

describe('wordKey', () => {
  it('compares British, Canadian and Australian spellings as US', () => {
    expect(wordKey('Behaviour')).toBe('behavior')
    expect(wordKey('behaviours')).toBe(wordKey('behaviors'))
    expect(wordKey('behavioural')).toBe('behavioral')
    expect(wordKey('organised')).toBe(wordKey('organized'))
    expect(wordKey('hospitalisation')).toBe(wordKey('hospitalization'))
    expect(wordKey('paralysed')).toBe(wordKey('paralyzed'))
    expect(wordKey('counselling')).toBe(wordKey('counseling'))
    expect(wordKey('judgement')).toBe('judgment')
    expect(wordKey('dishevelled')).toBe(wordKey('disheveled'))
    expect(wordKey('disorientated')).toBe('disoriented')
  })

  it('leaves short -our words and straightens apostrophes', () => {
    expect(wordKey('hour')).toBe('hour')
    expect(wordKey('your')).toBe('your')
    expect(wordKey('four')).toBe('four')
    expect(wordKey('doesn’t')).toBe("doesn't")
  })
})

describe('sentenceTokens', () => {
  it('joins hyphenated words and keeps offsets on the original text', () => {
    const text = 'He is non-compliant.'
    const [, , token] = tokens(text)
    expect(token?.key).toBe('noncompliant')
    expect(text.slice(token!.start, token!.end)).toBe('non-compliant')
  })

  it('splits slashes and ampersands inside abbreviations, keeping case in `exact`', () => {
    expect(tokens('Pt denies SI/HI, A&Ox3.').map((t) => t.exact)).toEqual(['Pt', 'denies', 'SI', '/', 'HI', ',', 'A', '&', 'Ox3', '.'])
  })

  it('reads a pronoun contraction as two words, but not a possessive', () => {
    expect(tokens("She's here; John's bag.").map((t) => t.key)).toEqual(['she', 'is', 'here', ';', "john's", 'bag', '.'])
    expect(tokens('He’s here.').map((t) => t.key)).toEqual(['he', 'is', 'here', '.'])
  })

  it('reads a number glued by a hyphen as a word of its own ("34-year-old" is "34" and "year-old")', () => {
    const text = 'A 34-year-old on 15-minute checks.'
    const found = tokens(text)
    expect(found.map((t) => t.key)).toEqual(['a', '34', 'yearold', 'on', '15', 'minute', 'checks', '.'])
    expect(found[1]?.joined).toBe(true)
    expect(text.slice(found[2]!.start, found[2]!.end)).toBe('year-old')
    expect(tokens('Room 12-B, COVID-19.').map((t) => t.key)).toEqual(['room', '12', 'b', ',', 'covid19', '.'])
  })

  it('reads an age glued to its unit or sex as two words ("34yo" is "34" and "yo"), but not a time or an ordinal', () => {
    expect(tokens('34yo male, 19YOF, 45M.').map((t) => t.exact)).toEqual(['34', 'yo', 'male', ',', '19', 'YOF', ',', '45', 'M', '.'])
    expect(tokens('At 10am on the 4th, 100mg.').map((t) => t.key)).toEqual(['at', '10am', 'on', 'the', '4th', ',', '100mg', '.'])
  })

  it('keeps the period of a title with the title, so "Ms. Greene" reads as two words', () => {
    expect(tokens('Educated Ms. Greene on it.').map((t) => t.key)).toEqual(['educated', 'ms', 'greene', 'on', 'it', '.'])
    expect(found('Educated Ms. Greene on taking her meds.').join()).toContain('educated-on')
  })

  it('drops a period glued to a word', () => {
    expect(tokens('He was agitated. pt. left').map((t) => t.key)).toContain('agitated')
    expect(tokens('seen by pt. today').map((t) => t.exact)).toContain('pt')
  })
})

describe('numbers glued by a hyphen, in matching', () => {
  it('lets an age guard see "34-year-old", as it sees "34 year old"', () => {
    expect(found('A 34-year-old diabetic was admitted.')).toEqual(found('A 34 year old diabetic was admitted.'))
    expect(found('A 34-year-old diabetic was admitted.')).toContain('age-diagnosis:diabetic')
  })

  it('sees the age shorthand "34yo male" as it sees "34 yo male"', () => {
    expect(found('34yo male presented to triage.')).toEqual(found('34 yo male presented to triage.'))
    expect(found('34yo male presented to triage.').join()).toContain('yo male')
  })

  it('still takes "4-point" as the one word a `*` stands for', () => {
    expect(found('He was placed in 4-point restraints.')).toContain('restraint-seclusion:placed in 4-point restraints')
  })

  it('flags nothing in an ordinary sentence with a hyphenated number', () => {
    expect(found('Her 2-year-old was crying in the waiting room, so we took a 10-minute walk.')).toEqual([])
  })
})
