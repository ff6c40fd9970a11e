// matchLexicon: one pass over each sentence's tokens, walking the phrase trie from every word, then
// context checks, then overlap resolution (the longest match wins; one finding per span).
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Category, LexiconEntry} from '../lexicon/types.js'
import {nameKey, reflexives, type IndexedEntry, type PhraseIndex, type TrieNode} from './phrase-index.js'
import {manySets, targetsBySet, type SequenceSet} from './sequence-set.js'
import {isBareRelation, objectOfContact} from './context.js'
import {findQuoteSpans, insideSpan, type Span} from './quotes.js'
import type {Detection, QuoteContext} from './scare-quotes.js'
import {gatedDegreeWords, matchStarts, sentenceTokens, type Token} from './tokens.js'

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

const reportingVerbs = new Set(['says', 'said', 'say', 'told'])

/**
 * "She says she is …", "he told me he was …" are the person describing themselves; "her sponsor says
 * she is …", "staff told me he was …" are someone else's judgement repeated, and no open frame.
 */
function frameIsSomeoneElses(tokens: Token[], at: number, index: PhraseIndex): boolean {
  const start = at - index.openFrames.longestEndingAt(tokens, at)
  return reportingVerbs.has(tokens[start]?.key ?? '') && start > 0 && index.othersAndFamily.endsAt(tokens, start)
}

// "be" for "said he used to be", where the match is "be an alcoholic".
const beForms = new Set(['is', 'was', 'are', 'were', 'am', 'be', "isn't", "wasn't", "aren't", "weren't"])

/**
 * Open frames ("was diagnosed with", "a diagnosis of") may stand up to three words before a match. A
 * frame ending in "is" or "isn't" may also end on the match's own first word ("Patty says she is a
 * hoarder", where the match is "is a hoarder"), as "says she is an addict" frames "an addict".
 */
function afterOpenFrame(tokens: Token[], from: number, index: PhraseIndex): boolean {
  if (beForms.has(tokens[from]?.key ?? '') && !tokens[from]!.contraction && index.openFrames.endsAt(tokens, from + 1)) return !frameIsSomeoneElses(tokens, from + 1, index)
  for (let gap = 0; gap <= 3 && from - gap > 0; gap++) {
    const at = from - gap
    if (index.openFrames.endsAt(tokens, at)) return !frameIsSomeoneElses(tokens, at, index)
    const between = tokens[at - 1]
    if (between && !between.word && /[.,;:!?]/.test(between.key)) return clauseAfterOpeningFrame(tokens, from, index)
  }
  return clauseAfterOpeningFrame(tokens, from, index)
}

/**
 * "In the language of the team, Sunita is on level 1 observations": a frame that opens the sentence
 * and is closed by a comma frames the whole clause after it, however long, up to a semicolon or colon.
 */
function clauseAfterOpeningFrame(tokens: Token[], from: number, index: PhraseIndex): boolean {
  for (let at = from - 1; at > 0; at--) {
    const token = tokens[at]!
    if (token.word) continue
    if (token.key !== ',') return false
    const length = index.openFrames.longestEndingAt(tokens, at)
    if (length > 0 && at - length === 0 && tokens[0]!.word) return !frameIsSomeoneElses(tokens, at, index)
  }
  return false
}

/**
 * Whether a `skipWhenPrecededBy` phrase ends at `from`. A phrase that starts with a relation named
 * bare ("Mother claims", "Parent refused": how a chart names the person it is about) skips nothing,
 * and nor does one that was called or visited ("called the PICU insisting": the caller insists).
 */
function skippedByWhatPrecedes(indexed: IndexedEntry, tokens: Token[], from: number, index: PhraseIndex): boolean {
  if (!indexed.skipWhenPrecededBy.endsAt(tokens, from)) return false
  return indexed.skipWhenPrecededBy.startsEndingAt(tokens, from).some((start) => !isBareRelation(tokens, start, index) && !objectOfContact(tokens, start))
}

function passesEntryContext(indexed: IndexedEntry, tokens: Token[], from: number, to: number, index: PhraseIndex): boolean {
  if (skippedByWhatPrecedes(indexed, tokens, from, index)) return false
  if (indexed.skipWhenFollowedBy.startsAt(tokens, to)) return false
  if (indexed.onlyWhenPrecededBy.size > 0 && !indexed.onlyWhenPrecededBy.endsAt(tokens, from)) return false
  if (indexed.onlyWhenFollowedBy.size > 0 && !indexed.onlyWhenFollowedBy.startsAt(tokens, to)) return false
  if (indexed.onlyWhenEarlierInSentence.size > 0 && !endsBefore(indexed.onlyWhenEarlierInSentence, tokens, from)) return false
  return true
}

/** Whether a phrase of `set` ends anywhere before token `from` of the sentence ("likely … to avoid"). */
function endsBefore(set: SequenceSet, tokens: Token[], from: number): boolean {
  for (let at = from; at > 0; at--) if (set.endsAt(tokens, at)) return true
  return false
}

/**
 * A mark that can open or close a quotation: a double quote, or a single quote that is not inside a
 * word (an apostrophe, as in "didn't", never quotes; see quotes.ts). Without one, a paragraph has no
 * quotations and its scare-quote check is skipped.
 */
const quoteMarks = /["\u201C\u201D\u201E]|(?<![\p{L}\p{N}])['\u2018\u2019]|['\u2018\u2019](?![\p{L}\p{N}])/u

interface Candidate {
  indexed: IndexedEntry
  start: number
  end: number
  /** Its first word was taken as a `{name}`: a fallback that yields to any match it overlaps. */
  named?: boolean
}

interface Walk {
  field: 'key' | 'exact'
  tokens: Token[]
  from: number
  start: number
  accept: (indexed: IndexedEntry, to: number) => boolean
  best: Candidate | undefined
  /** Per token, 1 where a degree word may be stepped over; undefined when the sentence has none. */
  degree: Uint8Array | undefined
}

function visit(walk: Walk, node: TrieNode, at: number, named = false, skipped = false): void {
  // A match never ends on a degree word it stepped over.
  if (node.entries && at > walk.from && !skipped) {
    const end = walk.tokens[at - 1]!.end
    for (const indexed of node.entries) {
      const best = walk.best
      const longer = !best || end - walk.start > best.end - best.start
      const tieWon = best && end - walk.start === best.end - best.start && indexed.order < best.indexed.order
      if ((longer || tieWon) && walk.accept(indexed, at)) walk.best = named ? {indexed, start: walk.start, end, named} : {indexed, start: walk.start, end}
    }
  }
  const token = walk.tokens[at]
  if (!token) return
  // "is completely bonkers" reads as "is bonkers" (see degree-words.ts).
  if (walk.degree !== undefined && at > walk.from && walk.degree[at] === 1) visit(walk, node, at + 1, named, true)
  const key = token[walk.field]
  const next = node.next?.get(key)
  if (next) visit(walk, next, at + 1, named)
  if (token.name && walk.field === 'key') {
    const byName = node.next?.get(nameKey)
    if (byName) visit(walk, byName, at + 1, named || at === walk.from)
  }
  if (node.wildcard && token.word && !reflexives.has(token.key)) {
    visit(walk, node.wildcard, at + 1, named)
    // "placed in * restraints" takes "4-point" as the one word it is.
    if (token.joined) visit(walk, node.wildcard, at + 2, named)
  }
  const sets = node.sets
  if (sets === undefined) return
  if (sets.length < manySets) {
    for (const edge of sets) if (edge.keys.has(key)) visit(walk, edge.node, at + 1, named)
  } else {
    const targets = targetsBySet(node).get(key)
    if (targets) for (const target of targets) visit(walk, target, at + 1, named)
  }
}

/** Walks the trie from token `from`, keeping the longest accepted match (earlier entries win ties). */
function collect(
  root: TrieNode,
  field: 'key' | 'exact',
  tokens: Token[],
  from: number,
  accept: (indexed: IndexedEntry, to: number) => boolean,
  best: Candidate | undefined,
  degree: Uint8Array | undefined
): Candidate | undefined {
  const first = tokens[from]!
  const start = first.contraction ? tokens[from - 1]!.start : first.start
  const walk: Walk = {field, tokens, from, start, accept, best, degree}
  visit(walk, root, from)
  return walk.best
}

/**
 * All lexicon matches in a tree for the enabled categories, after context checks and overlap
 * resolution, in document order.
 */
export function matchLexicon(
  tree: Root,
  text: string,
  index: PhraseIndex,
  hooks: ReadonlyMap<Category, CategoryHooks>,
  disabled: ReadonlySet<string> = new Set()
): Match[] {
  const matches: Match[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    matchParagraph(paragraph, text, index, hooks, disabled, matches)
  }
  return matches
}

function matchParagraph(
  paragraph: Paragraph,
  text: string,
  index: PhraseIndex,
  hooks: ReadonlyMap<Category, CategoryHooks>,
  disabled: ReadonlySet<string>,
  matches: Match[]
): void {
  const paragraphStart = paragraph.position?.start.offset ?? 0
  const paragraphEnd = paragraph.position?.end.offset ?? text.length
  let quotes: Span[] | undefined
  const quoteSpans = () => (quotes ??= findQuoteSpans(text.slice(paragraphStart, paragraphEnd), paragraphStart))
  const found: Match[] = []
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const {indexed, start, end} of matchSentence(sentence, text, index, hooks, disabled)) {
      found.push({entry: indexed.entry, start, end, quoted: insideSpan(quoteSpans(), start, end)})
    }
  }
  for (const [category, {detect}] of hooks) {
    if (!detect || !quoteMarks.test(text.slice(paragraphStart, paragraphEnd))) continue
    const entry = index.detectors.get(category)
    if (!entry || disabled.has(entry.id)) continue
    const context: QuoteContext = {
      text: text.slice(paragraphStart, paragraphEnd),
      offset: paragraphStart,
      spans: quoteSpans(),
      introducers: index.quoteIntroducers,
      frames: index.openFramePhrases,
      parties: index.parties,
      // A label inside the marks is the team's word, quoted; a credibility phrase inside them ('says she
      // “only had two beers”') is the person's account played down, which the marks doubt all the more.
      hasLexiconMatch: (start, end) => found.some((match) => match.start >= start && match.end <= end && match.entry.category !== 'credibility-doubt')
    }
    for (const {start, end} of detect(context)) found.push({entry, start, end, quoted: false})
  }
  matches.push(...found.sort((a, b) => a.start - b.start))
}

function matchSentence(
  sentence: Sentence,
  text: string,
  index: PhraseIndex,
  hooks: ReadonlyMap<Category, CategoryHooks>,
  disabled: ReadonlySet<string>
): Candidate[] {
  const starts = matchStarts(sentence, text, index)
  if (starts.length === 0) return []
  const tokens = sentenceTokens(sentence, text)
  const degree = gatedDegreeWords()
  const found: Candidate[] = []
  let from = 0
  let framed: boolean | undefined
  // One closure per sentence; `from` moves underneath it.
  const accept = (indexed: IndexedEntry, to: number): boolean => {
    const categoryHooks = hooks.get(indexed.entry.category)
    if (!categoryHooks || disabled.has(indexed.entry.id)) return false
    if (!passesEntryContext(indexed, tokens, from, to, index)) return false
    framed ??= afterOpenFrame(tokens, from, index)
    if (framed) return false
    return !categoryHooks.filter || categoryHooks.filter({tokens, from, to, entry: indexed.entry, index, text})
  }
  for (const start of starts) {
    from = start
    const token = tokens[from]
    if (!token) continue
    // The gate's places: the first step is checked again only to know which trie to walk.
    const startsWords = index.wordStarts.has(token.key) || (token.name === true && index.wordStarts.has(nameKey))
    const startsExact = index.exactStarts.has(token.exact)
    if (!startsWords && !startsExact) continue
    framed = undefined
    let best = startsWords ? collect(index.words, 'key', tokens, from, accept, undefined, degree) : undefined
    if (startsExact) best = collect(index.exact, 'exact', tokens, from, accept, best, degree)
    if (best) found.push(best)
  }
  if (found.length < 2) return found
  // Longest first, a match that starts with a name after every other (it is the general case); a
  // match that overlaps an accepted one is dropped.
  const byLength = [...found].sort((a, b) => Number(a.named === true) - Number(b.named === true) || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Candidate[] = []
  for (const candidate of byLength) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start)
}
