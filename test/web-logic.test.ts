// The web page's logic, without a browser: checking (with the per-paragraph cache), highlight
// mapping, applying a rewrite, "ignore here" through edits, counts and the summary sentence.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {categories, findings, lint, type Category} from '../src/index.js'
import {
  applyRewrite,
  Checker,
  countByCategory,
  diffRange,
  findingAt,
  ignoreOf,
  insertionFor,
  isIgnored,
  segments,
  shiftFindings,
  shiftIgnores,
  splitParagraphs,
  summarise,
  whatItDoes,
  type Finding
} from '../web/src/logic.js'
import {root} from './helpers.js'

const notesDirectory = path.join(root, 'fixtures/notes')
const noteFiles = fs.readdirSync(notesDirectory).filter((name) => name.endsWith('.txt')).sort()
const readNote = (name: string) => fs.readFileSync(path.join(notesDirectory, name), 'utf8')
const park = readNote('01-john-in-the-park.drifted.txt')
const all = {categories: [...categories], quotes: 'ignore' as const}

function engine(text: string, quotes: 'ignore' | 'info' | 'check' = 'ignore') {
  return findings(lint(text, {quotes})).map((m) => ({ruleId: m.ruleId, category: m.category, start: m.place.start.offset, end: m.place.end.offset, actual: m.actual}))
}

function brief(found: Finding[]) {
  return found.map((f) => ({ruleId: f.ruleId, category: f.category, start: f.start, end: f.end, actual: f.actual}))
}

describe('Checker', () => {
  it('finds the park note’s three phrases with their categories and offsets', () => {
    const found = new Checker().check(park, all)
    expect(found.map((f) => [f.actual, f.category])).toEqual([
      ['this writer', 'distancing-language'],
      ['agitated', 'clinical-jargon'],
      ['was very delusional', 'clinical-jargon']
    ])
    for (const finding of found) expect(park.slice(finding.start, finding.end)).toBe(finding.actual)
    expect(found[0]?.expected).toEqual(['I'])
    expect(found[0]?.why).toMatch(/third person/)
  })

  it('agrees with lint() on the whole text for every fixture note, and for all of them joined', () => {
    const checker = new Checker()
    for (const name of noteFiles) {
      const text = readNote(name)
      expect(brief(checker.check(text, all)), name).toEqual(engine(text))
    }
    const joined = noteFiles.map(readNote).join('\n\n  \n')
    expect(brief(checker.check(joined, all))).toEqual(engine(joined))
    expect(brief(new Checker().check(joined, {categories: [...categories], quotes: 'check'}))).toEqual(engine(joined, 'check'))
  })

  it('re-checks an edited note the same as a fresh check, with offsets after the edit moved', () => {
    const checker = new Checker()
    const text = noteFiles.filter((n) => n.includes('drifted')).slice(0, 6).map(readNote).join('\n\n')
    checker.check(text, all)
    const edited = `Morning visit.\n\n${text.replace('\n\n', '\n\nAn extra sentence here. ')}`
    expect(brief(checker.check(edited, all))).toEqual(brief(new Checker().check(edited, all)))
    expect(brief(checker.check(edited, all))).toEqual(engine(edited))
  })

  it('checks only the categories that are switched on, and nothing when all are off', () => {
    const checker = new Checker()
    const only: Category[] = ['clinical-jargon']
    expect(checker.check(park, {categories: only, quotes: 'ignore'}).map((f) => f.category)).toEqual(['clinical-jargon', 'clinical-jargon'])
    expect(checker.check(park, {categories: [], quotes: 'ignore'})).toEqual([])
  })

  it('follows the quote setting', () => {
    const text = 'He told me "this writer is manipulative" today.'
    const checker = new Checker()
    expect(checker.check(text, {categories: [...categories], quotes: 'ignore'})).toEqual([])
    const info = checker.check(text, {categories: [...categories], quotes: 'info'})
    expect(info.map((f) => [f.actual, f.severity, f.quoted])).toEqual([
      ['this writer', 'info', true],
      ['manipulative', 'info', true]
    ])
    const check = checker.check(text, {categories: [...categories], quotes: 'check'})
    expect(check.map((f) => f.severity)).toEqual(['warning', 'error'])
  })
})

describe('spelling of suggestions', () => {
  it('spells rewrites and explanations for the chosen locale, and caches each locale apart', () => {
    const text = 'I met the new intake at the clubhouse this morning.'
    const checker = new Checker()
    const us = checker.check(text, {...all, locale: 'en-US'})
    const gb = checker.check(text, {...all, locale: 'en-GB'})
    const ca = checker.check(text, {...all, locale: 'en-CA'})
    expect(us.map((f) => f.actual)).toEqual(['the new intake'])
    expect(us[0]!.expected[0]).toBe('someone new to the program')
    expect(gb[0]!.expected[0]).toBe('someone new to the programme')
    expect(ca[0]!.expected[0]).toBe('someone new to the program')
    expect(checker.check(text, all)[0]!.expected[0]).toBe('someone new to the program')
  })
})

describe('splitParagraphs', () => {
  it('splits at blank lines and keeps each paragraph’s offset', () => {
    const text = 'One.\nStill one.\n\n  \nTwo.\n\n\nThree.'
    const parts = splitParagraphs(text)
    expect(parts.map((p) => p.text)).toEqual(['One.\nStill one.', 'Two.', 'Three.'])
    for (const part of parts) expect(text.slice(part.start, part.start + part.text.length)).toBe(part.text)
  })
})

describe('segments (highlight mapping)', () => {
  it('covers the text exactly once, with each highlight on its finding’s characters', () => {
    const found = new Checker().check(park, all)
    const parts = segments(park, found)
    expect(parts.map((p) => p.text).join('')).toBe(park)
    let offset = 0
    for (const part of parts) {
      expect(part.start).toBe(offset)
      offset += part.text.length
    }
    expect(parts.filter((p) => p.finding).map((p) => [p.text, p.finding?.category])).toEqual([
      ['this writer', 'distancing-language'],
      ['agitated', 'clinical-jargon'],
      ['was very delusional', 'clinical-jargon']
    ])
    expect(parts[0]).toEqual({text: 'John and ', start: 0})
  })

  it('handles text with no findings, an empty draft, a finding at the very end, and astral characters', () => {
    expect(segments('All good.', [])).toEqual([{text: 'All good.', start: 0}])
    expect(segments('', [])).toEqual([{text: '', start: 0}])
    const text = '🙂 We walked. He was agitated'
    const found = new Checker().check(text, all)
    const parts = segments(text, found)
    expect(parts.map((p) => p.text)).toEqual(['🙂 We walked. He was ', 'agitated'])
  })

  it('leaves out stale findings that overlap or fall outside the text instead of breaking', () => {
    const found = new Checker().check(park, all)
    const first = found[0]!
    const overlapping: Finding = {...first, key: 'x', start: first.start + 2, end: first.end + 4}
    const outside: Finding = {...first, key: 'y', start: park.length - 2, end: park.length + 10}
    const parts = segments(park, [...found, overlapping, outside])
    expect(parts.map((p) => p.text).join('')).toBe(park)
    expect(parts.filter((p) => p.finding)).toHaveLength(3)
  })
})

describe('findingAt', () => {
  it('finds the phrase the caret is in or touching', () => {
    const found = new Checker().check(park, all)
    const agitated = found[1]!
    expect(findingAt(found, agitated.start + 3)?.ruleId).toBe('agitated')
    expect(findingAt(found, agitated.end)?.ruleId).toBe('agitated')
    expect(findingAt(found, 0)).toBeUndefined()
  })
})

describe('applyRewrite', () => {
  it('replaces only the phrase and puts the caret right after the new words', () => {
    const found = new Checker().check(park, all)
    const edit = applyRewrite(park, found[0]!, 'I')!
    expect(edit.text).toBe(park.replace('this writer', 'I'))
    expect(edit.text.slice(0, found[0]!.start)).toBe(park.slice(0, found[0]!.start))
    expect(edit.text.slice(edit.selectionEnd)).toBe(park.slice(found[0]!.end))
    expect(edit.selectionStart).toBe(found[0]!.start + 1)
    expect(edit.selectionEnd).toBe(edit.selectionStart)
  })

  it('selects the blank when the rewrite has one, so the writer can type over it', () => {
    const found = new Checker().check(park, all)
    const delusional = found[2]!
    const edit = applyRewrite(park, delusional, 'believes that …')!
    expect(edit.text).toContain('and believes that …. He thought')
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('…')
    expect(edit.selectionStart).toBe(delusional.start + 'believes that '.length)
  })

  it('capitalises a rewrite at the start of a sentence, and only there', () => {
    const text = 'We talked. This writer listened. Later this writer left.'
    const found = new Checker().check(text, all)
    expect(found.map((f) => f.actual)).toEqual(['This writer', 'this writer'])
    expect(applyRewrite(text, found[0]!, 'I')!.text).toBe('We talked. I listened. Later this writer left.')
    const lower = 'Agitated and loud, he left.'
    const agitated = new Checker().check(lower, all)[0]!
    expect(applyRewrite(lower, agitated, 'upset')!.text).toBe('Upset and loud, he left.')
    const mid = 'He was agitated.'
    expect(applyRewrite(mid, new Checker().check(mid, all)[0]!, 'upset')!.text).toBe('He was upset.')
  })

  it('treats a part in brackets as a hint for the writer, not words for the note', () => {
    expect(insertionFor('… (their name)')).toBe('…')
    expect(insertionFor('… (their name), who just started with us')).toBe('…, who just started with us')
    expect(insertionFor('(leave your verdict out)')).toBe('')
    expect(insertionFor('upset')).toBe('upset')
    const text = 'Pt is noncompliant with her meds.'
    const pt = new Checker().check(text, all)[0]!
    expect(pt.actual).toBe('Pt')
    const edit = applyRewrite(text, pt, '… (their name)')!
    expect(edit.text).toBe('… is noncompliant with her meds.')
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('…')
  })

  it('leaves a phrase out without leaving a double space behind', () => {
    const text = 'She said it was true, but she is not credible.'
    const found = new Checker().check(text, all).find((f) => f.actual === 'not credible')
    expect(found).toBeDefined()
    const edit = applyRewrite(text, found!, '(leave your verdict out)')!
    expect(edit.text).toBe('She said it was true, but she is.')
    expect(edit.selectionStart).toBe('She said it was true, but she is'.length)
    expect(edit.selectionEnd).toBe(edit.selectionStart)
  })

  it('refuses when the draft no longer has the phrase at that place', () => {
    const found = new Checker().check(park, all)
    expect(applyRewrite(`Hi. ${park}`, found[0]!, 'I')).toBeUndefined()
  })

  it('after a rewrite, a re-check finds the other phrases at their new places', () => {
    const checker = new Checker()
    const found = checker.check(park, all)
    const edit = applyRewrite(park, found[0]!, 'I')!
    const after = checker.check(edit.text, all)
    expect(after.map((f) => f.ruleId)).toEqual(['agitated', 'delusional'])
    expect(after[0]!.start).toBe(found[1]!.start - ('this writer'.length - 1))
    expect(brief(shiftFindings(found, park, edit.text))).toEqual(brief(after))
  })
})

describe('ignore here', () => {
  it('keeps ignoring the same phrase at the same place after edits elsewhere', () => {
    const checker = new Checker()
    const found = checker.check(park, all)
    const ignores = [ignoreOf(found[1]!)]
    // One edit at a time, as the page sees them (one input event each).
    const typedBefore = `Tuesday. ${park}`
    const before = `${typedBefore} We will meet again.`
    const moved = shiftIgnores(shiftIgnores(ignores, park, typedBefore), typedBefore, before)
    expect(moved[0]!.start).toBe(found[1]!.start + 'Tuesday. '.length)
    const again = checker.check(before, all)
    expect(again.filter((f) => isIgnored(f, moved)).map((f) => f.ruleId)).toEqual(['agitated'])
    expect(again.filter((f) => !isIgnored(f, moved)).map((f) => f.ruleId)).toEqual(['this-writer', 'delusional'])
  })

  it('applies only at that place: the same phrase elsewhere is still shown', () => {
    const text = 'He was agitated at noon. She was agitated later.'
    const found = new Checker().check(text, all)
    expect(found).toHaveLength(2)
    const ignores = [ignoreOf(found[0]!)]
    expect(found.map((f) => isIgnored(f, ignores))).toEqual([true, false])
  })

  it('is forgotten when the phrase itself is edited or deleted', () => {
    const found = new Checker().check(park, all)
    const ignores = [ignoreOf(found[1]!)]
    expect(shiftIgnores(ignores, park, park.replace('agitated', 'agitatd'))).toEqual([])
    expect(shiftIgnores(ignores, park, park.replace('He was agitated, ', ''))).toEqual([])
  })

  it('survives an ambiguous edit next to it (typing the same letter it starts with)', () => {
    const text = 'x agitated'
    const ignore = {ruleId: 'agitated', actual: 'agitated', start: 2, end: 10}
    const after = 'x aagitated'
    expect(diffRange(text, after)).toEqual({start: 3, removedEnd: 3, insertedEnd: 4})
    const moved = shiftIgnores([ignore], text, after)
    expect(moved).toHaveLength(1)
    expect(after.slice(moved[0]!.start, moved[0]!.end)).toBe('agitated')
  })
})

describe('counts and words', () => {
  it('counts per category and says so in one sentence', () => {
    const found = new Checker().check(park, all)
    const counts = countByCategory(found)
    expect(counts['clinical-jargon']).toBe(2)
    expect(counts['distancing-language']).toBe(1)
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(3)
    const sentence = summarise(found, categories, 0, true)
    expect(sentence).toMatch(/^3 phrases to look at: 2 clinical jargon, 1 distancing/)
    expect(summarise(found.slice(0, 1), categories, 2, true)).toMatch(/^1 phrase to look at \(2 phrases you chose to keep\)/)
    expect(summarise([], categories, 0, true)).toMatch(/^Nothing highlighted/)
    expect(summarise([], categories, 0, false)).toMatch(/^Nothing to check yet/)
    expect(summarise([], [], 0, true)).toMatch(/switched off/)
  })

  it('says what an entry does, warmly and without the rewrite', () => {
    const found = new Checker().check(park, all)
    expect(whatItDoes(found[0]!)).toBe('‘this writer’ writes you out of the relationship.')
  })
})
