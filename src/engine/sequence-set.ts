// A set of token sequences ("was", "care team", "diagnosed with") that answers "does one of them end
// right before here?" or "start right here?" in one trie walk, whatever the size of the set.
import type {Token} from './tokens.js'

/** One step of a sequence: a key, `*` for any one word, or a set of keys (a slot's words). */
export type Step = string | ReadonlySet<string>

interface Node {
  /** Absent on leaves: most nodes are leaves, and an empty Map costs ~150 bytes. */
  next: Map<string, Node> | undefined
  wildcard?: Node
  /** Edges taken by any key of a set: a slot is one edge, not one branch per word. */
  sets?: Array<{keys: ReadonlySet<string>; node: Node}>
  end?: boolean
}

/** `*` in a sequence stands for any one word. */
const anyWord = '*'

/** Every node has every field, so walks see one object shape. */
function newNode(): Node {
  return {next: undefined, wildcard: undefined, sets: undefined, end: undefined}
}

function build(sequences: Step[][]): Node {
  const root = newNode()
  for (const sequence of sequences) {
    let node = root
    for (const step of sequence) {
      let next: Node | undefined
      if (typeof step !== 'string') {
        node.sets ??= []
        next = node.sets.find((edge) => edge.keys === step)?.node
        if (!next) node.sets.push({keys: step, node: (next = newNode())})
      } else {
        next = step === anyWord ? node.wildcard : node.next?.get(step)
        if (!next) {
          next = newNode()
          if (step === anyWord) node.wildcard = next
          else (node.next ??= new Map()).set(step, next)
        }
      }
      node = next
    }
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
  if (node.sets) for (const edge of node.sets) if (edge.keys.has(key)) found.push(edge.node)
  return found
}

export class SequenceSet {
  readonly size: number
  private readonly forward: Node
  private readonly backward: Node

  constructor(sequences: Step[][]) {
    const usable = sequences.filter((sequence) => sequence.length > 0)
    this.size = usable.length
    this.forward = build(usable)
    this.backward = build(usable.map((sequence) => [...sequence].reverse()))
  }

  /** Some sequence spells the tokens starting at `at`. */
  startsAt(tokens: Token[], at: number): boolean {
    return this.size > 0 && walk(this.forward, tokens, at, 1)
  }

  /** Some sequence spells the tokens ending just before `at`; `lastKey` replaces the key of tokens[at - 1]. */
  endsAt(tokens: Token[], at: number, lastKey?: string): boolean {
    return this.size > 0 && walk(this.backward, tokens, at - 1, -1, lastKey)
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
