import type {Parent} from 'nlcst'
import {straightenApostrophes, wordKey} from './normalize.js'
import {nameKey, reflexives, type PhraseIndex, type TrieNode} from './phrase-index.js'
import {manySets, targetsBySet} from './sequence-set.js'
import {markDegreeWords} from './degree-words.js'

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
  /** Reads as someone's name ("George", "O'Brien"), so a `{name}` step may take it (see `nameKey`). */
  name?: boolean
  start: number
  end: number
}

/** Pieces of a word relative to the word's start, cached because notes reuse words constantly. */
interface Piece {
  key: string
  exact: string
  word: boolean
  contraction: boolean
  joined: boolean
  from: number
  to: number
  /**
   * The phrase index the three fields below were worked out for. A piece is cached and seen again and
   * again, so the sentence gate looks each word up in the index once, not at every sighting.
   */
  gate: PhraseIndex | undefined
  /** Where the piece stands in the phrases it anchors (see `wordAnchors`); 0 when it anchors none. */
  anchorPlaces: number
  /** Where the piece leads from the root of `words` (by key) and of `exact` (by exact text). */
  first: TrieNode | undefined
  firstExact: TrieNode | undefined
  /** Capitalised like a name and not a word the lexicon knows (worked out with the three fields above). */
  name: boolean
  /** A word a `*` may stand for: any word but a reflexive (see `reflexives`), decided once per piece. */
  anyWord: boolean
}

/** Every piece has every field, so the hot loops see one object shape. */
function newPiece(key: string, exact: string, word: boolean, from: number, to: number, flags: {contraction?: boolean; joined?: boolean} = {}): Piece {
  return {key, exact, word, contraction: flags.contraction === true, joined: flags.joined === true, from, to, gate: undefined, anchorPlaces: 0, first: undefined, firstExact: undefined, name: false, anyWord: word && !reflexives.has(key)}
}

function stamp(piece: Piece, index: PhraseIndex): void {
  piece.gate = index
  piece.anchorPlaces = (index.wordAnchors.get(piece.key) ?? 0) | (index.exactAnchors.get(piece.exact) ?? 0)
  piece.first = index.words.next?.get(piece.key)
  piece.firstExact = index.exact.next?.get(piece.exact)
  piece.name = piece.word && nameShape.test(piece.exact) && !index.vocabulary.has(piece.key)
}

/** "George", "Aroha", "O'Brien", "McKenzie" (and "Mary-Jane", whose hyphen is gone): not "GP", "iPad" or "Pt's". */
const nameShape = /^(?:\p{Lu}['\u2019])?\p{Lu}\p{Ll}+(?:['\u2019]?\p{Lu}\p{Ll}+)*$/u

const separators = /[/&+]/
const leadingNumber = /^(\d+)[-\u2010\u2011](?=\p{L})/u
/** An age glued to its unit or sex ("34yo", "19yof", "45M"): the number and the letters are two words, as in "34 yo". */
const ageShorthand = /^(\d{1,3})(?=(?:yo|yof|yom|yr|yrs|y|m|f)$)/i
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
      newPiece(pronoun.toLowerCase(), pronoun, true, from, from + pronoun.length),
      newPiece(verb, verb, true, from + pronoun.length, from + raw.length, {contraction: true})
    ]
  }
  const exact = straight.replace(hyphens, '')
  if (exact === '') return []
  return [newPiece(wordKey(exact), exact, true, from, from + raw.length)]
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
  // "34yo", "19YOF": an age glued to its unit reads the same way, as "34" and "yo".
  const number = leadingNumber.exec(text) ?? ageShorthand.exec(text)
  if (number) {
    const digits = number[1]!
    pieces.push(newPiece(digits, digits, true, 0, digits.length, {joined: true}))
    from = number[0].length
  }
  for (let index = from; index <= end; index++) {
    const char = text[index]
    if (index === end || (char !== undefined && separators.test(char))) {
      if (index > from) pieces.push(...piece(text.slice(from, index), from))
      if (index < end && char !== undefined) pieces.push(newPiece(char, char, false, index, index + 1))
      from = index + 1
    }
  }
  if (pieceCache.size >= pieceCacheLimit) pieceCache.clear()
  pieceCache.set(text, pieces)
  return pieces
}

type Child = Parent['children'][number]

/**
 * The period of "Ms." or "Dr." belongs to the title: "Educated Ms. Greene on …" is one phrase. So does
 * the period of "St." or "Mt.": "The pharmacy at St. Mary's denied" reads back to "the pharmacy".
 */
const titles = /^(mr|mrs|ms|mx|miss|dr|prof|rev|fr|sr|st|mt|sgt|cpl|pvt|capt|lt|col)\.$/i

/** A word with a period glued on that ends what comes before it ("in. Writer told …"), unlike a title's. */
function endsWithPeriod(word: string): boolean {
  return word.length > 1 && word.charCodeAt(word.length - 1) === 46 /* . */ && !titles.test(word)
}

/**
 * "Riley's" is "Riley is" before "a", "an" or "the", and before words a possessive is never followed by
 * ("Marlon's just bipolar", "Tia's been clean", "Rosa's not compliant"): a possessive wants its noun next.
 */
const nameContraction = /^(\p{Lu}[\p{L}-]*)['\u2019]s$/u
const afterNameContraction = new Set([
  'a', 'an', 'the',
  'just', 'so', 'very', 'really', 'still', 'always', 'never', 'not', 'been', 'being', 'getting', 'quite', 'pretty',
  'too', 'also', 'clearly', 'obviously', 'definitely', 'totally', 'completely', 'probably', 'basically', 'literally',
  'actually', 'absolutely', 'kinda', 'sorta', 'fully', 'constantly', 'usually', 'often',
  'now', 'currently', 'apparently', 'allegedly', 'supposedly', 'def', 'defo', 'extremely', 'increasingly',
  'become', 'gone', 'got', 'gotten'
])
/**
 * "Nathan's bipolar.", "Nathan's clean now": a word of these, ending its clause right after "Name's", is
 * what the person is said to be, not a thing of theirs ("Nathan's bipolar meds", "Nathan's high school").
 */
const stateAfterNameContraction = new Set([
  'bipolar', 'borderline', 'crazy', 'nuts', 'mad', 'psychotic', 'paranoid', 'manic', 'schizophrenic', 'delusional',
  'manipulative', 'noncompliant', 'compliant', 'clean', 'sober', 'dirty', 'using', 'high', 'drunk', 'wasted'
])
/** What may follow such a word and still leave it ending its clause ("Nathan's bipolar and …", "… clean for 90 days"). */
const afterState = new Set(['and', 'but', 'so', 'again', 'now', 'today', 'tonight', 'lately', 'at', 'right', 'this', 'since', 'for', 'as', 'too', 'though', 'anyway', 'or', 'apparently'])

/** Whether the word after the next one is missing, punctuation, or a word of `afterState`. */
function endsClauseAfterNext(children: Child[], index: number, text: string): boolean {
  let seen = 0
  for (let at = index + 1; at < children.length; at++) {
    const child = children[at]!
    if (child.type === 'WhiteSpaceNode') continue
    if (seen === 0) {
      if (child.type !== 'WordNode') return false
      seen = 1
      continue
    }
    if (child.type !== 'WordNode') return child.type === 'PunctuationNode'
    return afterState.has(wordText(child, text).toLowerCase())
  }
  return seen === 1
}

const nameContractionCache = new Map<string, Piece[]>()

/** The text of the next word in `children` after `index`, if only white space comes between. */
function nextWordText(children: Child[], index: number, text: string): string | undefined {
  for (let at = index + 1; at < children.length; at++) {
    const child = children[at]!
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'WordNode') return undefined
    return wordText(child, text)
  }
  return undefined
}

/** The pieces of the word at `index`: as `splitWord`, except that "Name's a …" and "Name's just …" read "Name is …". */
function wordPieces(word: string, children: Child[], index: number, text: string): Piece[] {
  const name = word.length > 2 && (word.endsWith("'s") || word.endsWith('\u2019s')) ? nameContraction.exec(word) : null
  const next = name ? (nextWordText(children, index, text) ?? '').toLowerCase() : ''
  if (name && (afterNameContraction.has(next) || (stateAfterNameContraction.has(next) && endsClauseAfterNext(children, index, text)))) {
    let pieces = nameContractionCache.get(word)
    if (!pieces) {
      const head = name[1]!
      const exact = head.replace(hyphens, '')
      pieces = [
        newPiece(wordKey(exact), exact, true, 0, head.length),
        newPiece('is', 'is', true, head.length, word.length, {contraction: true})
      ]
      if (nameContractionCache.size >= pieceCacheLimit) nameContractionCache.clear()
      nameContractionCache.set(word, pieces)
    }
    return pieces
  }
  return splitWord(word)
}

/**
 * The text of a word as written: a one-piece word's own value, so most words cost no new string and
 * no position is read.
 */
function wordText(child: Child, text: string): string {
  if ('children' in child && child.children.length === 1) {
    const only = child.children[0]!
    if ('value' in only) return only.value
  }
  return text.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0)
}

/** Punctuation and symbols outside words ("," "(" "…"), and the period glued to a word, as pieces. */
const symbolPieces = new Map<string, Piece>()

function symbolPiece(value: string): Piece {
  let piece = symbolPieces.get(value)
  if (!piece) {
    piece = newPiece(value, value, false, 0, value.length)
    if (symbolPieces.size >= pieceCacheLimit) symbolPieces.clear()
    symbolPieces.set(value, piece)
  }
  return piece
}

// Scratch space for `matchStarts`, reused for every sentence so the gate allocates little.
const scratch: Piece[] = []
/** Per token of the sentence in `scratch`: 1 where some anchor says a phrase may start. */
let candidates = new Uint8Array(256)
/** Whether the sentence in `scratch` holds a degree word a phrase may step over (see degree-words.ts). */
let degreeSeen = false
/** Per token of the sentence in `scratch`: 1 where it is such a degree word. */
let degreeMarks = new Uint8Array(256)

/** Whether a trie path from `node` reaches a phrase, `at` being the next piece (`visit` in match.ts, context aside). */
function reaches(node: TrieNode, byKey: boolean, at: number, length: number): boolean {
  if (node.entries) return true
  if (at >= length) return false
  const piece = scratch[at]!
  const key = byKey ? piece.key : piece.exact
  if (degreeSeen && degreeMarks[at] === 1 && reaches(node, byKey, at + 1, length)) return true
  const next = node.next?.get(key)
  if (next && reaches(next, byKey, at + 1, length)) return true
  if (piece.name && byKey) {
    const named = node.next?.get(nameKey)
    if (named && reaches(named, byKey, at + 1, length)) return true
  }
  if (node.wildcard !== undefined && piece.anyWord) {
    if (reaches(node.wildcard, byKey, at + 1, length)) return true
    if (piece.joined && reaches(node.wildcard, byKey, at + 2, length)) return true
  }
  const sets = node.sets
  if (sets === undefined) return false
  if (sets.length < manySets) {
    for (const edge of sets) if (edge.keys.has(key) && reaches(edge.node, byKey, at + 1, length)) return true
    return false
  }
  const targets = targetsBySet(node).get(key)
  if (targets) for (const target of targets) if (reaches(target, byKey, at + 1, length)) return true
  return false
}

/**
 * Where in a sentence some phrase of the tries could start matching, context aside, as token indexes
 * (the tokens `sentenceTokens` gives); empty when none can. Most sentences hold none: this answers
 * from the cached word pieces without building a single token, and only sentences it lets through are
 * tokenized and matched in full, from these places only. It may name a place where nothing turns out
 * to match, never miss one where something does.
 */
export function matchStarts(sentence: Parent, text: string, index: PhraseIndex): number[] {
  let length = 0
  let anchored = false
  const children = sentence.children
  for (let at = 0; at < children.length; at++) {
    const child = children[at]!
    const type = child.type
    if (type === 'WhiteSpaceNode') continue
    if (type === 'WordNode') {
      const word = wordText(child, text)
      const pieces = wordPieces(word, children, at, text)
      for (let p = 0; p < pieces.length; p++) {
        const piece = pieces[p]!
        if (piece.gate !== index) stamp(piece, index)
        if (piece.anchorPlaces !== 0) anchored = true
        scratch[length++] = piece
      }
      if (endsWithPeriod(word)) {
        const period = symbolPiece('.')
        if (period.gate !== index) stamp(period, index)
        if (period.anchorPlaces !== 0) anchored = true
        scratch[length++] = period
      }
    } else {
      const piece = symbolPiece('value' in child ? child.value : text.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0))
      if (piece.gate !== index) stamp(piece, index)
      if (piece.anchorPlaces !== 0) anchored = true
      scratch[length++] = piece
    }
  }
  const starts: number[] = []
  if (!anchored) return starts
  // A phrase can only start where one of its anchors says it can: a few words before each anchor
  // in the sentence, not at every "the", "she" or "was" (each starts hundreds of phrases).
  if (candidates.length < length) candidates = new Uint8Array(Math.max(length, candidates.length * 2))
  if (degreeMarks.length < length) degreeMarks = new Uint8Array(Math.max(length, degreeMarks.length * 2))
  degreeSeen = markDegreeWords(scratch, length, degreeMarks)
  candidates.fill(0, 0, length)
  for (let at = 0; at < length; at++) {
    const places = scratch[at]!.anchorPlaces
    if (places === 0) continue
    if (places === -1) {
      candidates.fill(1, 0, at + 1)
      continue
    }
    for (let back = 0; back <= at && places >>> back !== 0; back++) {
      if (((places >>> back) & 1) === 0) continue
      candidates[at - back] = 1
      if (degreeSeen) markPastDegreeWords(at, back)
    }
  }
  // A phrase starting with `*` (no first key) is looked for from every word.
  const wildStart = index.words.wildcard !== undefined || index.exact.wildcard !== undefined || index.words.sets !== undefined || index.exact.sets !== undefined
  const nameFirst = index.words.next?.get(nameKey)
  for (let from = 0; from < length; from++) {
    if (candidates[from] === 0) continue
    const piece = scratch[from]!
    if (!piece.word) continue
    if (
      (piece.first && reaches(piece.first, true, from + 1, length)) ||
      (piece.name && nameFirst && reaches(nameFirst, true, from + 1, length)) ||
      (piece.firstExact && reaches(piece.firstExact, false, from + 1, length)) ||
      (wildStart && (reachesFromRoot(index.words, true, from, length) || reachesFromRoot(index.exact, false, from, length)))
    ) {
      starts.push(from)
    }
  }
  return starts
}

/**
 * The degree words of the sentence `matchStarts` last let through, by the same token indexes that
 * `sentenceTokens` gives it; undefined when it has none. The matcher reads them rather than working
 * them out again, so it is only valid until the next `matchStarts`.
 */
export function gatedDegreeWords(): Uint8Array | undefined {
  return degreeSeen ? degreeMarks : undefined
}

/**
 * A phrase whose anchor stands `back` words into it starts further back when the sentence has degree
 * words the match steps over ("is *completely* bonkers"): every place from the literal start back to
 * the start with all of them stepped over may be where it starts.
 */
function markPastDegreeWords(at: number, back: number): void {
  let position = at
  let steps = back
  while (steps > 0 && position > 0) {
    position--
    if (degreeMarks[position] !== 1) steps--
  }
  candidates.fill(1, position, at - back + 1)
}

/** As `reaches` from a trie's root, through its wildcard and slot edges only (its keys are `first`). */
function reachesFromRoot(root: TrieNode, byKey: boolean, at: number, length: number): boolean {
  const piece = scratch[at]!
  if (root.wildcard && piece.anyWord && (reaches(root.wildcard, byKey, at + 1, length) || (piece.joined && reaches(root.wildcard, byKey, at + 2, length)))) return true
  const key = byKey ? piece.key : piece.exact
  if (root.sets) for (const edge of root.sets) if (edge.keys.has(key) && reaches(edge.node, byKey, at + 1, length)) return true
  return false
}

/** Tokens of one sentence (or any nlcst parent), in order; white space is skipped. */
const plainWord = /^[A-Za-z]+$/

/**
 * The token of a word of plain ASCII letters, as the parser gives it, without a parse; undefined for
 * anything else (digits, marks, apostrophes, other letters). The phrase index tokenizes tens of
 * thousands of lexicon words, nearly all plain.
 */
export function plainWordTokens(word: string): Token[] | undefined {
  if (!plainWord.test(word)) return undefined
  return [{key: wordKey(word), exact: word, word: true, start: 0, end: word.length}]
}

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
      const word = wordText(child, text)
      for (const piece of wordPieces(word, children, index, text)) {
        const token: Token = {key: piece.key, exact: piece.exact, word: piece.word, start: start + piece.from, end: start + piece.to}
        if (piece.contraction) token.contraction = true
        if (piece.joined) token.joined = true
        // Stamped by `matchStarts` for this sentence's index just before.
        if (piece.name) token.name = true
        tokens.push(token)
      }
      // A period glued to a word ("in. Writer told …") still ends what comes before it for context
      // checks, though the word itself is compared without it.
      if (endsWithPeriod(word)) tokens.push({key: '.', exact: '.', word: false, start: end - 1, end})
    } else {
      const value = text.slice(start, end)
      tokens.push({key: value, exact: value, word: false, start, end})
    }
  }
  return tokens
}
