// A compiled phrase index as plain JSON data. Compiling the built-in lexicon takes about 2 s and
// ~100 MB of short-lived memory in every thread that lints (each scan worker too); the build compiles
// it once and ships this image, which a thread turns back into the same index in a fraction of that.
import type {Lexicon} from '../lexicon/types.js'
import {assemblePhraseIndex, type CompiledParts, type IndexedEntry, type PhraseIndex, type TrieNode} from './phrase-index.js'
import {SequenceSet, type SequenceNode, type StepNode} from './sequence-set.js'

/** A node: what it holds (entry orders, or 1 for the end of a sequence), wildcard, set edges, key edges. */
type NodeImage = [holds: number[] | 0 | 1, wildcard: number, sets: number[], next: Array<string | number>]

export interface PhraseIndexImage {
  /** Bumped whenever the layout below changes. */
  format: typeof imageFormat
  /** Of the lexicon the image was compiled from: an image is only used with that very lexicon. */
  fingerprint: string
  /** Every distinct set of keys a set edge takes (a slot's words), shared by all its edges. */
  keySets: string[][]
  trieNodes: NodeImage[]
  words: number
  exact: number
  sequenceNodes: NodeImage[]
  /** Each distinct context set: its size and the roots of its forward and backward tries. */
  sequenceSets: Array<[size: number, forward: number, backward: number]>
  /** Per entry, in lexicon order: skipWhenPrecededBy, skipWhenFollowedBy, onlyWhenPrecededBy, onlyWhenFollowedBy, onlyWhenEarlierInSentence. */
  entrySets: Array<[number, number, number, number, number]>
  openFrames: number
  institutions: number
  othersAndFamily: number
  between: string[]
  /** Anchor keys and their places, in pairs. */
  wordAnchors: Array<string | number>
  exactAnchors: Array<string | number>
}

const imageFormat = 3

const pairs = (map: ReadonlyMap<string, number>) => [...map].flat()

function unpair(list: Array<string | number>): Map<string, number> {
  const map = new Map<string, number>()
  for (let at = 0; at < list.length; at += 2) map.set(list[at] as string, list[at + 1] as number)
  return map
}

/** Numbers nodes of one kind as they are first met; a node reached by several paths is written once. */
class NodeWriter<N extends StepNode<N>> {
  readonly images: NodeImage[] = []
  private readonly ids = new Map<N, number>()

  constructor(
    private readonly keySetId: (keys: ReadonlySet<string>) => number,
    private readonly holds: (node: N) => NodeImage[0]
  ) {}

  write(node: N): number {
    const known = this.ids.get(node)
    if (known !== undefined) return known
    const id = this.images.length
    this.ids.set(node, id)
    const image: NodeImage = [this.holds(node), -1, [], []]
    this.images.push(image)
    if (node.wildcard) image[1] = this.write(node.wildcard)
    for (const edge of node.sets ?? []) image[2].push(this.keySetId(edge.keys), this.write(edge.node))
    for (const [key, child] of node.next ?? []) image[3].push(key, this.write(child))
    return id
  }
}

/** The image of an index compiled from `lexicon`; `fingerprint` names that lexicon. */
export function writeIndexImage(index: PhraseIndex, fingerprint: string): PhraseIndexImage {
  const keySets: string[][] = []
  const keySetIds = new Map<ReadonlySet<string>, number>()
  const keySetId = (keys: ReadonlySet<string>) => {
    let id = keySetIds.get(keys)
    if (id === undefined) {
      keySetIds.set(keys, (id = keySets.length))
      keySets.push([...keys])
    }
    return id
  }
  const trie = new NodeWriter<TrieNode>(keySetId, (node) => node.entries?.map((indexed) => indexed.order) ?? 0)
  const sequences = new NodeWriter<SequenceNode>(keySetId, (node) => (node.end ? 1 : 0))
  const sequenceSets: PhraseIndexImage['sequenceSets'] = []
  const sequenceSetIds = new Map<SequenceSet, number>()
  const setId = (set: SequenceSet) => {
    let id = sequenceSetIds.get(set)
    if (id === undefined) {
      const {size, forward, backward} = set.tries()
      sequenceSetIds.set(set, (id = sequenceSets.length))
      sequenceSets.push([size, sequences.write(forward), sequences.write(backward)])
    }
    return id
  }
  const words = trie.write(index.words)
  const exact = trie.write(index.exact)
  return {
    format: imageFormat,
    fingerprint,
    keySets,
    trieNodes: trie.images,
    words,
    exact,
    sequenceNodes: sequences.images,
    sequenceSets,
    entrySets: index.entries.map((indexed) => [setId(indexed.skipWhenPrecededBy), setId(indexed.skipWhenFollowedBy), setId(indexed.onlyWhenPrecededBy), setId(indexed.onlyWhenFollowedBy), setId(indexed.onlyWhenEarlierInSentence)]),
    openFrames: setId(index.openFrames),
    institutions: setId(index.institutions),
    othersAndFamily: setId(index.othersAndFamily),
    between: [...index.between],
    wordAnchors: pairs(index.wordAnchors),
    exactAnchors: pairs(index.exactAnchors)
  }
}

/**
 * Makes every node first and links them after, as ids may point forward. `make` gives each node every
 * field in the order the compiler does, so the matcher's walks see the same object shape.
 */
function readNodes<N extends StepNode<N>>(images: NodeImage[], keySets: ReadonlySet<string>[], make: () => N, hold: (node: N, holds: NodeImage[0]) => void): N[] {
  const nodes = images.map(make)
  images.forEach(([holds, wildcard, sets, next], id) => {
    const node = nodes[id]!
    hold(node, holds)
    if (wildcard >= 0) node.wildcard = nodes[wildcard]
    if (sets.length > 0) {
      node.sets = []
      for (let at = 0; at < sets.length; at += 2) node.sets.push({keys: keySets[sets[at]!]!, node: nodes[sets[at + 1]!]!})
    }
    if (next.length > 0) {
      node.next = new Map()
      for (let at = 0; at < next.length; at += 2) node.next.set(next[at] as string, nodes[next[at + 1] as number]!)
    }
  })
  return nodes
}

/**
 * The index an image was written from, for `lexicon`; undefined when the image is of another lexicon or
 * layout (the caller then compiles).
 */
export function readIndexImage(image: PhraseIndexImage, lexicon: Lexicon, fingerprint: string): PhraseIndex | undefined {
  if (image.format !== imageFormat || image.fingerprint !== fingerprint || image.entrySets.length !== lexicon.entries.length) return undefined
  const keySets = image.keySets.map((keys) => new Set(keys))
  const sequenceNodes = readNodes<SequenceNode>(image.sequenceNodes, keySets, () => ({next: undefined, wildcard: undefined, sets: undefined, setTargets: undefined, end: undefined}), (node, holds) => {
    if (holds === 1) node.end = true
  })
  const sets = image.sequenceSets.map(([size, forward, backward]) => new SequenceSet({size, forward: sequenceNodes[forward]!, backward: sequenceNodes[backward]!}))
  const entries: IndexedEntry[] = lexicon.entries.map((entry, order) => {
    const [skipBefore, skipAfter, onlyBefore, onlyAfter, onlyEarlier] = image.entrySets[order]!
    return {
      entry,
      order,
      skipWhenPrecededBy: sets[skipBefore]!,
      skipWhenFollowedBy: sets[skipAfter]!,
      onlyWhenPrecededBy: sets[onlyBefore]!,
      onlyWhenFollowedBy: sets[onlyAfter]!,
      onlyWhenEarlierInSentence: sets[onlyEarlier]!
    }
  })
  const trieNodes = readNodes<TrieNode>(image.trieNodes, keySets, () => ({next: undefined, wildcard: undefined, sets: undefined, setTargets: undefined, entries: undefined}), (node, holds) => {
    if (Array.isArray(holds)) node.entries = holds.map((order) => entries[order]!)
  })
  const parts: CompiledParts = {
    words: trieNodes[image.words]!,
    exact: trieNodes[image.exact]!,
    entries,
    openFrames: sets[image.openFrames]!,
    institutions: sets[image.institutions]!,
    othersAndFamily: sets[image.othersAndFamily]!,
    between: new Set(image.between),
    wordAnchors: unpair(image.wordAnchors),
    exactAnchors: unpair(image.exactAnchors)
  }
  // The tries' keys, as written: the index's vocabulary without walking the tries again.
  const trieKeys = new Set<string>()
  for (const [, , , next] of image.trieNodes) for (let at = 0; at < next.length; at += 2) trieKeys.add(next[at] as string)
  for (const keys of image.keySets) for (const key of keys) trieKeys.add(key)
  return assemblePhraseIndex(lexicon, parts, trieKeys)
}
