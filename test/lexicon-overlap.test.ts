import {describe, expect, it} from 'vitest'
import {getDefaultIndex} from '../src/index.js'
import type {IndexedEntry, TrieNode} from '../src/engine/phrase-index.js'

const hasContext = ({skipWhenPrecededBy, skipWhenFollowedBy, onlyWhenPrecededBy, onlyWhenFollowedBy, onlyWhenEarlierInSentence}: IndexedEntry) =>
  skipWhenPrecededBy.size + skipWhenFollowedBy.size + onlyWhenPrecededBy.size + onlyWhenFollowedBy.size + onlyWhenEarlierInSentence.size > 0

/** Every token path of a trie with the entries at its end; a slot edge is spelled out word by word. */
function phrasesOf(root: TrieNode): Map<string, Set<IndexedEntry>> {
  const phrases = new Map<string, Set<IndexedEntry>>()
  const walk = (node: TrieNode, path: string[]) => {
    if (node.entries) {
      const key = path.join(' ')
      const entries = phrases.get(key) ?? new Set()
      for (const entry of node.entries) entries.add(entry)
      phrases.set(key, entries)
    }
    for (const [key, child] of node.next ?? []) walk(child, [...path, key])
    if (node.wildcard) walk(node.wildcard, [...path, '*'])
    for (const edge of node.sets ?? []) for (const key of edge.keys) walk(edge.node, [...path, key])
  }
  walk(root, [])
  return phrases
}

describe('the phrase index', () => {
  it('gives each phrase to one entry, unless entries split it by context on purpose', () => {
    const shared: string[] = []
    for (const root of [getDefaultIndex().words, getDefaultIndex().exact]) {
      for (const [phrase, entries] of phrasesOf(root)) {
        if (entries.size > 1 && ![...entries].every(hasContext)) shared.push(`${phrase}: ${[...entries].map((e) => e.entry.id).join(', ')}`)
      }
    }
    expect(shared).toEqual([])
  })

  it('keeps a slot as one edge: "{be} {a} borderline" is a few paths, not one per spelling', () => {
    let nodes = 0
    const count = (node: TrieNode) => {
      nodes++
      for (const child of node.next?.values() ?? []) count(child)
      if (node.wildcard) count(node.wildcard)
      for (const edge of node.sets ?? []) count(edge.node)
    }
    count(getDefaultIndex().words)
    expect(nodes).toBeLessThan(phrasesOf(getDefaultIndex().words).size)
  })
})
