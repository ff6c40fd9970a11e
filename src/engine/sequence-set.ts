// A set of token sequences ("was", "care team", "diagnosed with") that answers "does one of them end
// right before here?" or "start right here?" in one trie walk, whatever the size of the set.
import type {Token} from './tokens.js'

interface Node {
  next: Map<string, Node>
  wildcard?: Node
  end?: boolean
}

/** `*` in a sequence stands for any one word. */
const anyWord = '*'

function build(sequences: string[][]): Node {
  const root: Node = {next: new Map()}
  for (const sequence of sequences) {
    let node = root
    for (const key of sequence) {
      let next = key === anyWord ? node.wildcard : node.next.get(key)
      if (!next) {
        next = {next: new Map()}
        if (key === anyWord) node.wildcard = next
        else node.next.set(key, next)
      }
      node = next
    }
    node.end = true
  }
  return root
}

export class SequenceSet {
  readonly size: number
  private readonly forward: Node
  private readonly backward: Node

  constructor(sequences: string[][]) {
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
    let node: Node | undefined = this.backward
    let longest = 0
    for (let index = at - 1, length = 1; node && index >= 0; index--, length++) {
      const token = tokens[index]!
      node = node.next.get(index === at - 1 && lastKey !== undefined ? lastKey : token.key) ?? (token.word ? node.wildcard : undefined)
      if (node?.end) longest = length
    }
    return longest
  }
}

function walk(node: Node, tokens: Token[], at: number, step: 1 | -1, firstKey?: string): boolean {
  if (node.end) return true
  const token = tokens[at]
  if (!token) return false
  const key = firstKey ?? token.key
  const next = node.next.get(key)
  if (next && walk(next, tokens, at + step, step)) return true
  return node.wildcard !== undefined && token.word && walk(node.wildcard, tokens, at + step, step)
}
