// A set of token sequences ("was", "care team", "diagnosed with") that answers "does one of them end
// right before here?" or "start right here?" in one trie walk, whatever the size of the set.
import type {Token} from './tokens.js'

/** One step of a sequence: a key, `*` for any one word, or a set of keys (a slot's words). */
export type Step = string | ReadonlySet<string>

/** A trie node keyed by steps, whatever it keeps at the end of a sequence (the phrase trie is one too). */
export interface StepNode<N> {
  /** Absent on leaves: most nodes are leaves, and an empty Map costs ~150 bytes. */
  next: Map<string, N> | undefined
  wildcard?: N | undefined
  /** Edges taken by any key of a set: a slot is one edge, not one branch per word. */
  sets?: Array<{keys: ReadonlySet<string>; node: N}> | undefined
  /**
   * `sets` by key, for a node with `manySets` or more of them, made on first use (`targetsBySet`).
   * "to", "was" or "not" lead to nodes with a hundred small choice groups, and those words are in
   * every note: one lookup there instead of a hundred set tests took lint time on the bench notes from
   * about 4.1x the parse to 3.4x (medians, one process), for about 2.5 MB more heap per thread.
   */
  setTargets?: Map<string, N[]> | undefined
}

/** A node with this many set edges or more is looked up by key (`targetsBySet`); fewer are tested one by one. */
export const manySets = 8

/**
 * Where each key leads through `node`'s set edges, kept on the node. Only built once the index is in
 * use: nodes are not changed by then, and only the nodes notes reach ever get one.
 */
export function targetsBySet<N extends StepNode<N>>(node: N): Map<string, N[]> {
  if (node.setTargets) return node.setTargets
  const targets = new Map<string, N[]>()
  for (const edge of node.sets ?? []) {
    for (const key of edge.keys) {
      const found = targets.get(key)
      if (found) found.push(edge.node)
      else targets.set(key, [edge.node])
    }
  }
  node.setTargets = targets
  return targets
}

/** A node of a set's tries: `end` where a sequence ends. */
export interface SequenceNode extends StepNode<SequenceNode> {
  end?: boolean | undefined
}

type Node = SequenceNode

/** A set as its two tries, built already (a precompiled index image restores sets this way). */
export interface SequenceTries {
  size: number
  forward: SequenceNode
  backward: SequenceNode
}

/** `*` in a sequence stands for any one word. */
const anyWord = '*'

/**
 * The node `step` leads to from `node`, made with `make` when there is none yet. Slot sets are shared
 * objects, so the same slot at the same place is one edge.
 */
export function childFor<N extends StepNode<N>>(node: N, step: Step, make: () => N): N {
  if (typeof step !== 'string') {
    node.sets ??= []
    const found = node.sets.find((edge) => edge.keys === step)?.node
    if (found) return found
    const made = make()
    node.sets.push({keys: step, node: made})
    return made
  }
  const found = step === anyWord ? node.wildcard : node.next?.get(step)
  if (found) return found
  const made = make()
  if (step === anyWord) node.wildcard = made
  else (node.next ??= new Map()).set(step, made)
  return made
}

/**
 * Keeps one copy of each distinct subtree among all the nodes it is given (two subtrees are the same
 * when they hold the same and lead by the same steps to the same subtrees), and returns the copy to use
 * in place of a node. Nodes settled by one sharer must not change afterwards.
 */
export class SubtreeSharer<N extends StepNode<N>> {
  private readonly ids = new Map<N, number>()
  private readonly canonical = new Map<string, N>()
  private readonly setIds = new Map<ReadonlySet<string>, number>()
  /** A node can have several parents (the trie is a graph once shared): each is settled once. */
  private readonly settled = new Map<N, N>()

  /** `holds` says what a node keeps, as text (its entries, or whether a sequence ends there). */
  constructor(private readonly holds: (node: N) => string) {}

  share(node: N): N {
    let result = this.settled.get(node)
    if (!result) {
      result = this.shareOnce(node)
      this.settled.set(node, result)
    }
    return result
  }

  private setId(keys: ReadonlySet<string>): number {
    let id = this.setIds.get(keys)
    if (id === undefined) this.setIds.set(keys, (id = this.setIds.size))
    return id
  }

  private shareOnce(node: N): N {
    if (node.next) for (const [key, child] of node.next) node.next.set(key, this.share(child))
    if (node.wildcard) node.wildcard = this.share(node.wildcard)
    if (node.sets) for (const edge of node.sets) edge.node = this.share(edge.node)
    const signature = [
      this.holds(node),
      node.wildcard ? this.ids.get(node.wildcard) : '',
      (node.sets ?? []).map((edge) => `${this.setId(edge.keys)}>${this.ids.get(edge.node)}`).sort().join(','),
      [...(node.next ?? [])].map(([key, child]) => `${key}>${this.ids.get(child)}`).sort().join('\u0000')
    ].join('\u0001')
    const found = this.canonical.get(signature)
    if (found) return found
    this.ids.set(node, this.ids.size)
    this.canonical.set(signature, node)
    return node
  }
}

/** Every node has every field, so walks see one object shape. */
export function newSequenceNode(): Node {
  return {next: undefined, wildcard: undefined, sets: undefined, setTargets: undefined, end: undefined}
}

function build(sequences: Step[][]): Node {
  const root = newSequenceNode()
  for (const sequence of sequences) {
    let node = root
    for (const step of sequence) node = childFor(node, step, newSequenceNode)
    node.end = true
  }
  return root
}

/** The nodes one token leads to from `node`. */
function stepsFrom(node: Node, key: string, word: boolean): Node[] {
  const found: Node[] = []
  const next = node.next?.get(key)
  if (next) found.push(next)
  if (node.wildcard && word) found.push(node.wildcard)
  const sets = node.sets
  if (sets === undefined) return found
  if (sets.length < manySets) {
    for (const edge of sets) if (edge.keys.has(key)) found.push(edge.node)
  } else {
    const targets = targetsBySet(node).get(key)
    if (targets) found.push(...targets)
  }
  return found
}

export class SequenceSet {
  readonly size: number
  private readonly forward: Node
  private readonly backward: Node

  constructor(source: Step[][] | SequenceTries) {
    if (!Array.isArray(source)) {
      this.size = source.size
      this.forward = source.forward
      this.backward = source.backward
      return
    }
    const usable = source.filter((sequence) => sequence.length > 0)
    this.size = usable.length
    this.forward = build(usable)
    this.backward = build(usable.map((sequence) => [...sequence].reverse()))
  }

  /** The two tries, to write into a precompiled index image. */
  tries(): SequenceTries {
    return {size: this.size, forward: this.forward, backward: this.backward}
  }

  /** Some sequence spells the tokens starting at `at`. */
  startsAt(tokens: Token[], at: number): boolean {
    return this.size > 0 && walk(this.forward, tokens, at, 1)
  }

  /** Some sequence spells the tokens ending just before `at`; `lastKey` replaces the key of tokens[at - 1]. */
  endsAt(tokens: Token[], at: number, lastKey?: string): boolean {
    return this.size > 0 && walk(this.backward, tokens, at - 1, -1, lastKey)
  }

  /** Where each sequence ending just before `at` starts (token indexes; empty when none does). */
  startsEndingAt(tokens: Token[], at: number): number[] {
    const starts: number[] = []
    const visit = (node: Node, index: number): void => {
      if (node.end) starts.push(index + 1)
      const token = tokens[index]
      if (!token || index < 0) return
      for (const next of stepsFrom(node, token.key, token.word)) visit(next, index - 1)
    }
    if (this.size > 0) visit(this.backward, at - 1)
    return starts
  }

  /** The length of the longest sequence ending just before `at` (0 when none does). */
  longestEndingAt(tokens: Token[], at: number, lastKey?: string): number {
    let longest = 0
    const visit = (node: Node, index: number, length: number): void => {
      if (node.end) longest = Math.max(longest, length)
      const token = tokens[index]
      if (!token || index < 0) return
      const key = index === at - 1 && lastKey !== undefined ? lastKey : token.key
      for (const next of stepsFrom(node, key, token.word)) visit(next, index - 1, length + 1)
    }
    if (this.size > 0) visit(this.backward, at - 1, 0)
    return longest
  }
}

function walk(node: Node, tokens: Token[], at: number, step: 1 | -1, firstKey?: string): boolean {
  if (node.end) return true
  const token = tokens[at]
  if (!token) return false
  for (const next of stepsFrom(node, firstKey ?? token.key, token.word)) if (walk(next, tokens, at + step, step)) return true
  return false
}
