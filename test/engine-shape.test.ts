import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint, getDefaultIndex, lexicon} from '../src/index.js'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Paragraph, Root} from 'nlcst'
import {anchorOf, anchorPlaces, compilePhraseIndex, phraseIndexCompilations} from '../src/engine/phrase-index.js'
import {manySets} from '../src/engine/sequence-set.js'
import {matchStarts, plainWordTokens, sentenceTokens} from '../src/engine/tokens.js'
import {findings} from '../src/index.js'
import {renderLexiconDocs} from '../src/lexicon/docs.js'
import {indexOfEntries, plainEntry, root} from './helpers.js'

/** Every source file the browser bundle can reach: the engine, the lexicon module and the rules. */
function browserFiles(): string[] {
  const files: string[] = []
  const walk = (directory: string) => {
    for (const entry of fs.readdirSync(directory, {withFileTypes: true})) {
      const full = path.join(directory, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (full.endsWith('.ts')) files.push(full)
    }
  }
  for (const directory of ['src/engine', 'src/lexicon', 'src/report', 'src/generated', 'rules']) walk(path.join(root, directory))
  return [...files, path.join(root, 'src/index.ts')]
}

describe('the engine runs in a browser', () => {
  it('imports no Node built-ins and touches no process, fs or path outside the Node edges', () => {
    const offenders: string[] = []
    for (const file of browserFiles()) {
      const source = fs.readFileSync(file, 'utf8')
      if (/from\s+'node:|from\s+'(fs|path|os|child_process|worker_threads)'|\bprocess\.[a-z]|require\(/.test(source)) {
        offenders.push(path.relative(root, file))
      }
    }
    expect(offenders).toEqual([])
  })

  it('only the validator pulls in ajv, and the engine never imports it', () => {
    const engineImports = browserFiles()
      .filter((file) => !file.endsWith('validate.ts'))
      .filter((file) => fs.readFileSync(file, 'utf8').includes("from 'ajv'"))
    expect(engineImports).toEqual([])
  })
})

describe('the phrase index', () => {
  it('is compiled once per process, not per paragraph or file', () => {
    getDefaultIndex()
    const before = phraseIndexCompilations()
    for (let note = 0; note < 25; note++) lint(`Note ${note}.\n\nJohn and this writer met.\n\nHe was noncompliant.`)
    lint('George is noncompliant.', {categories: ['compliance-control']})
    expect(phraseIndexCompilations()).toBe(before)
    expect(getDefaultIndex()).toBe(getDefaultIndex())
  })

  it('tokenizes a plain lexicon word without the parser exactly as the parser does', () => {
    const parser = unified().use(retextEnglish)
    const parsed = (word: string) => {
      const tree = parser.parse(word) as Root
      const paragraph = tree.children.find((node): node is Paragraph => node.type === 'ParagraphNode')
      return (paragraph?.children ?? []).flatMap((sentence) => ('children' in sentence ? sentenceTokens(sentence, word) : []))
    }
    const words = new Set<string>()
    for (const entry of lexicon.entries) for (const form of entry.match) for (const word of form.split(/[\s()|]+/)) if (plainWordTokens(word)) words.add(word)
    for (const list of Object.values(lexicon.slots)) for (const item of list) for (const word of item.split(/\s+/)) if (plainWordTokens(word)) words.add(word)
    expect(words.size).toBeGreaterThan(3000)
    const differ = [...words].filter((word) => JSON.stringify(plainWordTokens(word)) !== JSON.stringify(parsed(word)))
    expect(differ).toEqual([])
    expect(plainWordTokens("she's")).toBeUndefined()
    expect(plainWordTokens('34-year-old')).toBeUndefined()
  })

  it('hangs one shared tail under every word a phrase can start with, and still keeps each phrase apart', () => {
    const index = indexOfEntries([plainEntry('refused-the-tray', ['{person} refused the tray']), plainEntry('she-refused-the-offer', ['she refused the offer'])])
    const matched = (text: string) => findings(lint(text, {index})).map((m) => `${m.ruleId}: ${m.actual}`)
    expect(matched('She refused the tray.')).toEqual(['refused-the-tray: She refused the tray'])
    expect(matched('She refused the offer.')).toEqual(['she-refused-the-offer: She refused the offer'])
    expect(matched('They refused the tray.')).toEqual(['refused-the-tray: They refused the tray'])
    expect(matched('They refused the offer.')).toEqual([])
    // "he" and "they" start only the first phrase: one tail, not a copy each; "she" has its own.
    expect(index.words.next?.get('he')).toBe(index.words.next?.get('they'))
    expect(index.words.next?.get('she')).not.toBe(index.words.next?.get('he'))
    expect(index.words.sets).toBeUndefined()
  })
})

describe('groups of choices are written the ways words are', () => {
  const base = getDefaultIndex().lexicon
  const entry = plainEntry
  const index = compilePhraseIndex({
    ...base,
    entries: [
      entry('internet-diagnosed', ['(internet|online|social media) (diagnosed|diagnosis)']),
      entry('self-harm-behaviour', ['(self-harm|cutting) behaviour']),
      entry('person-refused', ['{person} refused the tray']),
      entry('housing-driven', ['(mainly|purely) (housing|money)-driven', 'self-(soothing|settling) again']),
      entry('many-glued', ['(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa)-seeking'])
    ]
  })
  const actual = (text: string) => findings(lint(text, {index})).map((m) => m.actual)

  it('joins a group with its neighbour, hyphenated or run together, as a plain phrase is', () => {
    expect(actual('She is internet-diagnosed, she says.')).toEqual(['internet-diagnosed'])
    expect(actual('She is onlinediagnosed, she says.')).toEqual(['onlinediagnosed'])
    expect(actual('She is online diagnosed, she says.')).toEqual(['online diagnosed'])
    expect(actual('It was a social media diagnosis.')).toEqual(['social media diagnosis'])
  })

  it('reads a group glued to a word by a hyphen as the two written together', () => {
    expect(actual('Her visits seem mainly housing-driven.')).toEqual(['mainly housing-driven'])
    expect(actual('Her visits seem purely money driven.')).toEqual(['purely money driven'])
    expect(actual('Her visits seem mainly moneydriven.')).toEqual(['mainly moneydriven'])
    expect(actual('He was self-settling again by nine.')).toEqual(['self-settling again'])
    expect(actual('Her visits seem mainly rent-driven.')).toEqual([])
    // Ten choices glued to one word: each keeps its hyphenated and run-together spellings.
    expect(actual('Noted kappa-seeking again.')).toEqual(['kappa-seeking'])
    expect(actual('Noted kappaseeking again.')).toEqual(['kappaseeking'])
    expect(actual('Noted kappa seeking again.')).toEqual(['kappa seeking'])
  })

  it('spells a hyphenated choice with a space too', () => {
    expect(actual('Noted self harm behaviour on the unit.')).toEqual(['self harm behaviour'])
    expect(actual('Noted self-harm behaviour on the unit.')).toEqual(['self-harm behaviour'])
  })

  it('never joins a named slot such as {person} to its neighbour', () => {
    expect(actual('She refused the tray.')).toEqual(['She refused the tray'])
    expect(actual('Sherefused the tray.')).toEqual([])
  })

  it('finds every choice after a word that many groups follow, and nothing outside them', () => {
    // Five groups after "told": a node with that many is looked up by word rather than group by group.
    const groups = ['(alpha|beta) one', '(gamma|delta) two', '(epsilon|zeta) three', '(eta|theta) four', '(iota|kappa|alpha) five']
    const many = compilePhraseIndex({...base, entries: groups.map((group, at) => entry(`told-${at}`, [`told ${group}`]))})
    const told = many.words.next?.get('told')
    expect(told?.sets?.length ?? 0).toBeGreaterThanOrEqual(manySets)
    const said = (text: string) => findings(lint(text, {index: many})).map((m) => `${m.ruleId}: ${m.actual}`)
    expect(said('She told beta one.')).toEqual(['told-0: told beta one'])
    expect(said('She told theta four.')).toEqual(['told-3: told theta four'])
    expect(said('She told alpha five.')).toEqual(['told-4: told alpha five'])
    expect(said('She told kappa five and told alpha one.')).toEqual(['told-4: told kappa five', 'told-0: told alpha one'])
    expect(said('She told beta two.')).toEqual([])
    expect(said('She told omega one.')).toEqual([])
  })
})

describe('docs/lexicon.md', () => {
  it('is up to date with the lexicon (run `npm run docs`)', () => {
    const committed = fs.readFileSync(path.join(root, 'docs/lexicon.md'), 'utf8')
    expect(committed).toBe(renderLexiconDocs(lexicon))
  })

  it('has an anchor for every entry, which findings link to', () => {
    const docs = renderLexiconDocs(lexicon)
    for (const entry of lexicon.entries) expect(docs).toContain(`<a id="${entry.id}"></a>`)
  })
})

describe('the sentence gate', () => {
  const slotWords = new Set(['is', 'was', 'she', 'client'])
  /** The first sentence of `text` as the parser gives it, and where the gate would walk from in it. */
  const gateOf = (text: string) => {
    const tree = unified().use(retextEnglish).parse(text) as Root
    const sentence = (tree.children[0] as Paragraph).children[0]!
    if (sentence.type !== 'SentenceNode') throw new Error('no sentence')
    return {tokens: sentenceTokens(sentence, text), starts: matchStarts(sentence, text, getDefaultIndex())}
  }

  it('anchors a phrase on the step notes use least, never on a function word or a common slot word', () => {
    expect(anchorOf(['the', 'client', 'refused'], slotWords)).toBe('refused')
    expect(anchorOf(['is', 'a', 'borderline'], slotWords)).toBe('borderline')
    expect(anchorOf(['the', 'client'], slotWords)).toBe('client')
    expect(anchorOf(['on', 'a', '5150'], slotWords)).toBe('5150')
    // "threat" is rarer in notes than "herself"; both are rarer than any article.
    expect(anchorOf([new Set(['a', 'an']), 'threat', 'to', 'herself'], slotWords)).toBe('threat')
    expect(anchorOf([new Set(['she', 'he', 'they']), new Set(['is', 'was']), 'elevated'], slotWords)).toBe('elevated')
  })

  it('counts a slot as often as all its words together, and never anchors on a wildcard', () => {
    const be = new Set(['is', 'was'])
    expect(anchorOf(['the', be, '*'], slotWords)).toBe(be)
    // "to" is common, "the" commoner still.
    expect(anchorOf(['*', 'to', 'the'], slotWords)).toBe('to')
    expect(anchorOf(['*'], slotWords)).toBeUndefined()
  })

  it('knows where in its phrases an anchor stands, a "*" before it adding a place for a joined number', () => {
    expect(anchorPlaces(['the', 'client', 'refused'], 'refused')).toBe(0b100)
    expect(anchorPlaces(['placed', 'in', '*', 'restraints'], 'restraints')).toBe(0b11000)
    expect(anchorPlaces(['refused'], 'refused')).toBe(0b1)
  })

  it('has a word other than a pronoun, an article or "is" in every phrase of the lexicon', () => {
    // A phrase made only of such words ("{person} {be} at it") fires on ordinary sentences, and it would
    // send every sentence with "she" or "was" through the full match.
    const everyday = new Set(['she', 'he', 'they', 'her', 'him', 'his', 'the', 'a', 'an', 'and', 'to', 'of', 'is', 'was', 'it', 'i', 'we', 'you', '*'])
    const everydaySlots = new Set(['{person}', '{be}', '{the}', '{a}', '{has}'])
    const onlyEveryday = (form: string) =>
      form
        .toLowerCase()
        .replace(/\(([^)]*)\)/g, (_, choices: string) => choices.replace(/\s+/g, '_'))
        .split(/\s+/)
        .every((word) => everydaySlots.has(word) || word.split('|').every((choice) => choice.split('_').every((part) => everyday.has(part))))
    const offenders = lexicon.entries.flatMap((entry) => entry.match.filter(onlyEveryday).map((form) => `${entry.id}: ${form}`))
    expect(offenders).toEqual([])
    expect(onlyEveryday('{person} {be} (to|the) it')).toBe(true)
    expect(onlyEveryday('{person} {be} (to|the) borderline')).toBe(false)
  })

  it('walks a sentence only from where some anchor in it says a phrase may start, and still finds each phrase', () => {
    const starts = (text: string) => gateOf(text).starts.length
    // Every word of this sentence starts some phrase, and none holds a phrase's anchor.
    expect(starts('She said that he was at the house and they went to the shop.')).toBe(0)
    expect(starts('She said that he was noncompliant at the house.')).toBeGreaterThan(0)
    // Anchored three or four words in, past a number joined to a word: the walk starts at "placed".
    expect(lint('He was placed in 4-point restraints overnight.').messages.map((m) => m.ruleId)).toContain('restraint-seclusion')
    expect(lint('He was placed in restraints overnight.').messages.map((m) => m.ruleId)).toContain('restraint-seclusion')
  })

  it('still finds a phrase anchored on a number and one that starts with a slot, and passes a plain sentence', () => {
    expect(lint('Pt is on a 5150.').messages.map((m) => m.ruleId)).toContain('involuntary-hold-code')
    expect(lint('She is a borderline, the nurse said.').messages.length).toBeGreaterThan(0)
    expect(lint('We went to the library and she picked a book.').messages).toEqual([])
  })

  it('names the tokens where a phrase can start, so the full match walks from those only', () => {
    const starts = (text: string) => {
      const {tokens, starts: places} = gateOf(text)
      return places.map((at) => tokens[at]!.key)
    }
    expect(starts('We went to the library and she picked a book.')).toEqual([])
    expect(starts('This writer met the client, who was noncompliant with meds.')).toEqual(expect.arrayContaining(['this', 'client', 'noncompliant']))
    expect(starts('She said she was fine, but this writer noted she refused her meds again.')).toEqual(expect.arrayContaining(['this', 'refused']))
  })
})
