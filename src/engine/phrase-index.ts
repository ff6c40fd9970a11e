// The phrase index: every match form of every entry, expanded (slots, hyphen and joined spellings)
// and tokenized by the same parser that reads notes, in a trie keyed by token. It is built once per
// lexicon per process; matching a sentence is then one trie walk from each word.
import type {Paragraph, Root} from 'nlcst'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Lexicon, LexiconEntry} from '../lexicon/types.js'
import {sentenceTokens, type Token} from './tokens.js'

/** A token sequence to compare against: keys for ordinary words, exact text for abbreviations. */
export type KeySequence = string[]

export interface IndexedEntry {
  entry: LexiconEntry
  /** Position in the lexicon: earlier entries win ties between equally long matches. */
  order: number
  skipWhenPrecededBy: KeySequence[]
  skipWhenFollowedBy: KeySequence[]
  onlyWhenPrecededBy: KeySequence[]
  onlyWhenFollowedBy: KeySequence[]
}

export interface TrieNode {
  next: Map<string, TrieNode>
  entries?: IndexedEntry[]
}

export interface PhraseIndex {
  lexicon: Lexicon
  /** Entries matched on lower-cased keys. */
  words: TrieNode
  /** Case-sensitive entries (abbreviations), matched on exact text. */
  exact: TrieNode
  entries: IndexedEntry[]
  byId: Map<string, LexiconEntry>
  openFrames: KeySequence[]
  institutions: KeySequence[]
  between: Set<string>
}

const slotPattern = /\{([a-z]+)\}/

/** "{be} {a} borderline" → "is a borderline", "was an borderline", …: one string per combination. */
export function expandSlots(phrase: string, slots: Record<string, string[]>): string[] {
  const found = slotPattern.exec(phrase)
  if (!found) return [phrase]
  const words = slots[found[1] ?? ''] ?? []
  return words.flatMap((word) => expandSlots(phrase.replace(found[0], word), slots))
}

/** "non-compliant" is also written "non compliant" (the joined form comes from the token key). */
function spellings(phrase: string): string[] {
  const spaced = phrase.replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
  return spaced === phrase ? [phrase] : [phrase, spaced]
}

/** Tokenizes many phrases with one parse: each phrase becomes its own paragraph. */
function tokenizePhrases(phrases: string[]): Token[][] {
  const parser = unified().use(retextEnglish)
  const tokenize = (text: string): Token[][] => {
    const tree = parser.parse(text) as Root
    return tree.children
      .filter((node): node is Paragraph => node.type === 'ParagraphNode')
      .map((paragraph) => paragraph.children.flatMap((sentence) => ('children' in sentence ? sentenceTokens(sentence, text) : [])))
  }
  const together = tokenize(phrases.join('\n\n'))
  if (together.length === phrases.length) return together
  // Some phrase split into paragraphs of its own: fall back to one parse per phrase.
  return phrases.map((phrase) => tokenize(phrase).flat())
}

/** "med compliance" is also written "medcompliance"/"med-compliance": every way of joining neighbours. */
function joinedVariants(tokens: Token[], field: 'key' | 'exact'): KeySequence[] {
  let variants: KeySequence[] = [[]]
  tokens.forEach((token, index) => {
    const value = token[field]
    const previous = tokens[index - 1]
    const joinable = index > 0 && token.word && previous?.word && tokens.length <= 5
    variants = variants.flatMap((variant) => {
      const apart = [...variant, value]
      if (!joinable) return [apart]
      return [apart, [...variant.slice(0, -1), `${variant.at(-1) ?? ''}${value}`]]
    })
  })
  return variants
}

function insert(root: TrieNode, sequence: KeySequence, entry: IndexedEntry): void {
  let node = root
  for (const key of sequence) {
    let next = node.next.get(key)
    if (!next) {
      next = {next: new Map()}
      node.next.set(key, next)
    }
    node = next
  }
  node.entries ??= []
  if (!node.entries.includes(entry)) node.entries.push(entry)
}

export function compilePhraseIndex(lexicon: Lexicon): PhraseIndex {
  const expand = (phrases: string[] = []) => phrases.flatMap((p) => expandSlots(p, lexicon.slots)).flatMap(spellings)
  // Collect every phrase first so the parser runs once.
  const wanted = new Set<string>()
  const plan = lexicon.entries.map((entry) => {
    const lists = {
      match: expand(entry.match),
      skipWhenPrecededBy: expand(entry.skipWhenPrecededBy),
      skipWhenFollowedBy: expand(entry.skipWhenFollowedBy),
      onlyWhenPrecededBy: expand(entry.onlyWhenPrecededBy),
      onlyWhenFollowedBy: expand(entry.onlyWhenFollowedBy)
    }
    for (const list of Object.values(lists)) for (const phrase of list) wanted.add(phrase)
    return {entry, lists}
  })
  const context = {
    openFrames: expand(lexicon.context.openFrames),
    institutions: expand(lexicon.context.institutions),
    between: expand(lexicon.context.between)
  }
  for (const list of Object.values(context)) for (const phrase of list) wanted.add(phrase)
  const phrases = [...wanted]
  const tokenized = new Map(tokenizePhrases(phrases).map((tokens, index) => [phrases[index] ?? '', tokens]))
  const keysOf = (list: string[]) => list.flatMap((phrase) => joinedVariants(tokenized.get(phrase) ?? [], 'key'))

  const index: PhraseIndex = {
    lexicon,
    words: {next: new Map()},
    exact: {next: new Map()},
    entries: [],
    byId: new Map(lexicon.entries.map((entry) => [entry.id, entry])),
    openFrames: keysOf(context.openFrames),
    institutions: keysOf(context.institutions),
    between: new Set(keysOf(context.between).filter((keys) => keys.length === 1).map((keys) => keys[0]!))
  }
  plan.forEach(({entry, lists}, order) => {
    const indexed: IndexedEntry = {
      entry,
      order,
      skipWhenPrecededBy: keysOf(lists.skipWhenPrecededBy),
      skipWhenFollowedBy: keysOf(lists.skipWhenFollowedBy),
      onlyWhenPrecededBy: keysOf(lists.onlyWhenPrecededBy),
      onlyWhenFollowedBy: keysOf(lists.onlyWhenFollowedBy)
    }
    index.entries.push(indexed)
    const field = entry.caseSensitive ? 'exact' : 'key'
    const root = entry.caseSensitive ? index.exact : index.words
    for (const phrase of lists.match) {
      for (const sequence of joinedVariants(tokenized.get(phrase) ?? [], field)) {
        if (sequence.length > 0) insert(root, sequence, indexed)
      }
    }
  })
  return index
}
