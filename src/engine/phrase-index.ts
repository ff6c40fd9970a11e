// The phrase index: every match form of every entry, expanded (slots, hyphen and joined spellings)
// and tokenized by the same parser that reads notes, in a trie keyed by token. It is built once per
// lexicon per process; matching a sentence is then one trie walk from each word.
import type {Paragraph, Root} from 'nlcst'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Category, Lexicon, LexiconEntry} from '../lexicon/types.js'
import {childFor, SequenceSet, SubtreeSharer, type SequenceNode, type Step, type StepNode} from './sequence-set.js'
import {wordKey} from './normalize.js'
import {wordsPerMillion} from './word-counts.js'
import {plainWordTokens, sentenceTokens, type Token} from './tokens.js'

export interface IndexedEntry {
  entry: LexiconEntry
  /** Position in the lexicon: earlier entries win ties between equally long matches. */
  order: number
  skipWhenPrecededBy: SequenceSet
  skipWhenFollowedBy: SequenceSet
  onlyWhenPrecededBy: SequenceSet
  onlyWhenFollowedBy: SequenceSet
  /** Flag only when one of these ends somewhere before the match in its sentence. */
  onlyWhenEarlierInSentence: SequenceSet
}

/**
 * A node of the phrase trie. A slot's one-token words ("{be}", "{others}") are one set edge, not one
 * branch per word, so "reminded {person} that {person} {be} not allowed" is one path, not 1,620.
 */
export interface TrieNode extends StepNode<TrieNode> {
  entries?: IndexedEntry[] | undefined
}

/** `*` in a match form stands for any one word: "advised * to" catches "advised Chidi to". */
export const wildcard = '*'

/**
 * Words a `*` never stands for: a reflexive is the one acting, not someone acted on, so "reminded
 * myself that" and "told herself to" are a person's own thoughts, not the writer telling anyone.
 */
export const reflexives: ReadonlySet<string> = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves', 'themself', 'oneself'])

/**
 * `{name}` in a match form stands for someone's name: "{name} needs to" catches "George needs to" but not
 * "The form needs to". In the trie it is an ordinary key that no word has (see `nameKey`); a token
 * that reads as a name (`Token.name`) may take it as well as its own key.
 */
export const nameSlot = '{name}'
export const nameKey = '\u0001name'

export interface PhraseIndex {
  lexicon: Lexicon
  /** Entries matched on lower-cased keys. */
  words: TrieNode
  /** Case-sensitive entries (abbreviations), matched on exact text. */
  exact: TrieNode
  entries: IndexedEntry[]
  byId: Map<string, LexiconEntry>
  openFrames: SequenceSet
  /** Institutions, things and roles: whose action a compliance or credibility word is, when not the person's. */
  institutions: SequenceSet
  /** The same with the person's family (`people`): for every word except labels. */
  othersAndFamily: SequenceSet
  /** One-word nouns for the person themself (`personNouns`), as keys. */
  personNouns: ReadonlySet<string>
  between: Set<string>
  /** Lower-cased phrases that introduce quoted speech. */
  quoteIntroducers: string[]
  /** Institutions, things and roles (not family) as lower-cased text, for detectors that read text. */
  parties: ReadonlySet<string>
  /** The open frames as lower-cased text, for detectors that read text rather than tokens. */
  openFramePhrases: string[]
  /** The entry each category's detector reports (entries with `detector`). */
  detectors: Map<Category, LexiconEntry>
  /** Keys that take a first step in `words`. */
  wordStarts: ReadonlySet<string>
  /** Exact texts that take a first step in `exact`. */
  exactStarts: ReadonlySet<string>
  /**
   * The least common step of every phrase ("borderline" in "{be} {a} borderline"), as keys, each with
   * the places it stands at in its phrases (`anchorPlaces`). A sentence with none of them cannot
   * match, however many of its words start a phrase ("the", "she" and "is" start thousands), and a
   * phrase can only start a known number of words before one.
   */
  wordAnchors: ReadonlyMap<string, number>
  /** The same for the case-sensitive phrases, as exact texts. */
  exactAnchors: ReadonlyMap<string, number>
  /**
   * Every key the tries, slots and context lists know (see `knownWords`): a capitalised word among them
   * ("Medication", "Staff", "Everyone") is a word, not a name, wherever it stands.
   */
  vocabulary: ReadonlySet<string>
}

/**
 * How often a step turns up, per million words of notes (`wordsPerMillion`, counted on our labelled
 * sentences); a set, as often as any of its words. A word outside the table is rarer than any in it.
 * Punctuation is not in the table and is common, and a slot word ("client", "nurse") is a slot word
 * because notes use it a lot.
 */
function rateOf(step: Step, slotWords: ReadonlySet<string>): number {
  if (typeof step !== 'string') {
    let sum = 0
    for (const key of step) sum += rateOf(key, slotWords)
    return sum
  }
  const measured = wordsPerMillion.get(step) ?? wordsPerMillion.get(step.toLowerCase())
  if (measured !== undefined) return measured
  if (!/[\p{L}\p{N}]/u.test(step)) return unmeasuredPunctuation
  return slotWords.has(step) ? unmeasuredSlotWord : 0
}

/** A mark such as "/" or "." as an anchor: about as common as a frequent word. */
const unmeasuredPunctuation = 5000
/** A slot word the table does not list: less common than the table's words, more than other words. */
const unmeasuredSlotWord = 1

/**
 * The step of a pattern that is least likely to be in a sentence, by how often each occurs in notes
 * (ties: a word before a set, then the longer word); never a `*`. A sentence without it cannot match
 * the pattern, so the gate walks only sentences holding some phrase's anchor.
 */
export function anchorOf(pattern: Step[], slotWords: ReadonlySet<string>): Step | undefined {
  let best: Step | undefined
  let bestRate = Infinity
  for (const step of pattern) {
    if (step === wildcard || step === nameKey) continue
    const rate = rateOf(step, slotWords)
    if (best === undefined || rate < bestRate || (rate === bestRate && betterTie(step, best))) {
      best = step
      bestRate = rate
    }
  }
  return best
}

function betterTie(step: Step, best: Step): boolean {
  if (typeof step !== typeof best) return typeof step === 'string'
  return typeof step === 'string' && step.length > (best as string).length
}

/**
 * Where `step` stands in `pattern`, as a bit mask: bit k set when it can be k tokens after the first.
 * A `*` before it can take two tokens (a number joined to a word by a hyphen), so each one adds a
 * place. A step further in than the mask can say takes every place (-1).
 */
export function anchorPlaces(pattern: Step[], step: Step): number {
  const at = pattern.indexOf(step)
  const wildcards = pattern.slice(0, at).filter((before) => before === wildcard).length
  if (at < 0 || at + wildcards > 30) return -1
  let places = 0
  for (let extra = 0; extra <= wildcards; extra++) places |= 1 << (at + extra)
  return places
}

/** Every key that leads somewhere from a trie's root. */
function firstKeys(root: TrieNode): string[] {
  return [...(root.next?.keys() ?? []), ...(root.sets ?? []).flatMap((edge) => [...edge.keys])]
}

const slotPattern = /\{([a-z]+)\}/

/** "{be} {a} borderline" → "is a borderline", "was an borderline", …: one string per combination. */
export function expandSlots(phrase: string, slots: Record<string, string[]>): string[] {
  const found = slotPattern.exec(phrase)
  if (!found) return [phrase]
  const words = slots[found[1] ?? ''] ?? []
  return words.flatMap((word) => expandSlots(phrase.replace(found[0], word), slots))
}

/**
 * Tokenizes many chunks (whitespace-free pieces of phrases) with one parse, each as its own
 * paragraph. Tokens never span white space, so a phrase's tokens are its chunks' tokens in order.
 */
const chunksPerParse = 200

function tokenizeChunks(all: string[]): Map<string, Token[]> {
  // Most chunks are plain words, which need no parse: only the ~10% with digits, marks or
  // apostrophes go through the parser (a test checks that both ways agree on every plain word).
  const byChunk = new Map<string, Token[]>()
  const chunks: string[] = []
  for (const chunk of all) {
    const plain = plainWordTokens(chunk)
    if (plain) byChunk.set(chunk, plain)
    else chunks.push(chunk)
  }
  const parser = unified().use(retextEnglish)
  const tokenize = (text: string): Token[][] => {
    const tree = parser.parse(text) as Root
    return tree.children
      .filter((node): node is Paragraph => node.type === 'ParagraphNode')
      .map((paragraph) => paragraph.children.flatMap((sentence) => ('children' in sentence ? sentenceTokens(sentence, text) : [])))
  }
  // A few hundred chunks per parse: one parse of the whole lexicon would build a tree that outlives
  // many young-generation collections, and V8 would then allocate every later parse tree straight in
  // the old generation (allocation-site pretenuring), doubling the cost of linting from then on.
  const tokenized: Token[][] = []
  for (let from = 0; from < chunks.length; from += chunksPerParse) {
    const batch = chunks.slice(from, from + chunksPerParse)
    const parsed = tokenize(batch.join('\n\n'))
    // Should a chunk ever parse as more than one paragraph, fall back to one parse per chunk.
    tokenized.push(...(parsed.length === batch.length ? parsed : batch.map((chunk) => tokenize(chunk).flat())))
  }
  // In a note a period sticks to the word before a lowercase word ("pt. said"); alone it does not.
  const trimmed = tokenized.map((tokens) => (tokens.length > 1 && tokens.at(-1)?.key === '.' ? tokens.slice(0, -1) : tokens))
  for (const [index, chunk] of chunks.entries()) byChunk.set(chunk, trimmed[index] ?? [])
  return byChunk
}

const isSlot = (chunk: string) => chunk === wildcard || chunk === nameSlot || slotPattern.test(chunk)

/**
 * The ways a phrase is written: "med compliance" is also "medcompliance" (and so "med-compliance",
 * whose key drops the hyphen); "non-compliant" is also "non compliant". `joined` gives the chunk for two
 * neighbours written as one word when one of them is a group of choices ("(internet|online) diagnosed"
 * is also "internet-diagnosed"), or undefined when they cannot be.
 */
function writtenForms(phrase: string, joined: Vocabulary['joined']): string[][] {
  const chunks = phrase.trim().split(/\s+/)
  let forms: string[][] = [[]]
  chunks.forEach((chunk, index) => {
    const previous = chunks[index - 1]
    const joinable = previous !== undefined && previous !== wildcard && chunk !== wildcard && previous !== nameSlot && chunk !== nameSlot && chunks.length <= 5
    const spaced = isSlot(chunk) ? [] : chunk.split(/(?<=\p{L})-(?=\p{L})/u)
    forms = forms.flatMap((form) => {
      const next = [[...form, chunk]]
      if (spaced.length > 1) next.push([...form, ...spaced])
      const last = form.at(-1)
      const together = joinable && last !== undefined ? (isSlot(last) || isSlot(chunk) ? joined(last, chunk) : `${last}${chunk}`) : undefined
      if (together !== undefined) next.push([...form.slice(0, -1), together])
      return next
    })
  })
  return forms
}

/**
 * The token patterns of a phrase (for the phrase trie and context lists), slots filled in. A slot's
 * one-token words are one step (a set of keys) rather than one sequence each, so "{others} {be} {a}"
 * stays three steps instead of becoming 8,000 sequences. A slot word of several tokens ("work and
 * income") gets a sequence of its own: its tokens are its chunks' tokens in order.
 */
/** The steps a chunk can take, per compile: a slot used by hundreds of phrases is worked out once. */
const chunkStepsMemo = new WeakMap<Map<string, Token[]>, Map<string, Step[][]>>()

function chunkSteps(chunk: string, slots: Record<string, string[]>, tokens: Map<string, Token[]>, slotSets: Map<string, ReadonlySet<string>>, field: 'key' | 'exact'): Step[][] {
  let memo = chunkStepsMemo.get(tokens)
  if (!memo) chunkStepsMemo.set(tokens, (memo = new Map()))
  const memoKey = `${field}\u0000${chunk}`
  const known = memo.get(memoKey)
  if (known) return known
  const slot = slotPattern.exec(chunk)
  const words = slot && slot[0] === chunk ? (slots[slot[1] ?? ''] ?? []) : [chunk]
  const options = words.map((word) => word.split(/\s+/).flatMap((part) => tokens.get(part) ?? []).map((token) => token[field]))
  const single = options.filter((option) => option.length === 1).map((option) => option[0]!)
  const steps: Step[][] = options.filter((option) => option.length !== 1)
  if (slot && slot[0] === chunk && single.length > 1) {
    const key = `${field}\u0000${chunk}\u0000${single.join('\u0000')}`
    let set = slotSets.get(key)
    if (!set) slotSets.set(key, (set = new Set(single)))
    steps.push([set])
  } else steps.push(...single.map((key) => [key]))
  memo.set(memoKey, steps)
  return steps
}

function patternsOf(
  phrase: string,
  {slots, joined}: Vocabulary,
  tokens: Map<string, Token[]>,
  slotSets: Map<string, ReadonlySet<string>>,
  field: 'key' | 'exact' = 'key'
): Step[][] {
  const patterns: Step[][] = []
  for (const form of writtenForms(phrase, joined)) {
    let partial: Step[][] = [[]]
    for (const chunk of form) {
      if (chunk === wildcard || chunk === nameSlot) {
        const step = chunk === wildcard ? wildcard : nameKey
        partial = partial.map((pattern) => [...pattern, step])
        continue
      }
      const steps = chunkSteps(chunk, slots, tokens, slotSets, field)
      partial = partial.flatMap((pattern) => steps.map((step) => [...pattern, ...step]))
    }
    patterns.push(...partial.filter((pattern) => pattern.length > 0))
  }
  return patterns
}

/** The chunks (and slot words) a phrase needs tokenized. */
function chunksOf(phrase: string, {slots, joined}: Vocabulary): string[] {
  return writtenForms(phrase, joined).flat().flatMap((chunk) => {
    if (chunk === wildcard || chunk === nameSlot) return []
    const slot = slotPattern.exec(chunk)
    return slot && slot[0] === chunk ? (slots[slot[1] ?? ''] ?? []).flatMap((word) => word.split(/\s+/)) : [chunk]
  })
}

/** Every node has every field, so the hot walk in match.ts sees one object shape (a monomorphic read). */
function trieNode(): TrieNode {
  return {next: undefined, wildcard: undefined, sets: undefined, setTargets: undefined, entries: undefined}
}

function insert(root: TrieNode, pattern: Step[], entry: IndexedEntry): void {
  let node = root
  for (const step of pattern) node = childFor(node, step, trieNode)
  node.entries ??= []
  if (!node.entries.includes(entry)) node.entries.push(entry)
}

/**
 * One node that matches whatever `a` or `b` matches. Nodes are only read once the trie is built, so
 * the parts only one side has are shared rather than copied, and each pair is merged once.
 */
function mergeNodes(a: TrieNode, b: TrieNode, merged: Map<TrieNode, Map<TrieNode, TrieNode>>): TrieNode {
  if (a === b) return a
  let known = merged.get(a)
  if (!known) merged.set(a, (known = new Map()))
  const found = known.get(b)
  if (found) return found
  const entries = [...new Set([...(a.entries ?? []), ...(b.entries ?? [])])].sort((x, y) => x.order - y.order)
  let next: Map<string, TrieNode> | undefined
  if (a.next || b.next) {
    next = new Map(a.next)
    for (const [key, child] of b.next ?? []) {
      const mine = next.get(key)
      next.set(key, mine ? mergeNodes(mine, child, merged) : child)
    }
  }
  let sets: TrieNode['sets']
  if (a.sets || b.sets) {
    sets = (a.sets ?? []).map((edge) => ({keys: edge.keys, node: edge.node}))
    for (const edge of b.sets ?? []) {
      const mine = sets.find((other) => other.keys === edge.keys)
      if (mine) mine.node = mergeNodes(mine.node, edge.node, merged)
      else sets.push({keys: edge.keys, node: edge.node})
    }
  }
  const wildcardNode = a.wildcard && b.wildcard ? mergeNodes(a.wildcard, b.wildcard, merged) : (a.wildcard ?? b.wildcard)
  const node: TrieNode = {next, wildcard: wildcardNode, sets, setTargets: undefined, entries: entries.length > 0 ? entries : undefined}
  known.set(b, node)
  return node
}

/**
 * Every word of a note is looked up at the root, so the first step there is always a plain key: a set
 * at the root would cost a check per set for every word. A phrase that starts with a set ("{person}
 * refused") is inserted with its set like any other step and only now hung under each of the set's
 * words, sharing its tail rather than copying it per word (copies made 148,000 nodes where 12,000
 * are distinct, and most of the compile's peak memory).
 */
function keyTheRoot(root: TrieNode): void {
  if (!root.sets) return
  const merged = new Map<TrieNode, Map<TrieNode, TrieNode>>()
  root.next ??= new Map()
  for (const edge of root.sets) {
    for (const key of edge.keys) {
      const mine = root.next.get(key)
      root.next.set(key, mine ? mergeNodes(mine, edge.node, merged) : edge.node)
    }
  }
  root.sets = undefined
}

let compilations = 0

/** How many phrase indexes this process has compiled (the built-in one should be compiled once). */
export function phraseIndexCompilations(): number {
  return compilations
}

const alternationPattern = /\(([^()]*)\)/g

/** A slot name for the n-th alternation: letters only, as slot names are. */
function alternationName(n: number): string {
  let name = ''
  do {
    name = String.fromCharCode(97 + (n % 26)) + name
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return `alternation${name}`
}

/** The slots a lexicon's phrases use, with their groups of choices made into unnamed slots. */
interface Vocabulary {
  slots: Record<string, string[]>
  /** A phrase with each group of choices in brackets replaced by its slot. */
  rewrite: (phrase: string) => string
  /** The chunk for two neighbouring chunks written as one word, when that can be written. */
  joined: (left: string, right: string) => string | undefined
}

/**
 * "(housing|money)-driven", "self-(harm|injury)": a group glued to a word by a hyphen is that word
 * glued to each choice, "(housing-driven|money-driven)", so every choice keeps its hyphenated, spaced
 * and run-together spellings however many choices there are. Two groups glued together are written
 * apart, and then joined as any two neighbours are (see `writtenForms`).
 */
function gluedGroupsApart(phrase: string): string {
  const glue = (choices: string, word: string, after: boolean) =>
    `(${choices
      .split('|')
      .map((choice) => (after ? `${choice.trim()}-${word}` : `${word}-${choice.trim()}`))
      .join('|')})`
  return phrase
    .replace(/\(([^()]*)\)-([\p{L}\p{N}][\p{L}\p{N}'’]*)/gu, (_, choices: string, word: string) => glue(choices, word, true))
    .replace(/(?<![\p{L}\p{N}'’-])([\p{L}\p{N}][\p{L}\p{N}'’]*)-\(([^()]*)\)/gu, (_, word: string, choices: string) => glue(choices, word, false))
    .replace(/\)-\(/g, ') (')
}

/** A joined group holds every pairing of its two sides' choices: past this many it is not written. */
const mostJoinedChoices = 8
const hyphenBetweenLetters = /(?<=\p{L})-(?=\p{L})/u

/**
 * "(mainly|primarily) for access to (cash|money)": each group in brackets is one of its words or
 * phrases. A group becomes an unnamed slot, so its one-word choices are a single step of the phrase
 * trie however many there are, and a family of forms costs what one form does. A group is written the
 * ways its words are: "(self-harm|cutting)" also holds "self harm", and "(internet|online) diagnosed"
 * is also "internet-diagnosed" and "onlinediagnosed" (named slots such as {person} are never joined).
 */
function vocabularyOf(slots: Record<string, string[]>): Vocabulary {
  const all: Record<string, string[]> = {...slots}
  const names = new Map<string, string>()
  const groupOf = (choices: string[]): string => {
    const inner = choices.join('|')
    let name = names.get(inner)
    if (!name) {
      name = alternationName(names.size)
      names.set(inner, name)
      all[name] = choices
    }
    return `{${name}}`
  }
  const rewrite = (phrase: string) =>
    phrase.includes('(')
      ? gluedGroupsApart(phrase).replace(alternationPattern, (_, inner: string) => {
          const choices = inner.split('|').map((choice) => choice.trim().replace(/\s+/g, ' '))
          const spaced = choices.filter((choice) => hyphenBetweenLetters.test(choice)).map((choice) => choice.split(hyphenBetweenLetters).join(' '))
          return groupOf([...new Set([...choices, ...spaced])])
        })
      : phrase
  /** The one-word choices a chunk stands for: itself, or a group's choices; undefined for named slots. */
  const choicesOf = (chunk: string): string[] | undefined => {
    const slot = slotPattern.exec(chunk)
    if (!slot) return [chunk]
    if (slot[0] !== chunk || !(slot[1] ?? '').startsWith('alternation')) return undefined
    // Choices of several words ("social media") are written apart anyway.
    const words = (all[slot[1]!] ?? []).filter((choice) => !/\s/.test(choice))
    return words.length > 0 ? words : undefined
  }
  const joined = (left: string, right: string) => {
    const before = choicesOf(left)
    const after = choicesOf(right)
    if (!before || !after || before.length * after.length > mostJoinedChoices) return undefined
    return groupOf(before.flatMap((first) => after.map((second) => `${first}${second}`)))
  }
  return {slots: all, rewrite, joined}
}

export function compilePhraseIndex(lexicon: Lexicon): PhraseIndex {
  compilations++
  const {context} = lexicon
  const vocabulary = vocabularyOf(lexicon.slots)
  const {rewrite} = vocabulary
  const listsOf = (entry: LexiconEntry) => [entry.match, entry.skipWhenPrecededBy, entry.skipWhenFollowedBy, entry.onlyWhenPrecededBy, entry.onlyWhenFollowedBy, entry.onlyWhenEarlierInSentence].map((list) => list?.map(rewrite))
  // Collect every chunk first so the parser runs once.
  const chunks = new Set<string>()
  const phrases = [...lexicon.entries.flatMap((entry) => listsOf(entry).flatMap((list) => list ?? [])), ...[...context.openFrames, ...context.institutions, ...(context.people ?? []), ...context.between].map(rewrite)]
  for (const phrase of phrases) for (const chunk of chunksOf(phrase, vocabulary)) chunks.add(chunk)
  const tokens = tokenizeChunks([...chunks])
  // Many entries share a context list (every "{others}" guard): build each distinct list once.
  const sets = new Map<string, SequenceSet>()
  const slotSets = new Map<string, ReadonlySet<string>>()
  // Lists differ by a word or two and share most of their phrases: their tries share identical subtrees.
  const sequenceSharer = new SubtreeSharer<SequenceNode>((node) => (node.end ? '1' : ''))
  const setOf = (list: string[] = []) => {
    const key = JSON.stringify(list)
    let set = sets.get(key)
    if (!set) {
      const {size, forward, backward} = new SequenceSet(list.flatMap((phrase) => patternsOf(rewrite(phrase), vocabulary, tokens, slotSets))).tries()
      set = new SequenceSet({size, forward: sequenceSharer.share(forward), backward: sequenceSharer.share(backward)})
      sets.set(key, set)
    }
    return set
  }

  const wordAnchors = new Map<string, number>()
  const exactAnchors = new Map<string, number>()
  const parts: CompiledParts = {
    words: trieNode(),
    exact: trieNode(),
    entries: [],
    openFrames: setOf(context.openFrames),
    institutions: setOf(context.institutions),
    othersAndFamily: setOf([...context.institutions, ...(context.people ?? [])]),
    // One-word items only ("and", "or"), a slot's words spelled out.
    between: new Set(
      context.between
        .flatMap((phrase) => patternsOf(rewrite(phrase), vocabulary, tokens, slotSets))
        .filter((pattern) => pattern.length === 1)
        .flatMap(([step]) => (typeof step === 'string' ? [step] : [...step!]))
    ),
    wordAnchors,
    exactAnchors
  }
  // Slot words ("she", "was", "client", "nurse") are far commoner in notes than most lexicon words.
  const common = new Set<string>()
  for (const words of Object.values(lexicon.slots)) for (const word of words) for (const part of word.split(/\s+/)) for (const token of tokens.get(part) ?? []) common.add(token.key)
  lexicon.entries.forEach((entry, order) => {
    const indexed: IndexedEntry = {
      entry,
      order,
      skipWhenPrecededBy: setOf(entry.skipWhenPrecededBy),
      skipWhenFollowedBy: setOf(entry.skipWhenFollowedBy),
      onlyWhenPrecededBy: setOf(entry.onlyWhenPrecededBy),
      onlyWhenFollowedBy: setOf(entry.onlyWhenFollowedBy),
      onlyWhenEarlierInSentence: setOf(entry.onlyWhenEarlierInSentence)
    }
    parts.entries.push(indexed)
    const field = entry.caseSensitive ? 'exact' : 'key'
    const root = entry.caseSensitive ? parts.exact : parts.words
    for (const phrase of entry.match) {
      for (const pattern of patternsOf(rewrite(phrase), vocabulary, tokens, slotSets, field)) {
        insert(root, pattern, indexed)
        const anchor = anchorOf(pattern, common)
        if (anchor === undefined) continue
        const anchors = entry.caseSensitive ? exactAnchors : wordAnchors
        const places = anchorPlaces(pattern, anchor)
        for (const key of typeof anchor === 'string' ? [anchor] : anchor) anchors.set(key, (anchors.get(key) ?? 0) | places)
      }
    }
  })
  // The same tail reached by different words ("(mainly|primarily) for access to …") is kept once, before
  // and again after the root is keyed (a fresh pass: keying changes nodes the first pass settled).
  const entriesOf = (node: TrieNode) => node.entries?.map((indexed) => indexed.order).join(',') ?? ''
  for (const root of [parts.words, parts.exact]) {
    new SubtreeSharer(entriesOf).share(root)
    keyTheRoot(root)
    new SubtreeSharer(entriesOf).share(root)
  }
  return assemblePhraseIndex(lexicon, parts)
}

/**
 * What compiling a lexicon works out: the tries, each entry's context sets and the anchors. The rest of
 * an index follows cheaply from these and the lexicon, so a precompiled image (index-image.ts) stores
 * only these.
 */
export type CompiledParts = Pick<PhraseIndex, 'words' | 'exact' | 'entries' | 'openFrames' | 'institutions' | 'othersAndFamily' | 'between' | 'wordAnchors' | 'exactAnchors'>

/** The institutions list and the others slot as plain lower-cased words, the family left out. */
function partiesOf(lexicon: Lexicon): ReadonlySet<string> {
  const family = new Set((lexicon.context.people ?? []).map((phrase) => phrase.toLowerCase()))
  const plain = [...lexicon.context.institutions, ...(lexicon.slots.others ?? [])]
    .map((phrase) => phrase.toLowerCase().replace(/\{the\}\s*/g, '').trim())
    .filter((phrase) => phrase !== '' && !/[{}*()]/.test(phrase) && !family.has(phrase))
  return new Set(plain)
}

/** A phrase index from its compiled parts and the lexicon they were compiled from. */
export function assemblePhraseIndex(lexicon: Lexicon, parts: CompiledParts, trieKeys: Iterable<string> = keysOfTrie(parts.words)): PhraseIndex {
  const {context} = lexicon
  return {
    vocabulary: knownWords(lexicon, trieKeys),
    ...parts,
    lexicon,
    byId: new Map(lexicon.entries.map((entry) => [entry.id, entry])),
    // The noun is the phrase's last word: "young person" is a "person" after "the".
    personNouns: new Set((context.personNouns ?? []).map((phrase) => wordKey((phrase.trim().split(/\s+/).at(-1) ?? '').replace(/-/g, '')))),
    parties: partiesOf(lexicon),
    quoteIntroducers: context.quoteIntroducers.map((phrase) => phrase.toLowerCase().replace(/\s+/g, ' ')),
    // Frames that cite someone else's term (a chart, the team, a word): a quote after one is citing.
    openFramePhrases: context.openFrames
      .map((phrase) => phrase.toLowerCase().replace(/\s+/g, ' '))
      .filter((phrase) => /chart|team|doctor|psychiatr|hospital|word|term|label|call|language/.test(phrase)),
    detectors: new Map(lexicon.entries.filter((entry) => entry.detector).map((entry) => [entry.category, entry])),
    wordStarts: new Set(firstKeys(parts.words)),
    exactStarts: new Set(firstKeys(parts.exact))
  }
}

/** Capitalised words that are never anyone's name, though no phrase or list need name them. */
const neverNames = ['everyone', 'everybody', 'someone', 'somebody', 'nobody', 'noone', 'anyone', 'anybody', 'whoever', 'each', 'both', 'either', 'neither', 'all', 'none', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december', 'today', 'tonight', 'tomorrow', 'yesterday']

/**
 * First names that are also words some phrase or list holds ("crystal meth", "a grant", "rose from",
 * "tina" for meth, a name a tuning form spelled out): capitalised, they read as names, so "Amber is a
 * little crazy" is the `{name}` form "Marcus is a little crazy" is. The word's own phrases still match
 * too. Not "Will", "May", "Ward", the months, or words that name streets and services ("Hunter", "River",
 * "Royal", "Bill" as in the Old Bill), which notes write capitalised as the word itself.
 */
const wordsThatAreNames = ['amber', 'crystal', 'faith', 'hope', 'rose', 'dean', 'ray', 'max', 'grant', 'drew', 'pat', 'chase', 'guy', 'art', 'chip', 'charity', 'cherry', 'bud', 'blue', 'grace', 'joy', 'dawn', 'mark', 'jack', 'frank', 'sandy', 'rusty', 'ruby', 'summer', 'autumn', 'destiny', 'mia', 'kai', 'shannon', 'tina', 'ann', 'donna', 'mitch', 'paddy', 'oscar', 'bea', 'lily', 'clyde', 'arthur', 'ada', 'justin', 'tia', 'daisy', 'martha', 'abi', 'belle', 'manon', 'russell', 'nellie', 'gemma', 'kelly', 'brodie', 'tony', 'steve', 'kyle', 'kirsty', 'dale', 'sue', 'ivy', 'heather', 'holly', 'iris', 'jade', 'skye', 'sky', 'brandy', 'candy', 'ginger', 'misty', 'sunny', 'rocky', 'angel', 'precious', 'harmony', 'trinity', 'lance', 'rob', 'sonny', 'dusty', 'stormy', 'dolly', 'penny', 'riley', 'patience', 'prudence', 'honor', 'mercy', 'mick', 'tracy', 'stella', 'elvis', 'ty', 'arun']

/** Every key a trie's edges hold (a compiled trie; an index image lists them as it is read). */
function keysOfTrie(root: TrieNode): Set<string> {
  const keys = new Set<string>()
  const seen = new Set<object>()
  const walk = (node: TrieNode): void => {
    if (seen.has(node)) return
    seen.add(node)
    if (node.next) for (const [key, child] of node.next) keys.add(key), walk(child)
    if (node.wildcard) walk(node.wildcard)
    if (node.sets) for (const edge of node.sets) {
      if (!seen.has(edge.keys)) {
        seen.add(edge.keys)
        for (const key of edge.keys) keys.add(key)
      }
      walk(edge.node)
    }
  }
  walk(root)
  return keys
}

/**
 * The words the lexicon knows: the tries' keys, the slots' words and the context lists' words. Most
 * names are in none of them; a capitalised word that is ("Medication", "Staff", "Family") is a word
 * the lexicon uses, not a name. Made with the index, before any note is parsed: a set this size made
 * in the middle of linting made V8 allocate every later parse tree in the old generation (lint time
 * +35% on the bench notes).
 */
function knownWords(lexicon: Lexicon, trieKeys: Iterable<string>): ReadonlySet<string> {
  const known = new Set<string>(neverNames)
  for (const key of trieKeys) known.add(key)
  const words = (phrase: string) => phrase.split(/\s+/).map((part) => wordKey(part.replace(/-/g, '')))
  for (const list of Object.values(lexicon.slots)) for (const phrase of list) for (const word of words(phrase)) known.add(word)
  const {context} = lexicon
  for (const list of [context.institutions, context.people ?? [], context.personNouns ?? [], context.openFrames]) for (const phrase of list) for (const word of words(phrase)) known.add(word)
  for (const name of wordsThatAreNames) known.delete(name)
  return known
}
