import {describe, expect, it} from 'vitest'
import {getDefaultIndex} from '../src/index.js'
import type {IndexedEntry, TrieNode} from '../src/engine/phrase-index.js'

const hasContext = ({skipWhenPrecededBy, skipWhenFollowedBy, onlyWhenPrecededBy, onlyWhenFollowedBy}: IndexedEntry) =>
  skipWhenPrecededBy.size + skipWhenFollowedBy.size + onlyWhenPrecededBy.size + onlyWhenFollowedBy.size > 0

describe('the phrase index', () => {
  it('gives each phrase to one entry, unless entries split it by context on purpose', () => {
    const shared: string[] = []
    const walk = (node: TrieNode, path: string[]) => {
      if (node.entries && node.entries.length > 1 && !node.entries.every(hasContext)) {
        shared.push(`${path.join(' ')}: ${node.entries.map((e) => e.entry.id).join(', ')}`)
      }
      for (const [key, child] of node.next) walk(child, [...path, key])
      if (node.wildcard) walk(node.wildcard, [...path, '*'])
    }
    walk(getDefaultIndex().words, [])
    walk(getDefaultIndex().exact, [])
    expect(shared).toEqual([])
  })
})
