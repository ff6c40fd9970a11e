// matchLexicon: one pass over each sentence's tokens, walking the phrase trie from every word, then
// context checks, then overlap resolution (the longest match wins; one finding per span).
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Category, LexiconEntry} from '../lexicon/types.js'
import type {IndexedEntry, KeySequence, PhraseIndex, TrieNode} from './phrase-index.js'
import {findQuoteSpans, insideSpan, type Span} from './quotes.js'
import {sentenceTokens, type Token} from './tokens.js'

/** What a category rule may look at to decide whether a match is drift. */
export interface MatchContext {
  tokens: Token[]
  /** Index of the first token of the match. */
  from: number
  /** Index after the last token of the match. */
  to: number
  entry: LexiconEntry
  index: PhraseIndex
  text: string
}

/** A category's own judgement on a match, beyond what the lexicon data says. */
export type MatchFilter = (context: MatchContext) => boolean

export interface Match {
  entry: LexiconEntry
  start: number
  end: number
  /** Inside quotation marks: the person's own words. */
  quoted: boolean
}

/** True when the tokens ending just before `at` (exclusive) spell `sequence`. */
export function endsWith(tokens: Token[], at: number, sequence: KeySequence, field: 'key' | 'exact' = 'key'): boolean {
  if (sequence.length > at) return false
  for (let offset = 1; offset <= sequence.length; offset++) {
    if (tokens[at - offset]?.[field] !== sequence[sequence.length - offset]) return false
  }
  return true
}

/** True when the tokens starting at `at` spell `sequence`. */
export function startsWith(tokens: Token[], at: number, sequence: KeySequence): boolean {
  if (at + sequence.length > tokens.length) return false
  return sequence.every((key, offset) => tokens[at + offset]?.key === key)
}

/** Open frames ("was diagnosed with", "a diagnosis of") may stand up to three words before a match. */
function afterOpenFrame(tokens: Token[], from: number, index: PhraseIndex): boolean {
  for (let gap = 0; gap <= 3 && from - gap > 0; gap++) {
    const at = from - gap
    if (index.openFrames.some((frame) => endsWith(tokens, at, frame))) return true
    const between = tokens[at - 1]
    if (between && !between.word && /[.,;:!?]/.test(between.key)) return false
  }
  return false
}

function passesEntryContext(indexed: IndexedEntry, tokens: Token[], from: number, to: number): boolean {
  if (indexed.skipWhenPrecededBy.some((sequence) => endsWith(tokens, from, sequence))) return false
  if (indexed.skipWhenFollowedBy.some((sequence) => startsWith(tokens, to, sequence))) return false
  if (indexed.onlyWhenPrecededBy.length > 0 && !indexed.onlyWhenPrecededBy.some((s) => endsWith(tokens, from, s))) return false
  if (indexed.onlyWhenFollowedBy.length > 0 && !indexed.onlyWhenFollowedBy.some((s) => startsWith(tokens, to, s))) return false
  return true
}

interface Candidate {
  indexed: IndexedEntry
  start: number
  end: number
}

function collect(
  root: TrieNode,
  field: 'key' | 'exact',
  tokens: Token[],
  from: number,
  accept: (indexed: IndexedEntry, to: number) => boolean,
  best: Candidate | undefined
): Candidate | undefined {
  let node: TrieNode | undefined = root
  for (let at = from; at < tokens.length; at++) {
    node = node.next.get(tokens[at]![field])
    if (!node) break
    if (!node.entries) continue
    for (const indexed of node.entries) {
      if (!accept(indexed, at + 1)) continue
      const first = tokens[from]!
      const start = first.contraction ? tokens[from - 1]!.start : first.start
      const end = tokens[at]!.end
      const longer = !best || end - start > best.end - best.start
      const tieWon = best && end - start === best.end - best.start && indexed.order < best.indexed.order
      if (longer || tieWon) best = {indexed, start, end}
    }
  }
  return best
}

/**
 * All lexicon matches in a tree for the enabled categories, after context checks and overlap
 * resolution, in document order.
 */
export function matchLexicon(
  tree: Root,
  text: string,
  index: PhraseIndex,
  filters: ReadonlyMap<Category, MatchFilter | undefined>
): Match[] {
  const matches: Match[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    matchParagraph(paragraph, text, index, filters, matches)
  }
  return matches
}

function matchParagraph(
  paragraph: Paragraph,
  text: string,
  index: PhraseIndex,
  filters: ReadonlyMap<Category, MatchFilter | undefined>,
  matches: Match[]
): void {
  let quotes: Span[] | undefined
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    const candidates = matchSentence(sentence, text, index, filters)
    if (candidates.length === 0) continue
    if (!quotes) {
      const start = paragraph.position?.start.offset ?? 0
      const end = paragraph.position?.end.offset ?? text.length
      quotes = findQuoteSpans(text.slice(start, end), start)
    }
    for (const {indexed, start, end} of candidates) {
      matches.push({entry: indexed.entry, start, end, quoted: insideSpan(quotes, start, end)})
    }
  }
}

function matchSentence(
  sentence: Sentence,
  text: string,
  index: PhraseIndex,
  filters: ReadonlyMap<Category, MatchFilter | undefined>
): Candidate[] {
  const tokens = sentenceTokens(sentence, text)
  const found: Candidate[] = []
  for (let from = 0; from < tokens.length; from++) {
    if (!tokens[from]!.word) continue
    const accept = (indexed: IndexedEntry, to: number): boolean => {
      const category = indexed.entry.category
      if (!filters.has(category)) return false
      if (!passesEntryContext(indexed, tokens, from, to)) return false
      if (afterOpenFrame(tokens, from, index)) return false
      const filter = filters.get(category)
      return !filter || filter({tokens, from, to, entry: indexed.entry, index, text})
    }
    let best = collect(index.words, 'key', tokens, from, accept, undefined)
    best = collect(index.exact, 'exact', tokens, from, accept, best)
    if (best) found.push(best)
  }
  if (found.length < 2) return found
  // Longest first; a shorter match that overlaps an accepted one is dropped.
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Candidate[] = []
  for (const candidate of byLength) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start)
}
