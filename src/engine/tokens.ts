import type {Parent} from 'nlcst'
import {straightenApostrophes, wordKey} from './normalize.js'
import type {PhraseIndex, TrieNode} from './phrase-index.js'

/**
 * A token is what phrases are matched on: a word (or a separator inside one, like the slash in
 * "SI/HI"), with its compare key, its exact text for case-sensitive abbreviations, and its offsets.
 */
export interface Token {
  /** Lower-cased, US-spelled, hyphen-free form. */
  key: string
  /** Apostrophes straightened, hyphens removed, case kept: for case-sensitive entries. */
  exact: string
  /** True for words; false for punctuation and separators. */
  word: boolean
  /** The "'s" of "she's": a match starting here is reported from the start of the whole word. */
  contraction?: boolean
  /** A number glued to the next token by a hyphen ("34" of "34-year-old"): a `*` may take both as one word. */
  joined?: boolean
  start: number
  end: number
}

/** Pieces of a word relative to the word's start, cached because notes reuse words constantly. */
type Piece = Omit<Token, 'start' | 'end'> & {from: number; to: number}

const separators = /[/&+]/
const leadingNumber = /^(\d+)[-\u2010\u2011](?=\p{L})/u
const hyphens = /[-\u2010\u2011]/g
/** "he's" is "he is": lets `{be}` slots see contractions with pronouns (not possessives like "John's"). */
const pronounContraction = /^(he|she|it|that|there|who|what|they|we|you|i)'(s|re|m)$/i
const contractionWord: Record<string, string> = {s: 'is', re: 'are', m: 'am'}

const pieceCache = new Map<string, Piece[]>()
const pieceCacheLimit = 50_000

function piece(raw: string, from: number): Piece[] {
  const straight = straightenApostrophes(raw)
  const contraction = pronounContraction.exec(straight)
  if (contraction) {
    const pronoun = contraction[1] ?? ''
    const verb = contractionWord[(contraction[2] ?? '').toLowerCase()] ?? ''
    return [
      {key: pronoun.toLowerCase(), exact: pronoun, word: true, from, to: from + pronoun.length},
      {key: verb, exact: verb, word: true, contraction: true, from: from + pronoun.length, to: from + raw.length}
    ]
  }
  const exact = straight.replace(hyphens, '')
  if (exact === '') return []
  return [{key: wordKey(exact), exact, word: true, from, to: from + raw.length}]
}

function splitWord(text: string): Piece[] {
  const cached = pieceCache.get(text)
  if (cached) return cached
  // A word can carry a sentence-final period ("agitated." before a lowercase word) or be an
  // abbreviation ("pt."): the period is not part of what we compare.
  let end = text.length
  while (end > 1 && text.charCodeAt(end - 1) === 46 /* . */) end--
  const pieces: Piece[] = []
  let from = 0
  // "34-year-old", "15-minute", "4-point": the number is a word of its own, so "year-old" and "minute
  // checks" read the same after any number, and an age before a label can be seen.
  const number = leadingNumber.exec(text)
  if (number) {
    const digits = number[1]!
    pieces.push({key: digits, exact: digits, word: true, joined: true, from: 0, to: digits.length})
    from = number[0].length
  }
  for (let index = from; index <= end; index++) {
    const char = text[index]
    if (index === end || (char !== undefined && separators.test(char))) {
      if (index > from) pieces.push(...piece(text.slice(from, index), from))
      if (index < end && char !== undefined) pieces.push({key: char, exact: char, word: false, from: index, to: index + 1})
      from = index + 1
    }
  }
  if (pieceCache.size >= pieceCacheLimit) pieceCache.clear()
  pieceCache.set(text, pieces)
  return pieces
}

type Child = Parent['children'][number]

/** "Riley's" before "a", "an" or "the" is "Riley is": a possessive is never followed by an article. */
const nameContraction = /^(\p{Lu}[\p{L}-]*)['\u2019]s$/u
const articles = new Set(['a', 'an', 'the'])
const nameContractionCache = new Map<string, Piece[]>()

/** The text of the next word in `children` after `index`, if only white space comes between. */
function nextWordText(children: Child[], index: number, text: string): string | undefined {
  for (let at = index + 1; at < children.length; at++) {
    const child = children[at]!
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'WordNode') return undefined
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    return start === undefined || end === undefined ? undefined : wordText(child, text, start, end)
  }
  return undefined
}

/** The pieces of the word at `index`: as `splitWord`, except that "Name's a …" reads "Name is a …". */
function wordPieces(word: string, children: Child[], index: number, text: string): Piece[] {
  const name = word.length > 2 && (word.endsWith("'s") || word.endsWith('\u2019s')) ? nameContraction.exec(word) : null
  if (name && articles.has((nextWordText(children, index, text) ?? '').toLowerCase())) {
    let pieces = nameContractionCache.get(word)
    if (!pieces) {
      const head = name[1]!
      const exact = head.replace(hyphens, '')
      pieces = [
        {key: wordKey(exact), exact, word: true, from: 0, to: head.length},
        {key: 'is', exact: 'is', word: true, contraction: true, from: head.length, to: word.length}
      ]
      if (nameContractionCache.size >= pieceCacheLimit) nameContractionCache.clear()
      nameContractionCache.set(word, pieces)
    }
    return pieces
  }
  return splitWord(word)
}

/** The text of a word as written: a one-piece word's own value, so most words cost no new string. */
function wordText(child: Child, text: string, start: number, end: number): string {
  if ('children' in child && child.children.length === 1) {
    const only = child.children[0]!
    if ('value' in only) return only.value
  }
  return text.slice(start, end)
}

// Scratch space for `sentenceMayMatch`, reused for every sentence so the check allocates nothing.
const scratchKeys: string[] = []
const scratchExact: string[] = []
const scratchWord: boolean[] = []
const scratchJoined: boolean[] = []

/** Whether a trie path from token `from` reaches a phrase (`visit` in match.ts, without the context checks). */
function reaches(node: TrieNode, keys: string[], from: number, at: number, length: number): boolean {
  if (node.entries && at > from) return true
  if (at >= length) return false
  const key = keys[at]!
  const next = node.next?.get(key)
  if (next && reaches(next, keys, from, at + 1, length)) return true
  if (node.wildcard !== undefined && scratchWord[at]!) {
    if (reaches(node.wildcard, keys, from, at + 1, length)) return true
    if (scratchJoined[at] && reaches(node.wildcard, keys, from, at + 2, length)) return true
  }
  if (node.sets) for (const edge of node.sets) if (edge.keys.has(key) && reaches(edge.node, keys, from, at + 1, length)) return true
  return false
}

/**
 * True when some phrase of the tries could match in the sentence, context aside. Most sentences hold
 * none: this answers from the cached word pieces without building a single token, and only sentences
 * it lets through are tokenized and matched in full.
 */
export function sentenceMayMatch(sentence: Parent, text: string, index: PhraseIndex): boolean {
  const {words, exact, wordAnchors, exactAnchors} = index
  let length = 0
  let anchored = false
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'WhiteSpaceNode') continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    if (child.type === 'WordNode') {
      const word = wordText(child, text, start, end)
      for (const piece of wordPieces(word, children, index, text)) {
        scratchKeys[length] = piece.key
        scratchExact[length] = piece.exact
        scratchWord[length] = piece.word
        scratchJoined[length] = piece.joined === true
        length++
        if (!anchored) anchored = wordAnchors.has(piece.key) || exactAnchors.has(piece.exact)
      }
      if (word.length > 1 && word.endsWith('.')) {
        if (!anchored) anchored = wordAnchors.has('.') || exactAnchors.has('.')
        scratchKeys[length] = scratchExact[length] = '.'
        scratchWord[length] = false
        scratchJoined[length] = false
        length++
      }
    } else {
      const value = 'value' in child ? child.value : text.slice(start, end)
      if (!anchored) anchored = wordAnchors.has(value) || exactAnchors.has(value)
      scratchKeys[length] = scratchExact[length] = value
      scratchWord[length] = false
      scratchJoined[length] = false
      length++
    }
  }
  if (!anchored) return false
  for (let from = 0; from < length; from++) {
    if (!scratchWord[from]) continue
    if (reaches(words, scratchKeys, from, from, length) || reaches(exact, scratchExact, from, from, length)) return true
  }
  return false
}

/** Tokens of one sentence (or any nlcst parent), in order; white space is skipped. */
export function sentenceTokens(sentence: Parent, text: string): Token[] {
  const tokens: Token[] = []
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'WhiteSpaceNode') continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    if (child.type === 'WordNode') {
      const word = wordText(child, text, start, end)
      for (const piece of wordPieces(word, children, index, text)) {
        const token: Token = {key: piece.key, exact: piece.exact, word: piece.word, start: start + piece.from, end: start + piece.to}
        if (piece.contraction) token.contraction = true
        if (piece.joined) token.joined = true
        tokens.push(token)
      }
      // A period glued to a word ("in. Writer told …") still ends what comes before it for context
      // checks, though the word itself is compared without it.
      if (word.length > 1 && word.endsWith('.')) tokens.push({key: '.', exact: '.', word: false, start: end - 1, end})
    } else {
      const value = text.slice(start, end)
      tokens.push({key: value, exact: value, word: false, start, end})
    }
  }
  return tokens
}
