// matchLexicon: one pass over each sentence's tokens, walking the phrase trie from every word, then
// context checks, then overlap resolution (the longest match wins; one finding per span).
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Category, LexiconEntry} from '../lexicon/types.js'
import {wildcard, type IndexedEntry, type KeySequence, type PhraseIndex, type TrieNode} from './phrase-index.js'
import {findQuoteSpans, insideSpan, type Span} from './quotes.js'
import type {Detection, QuoteContext} from './scare-quotes.js'
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

/** A category's own finder for an entry that no word list describes (its entry has `detector`). */
export type Detect = (context: QuoteContext) => Detection[]

/** What an enabled category adds to the lexicon data. */
export interface CategoryHooks {
  filter?: MatchFilter
  detect?: Detect
}

export interface Match {
  entry: LexiconEntry
  start: number
  end: number
  /** Inside quotation marks: the person's own words. */
  quoted: boolean
}

const same = (token: Token | undefined, key: string | undefined) => token !== undefined && (token.key === key || (key === wildcard && token.word))

/** True when the tokens ending just before `at` (exclusive) spell `sequence`. */
export function endsWith(tokens: Token[], at: number, sequence: KeySequence): boolean {
  if (sequence.length > at) return false
  for (let offset = 1; offset <= sequence.length; offset++) {
    if (!same(tokens[at - offset], sequence[sequence.length - offset])) return false
  }
  return true
}

/** True when the tokens starting at `at` spell `sequence`. */
export function startsWith(tokens: Token[], at: number, sequence: KeySequence): boolean {
  if (at + sequence.length > tokens.length) return false
  return sequence.every((key, offset) => same(tokens[at + offset], key))
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

const quoteMarks = /["'\u2018\u201C]/

interface Candidate {
  indexed: IndexedEntry
  start: number
  end: number
}

/** Walks the trie from token `from`, keeping the longest accepted match (earlier entries win ties). */
function collect(
  root: TrieNode,
  field: 'key' | 'exact',
  tokens: Token[],
  from: number,
  accept: (indexed: IndexedEntry, to: number) => boolean,
  best: Candidate | undefined
): Candidate | undefined {
  const first = tokens[from]!
  const start = first.contraction ? tokens[from - 1]!.start : first.start
  const visit = (node: TrieNode, at: number): void => {
    if (node.entries && at > from) {
      const end = tokens[at - 1]!.end
      for (const indexed of node.entries) {
        const longer = !best || end - start > best.end - best.start
        const tieWon = best && end - start === best.end - best.start && indexed.order < best.indexed.order
        if ((longer || tieWon) && accept(indexed, at)) best = {indexed, start, end}
      }
    }
    const token = tokens[at]
    if (!token) return
    const next = node.next.get(token[field])
    if (next) visit(next, at + 1)
    if (node.wildcard && token.word) visit(node.wildcard, at + 1)
  }
  visit(root, from)
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
  hooks: ReadonlyMap<Category, CategoryHooks>
): Match[] {
  const matches: Match[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    matchParagraph(paragraph, text, index, hooks, matches)
  }
  return matches
}

function matchParagraph(
  paragraph: Paragraph,
  text: string,
  index: PhraseIndex,
  hooks: ReadonlyMap<Category, CategoryHooks>,
  matches: Match[]
): void {
  const paragraphStart = paragraph.position?.start.offset ?? 0
  const paragraphEnd = paragraph.position?.end.offset ?? text.length
  let quotes: Span[] | undefined
  const quoteSpans = () => (quotes ??= findQuoteSpans(text.slice(paragraphStart, paragraphEnd), paragraphStart))
  const found: Match[] = []
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const {indexed, start, end} of matchSentence(sentence, text, index, hooks)) {
      found.push({entry: indexed.entry, start, end, quoted: insideSpan(quoteSpans(), start, end)})
    }
  }
  for (const [category, {detect}] of hooks) {
    if (!detect || !quoteMarks.test(text.slice(paragraphStart, paragraphEnd))) continue
    const entry = index.detectors.get(category)
    if (!entry) continue
    const context: QuoteContext = {
      text: text.slice(paragraphStart, paragraphEnd),
      offset: paragraphStart,
      spans: quoteSpans(),
      introducers: index.quoteIntroducers,
      hasLexiconMatch: (start, end) => found.some((match) => match.start >= start && match.end <= end)
    }
    for (const {start, end} of detect(context)) found.push({entry, start, end, quoted: false})
  }
  matches.push(...found.sort((a, b) => a.start - b.start))
}

function matchSentence(
  sentence: Sentence,
  text: string,
  index: PhraseIndex,
  hooks: ReadonlyMap<Category, CategoryHooks>
): Candidate[] {
  const tokens = sentenceTokens(sentence, text)
  const found: Candidate[] = []
  for (let from = 0; from < tokens.length; from++) {
    if (!tokens[from]!.word) continue
    const accept = (indexed: IndexedEntry, to: number): boolean => {
      const category = indexed.entry.category
      const categoryHooks = hooks.get(category)
      if (!categoryHooks) return false
      if (!passesEntryContext(indexed, tokens, from, to)) return false
      if (afterOpenFrame(tokens, from, index)) return false
      return !categoryHooks.filter || categoryHooks.filter({tokens, from, to, entry: indexed.entry, index, text})
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
