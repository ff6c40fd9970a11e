import {describe, expect, it} from 'vitest'
import {findings, lint} from '../src/index.js'
import {paragraphChunks} from '../src/engine/lint.js'

const note = 'John and this writer met in the park today.\nHe was agitated and very delusional.\n\nWe walked for an hour and he said he felt safer.\n\n'

describe('large texts are linted a stretch of paragraphs at a time', () => {
  it('cuts only at line ends, covering the whole text', () => {
    const text = note.repeat(2000)
    const chunks = paragraphChunks(text, 4096)
    expect(chunks.length).toBeGreaterThan(10)
    expect(chunks[0]!.start).toBe(0)
    expect(chunks.at(-1)!.end).toBe(text.length)
    for (let index = 1; index < chunks.length; index++) {
      expect(chunks[index]!.start).toBe(chunks[index - 1]!.end)
      expect(text[chunks[index]!.start - 1]).toBe('\n')
    }
  })

  it('never cuts at a line end that a no-break space joins to its paragraph', () => {
    // "agitated\u00A0\nand": the parser reads one paragraph here, so a stretch must not end at it.
    const joined = 'He was agitated\u00A0\nand very delusional today. '.repeat(400)
    expect(paragraphChunks(joined, 4096)).toEqual([{start: 0, end: joined.length}])
    const mixed = `${joined}\n${joined}`
    const cuts = paragraphChunks(mixed, 4096).map((chunk) => chunk.end)
    expect(cuts).toEqual([joined.length + 1, mixed.length])
  })

  it('reports the same findings, at the same places, as linting note by note', () => {
    const copies = 1500
    const text = note.repeat(copies)
    expect(text.length).toBeGreaterThan(64 * 1024)
    const whole = findings(lint(text))
    const one = findings(lint(note))
    expect(whole).toHaveLength(one.length * copies)
    const lines = note.split('\n').length - 1
    whole.forEach((finding, index) => {
      const copy = Math.floor(index / one.length)
      const single = one[index % one.length]!
      expect(finding.ruleId).toBe(single.ruleId)
      expect(finding.place.start.offset).toBe(single.place.start.offset + copy * note.length)
      expect(finding.place.start.line).toBe(single.place.start.line + copy * lines)
      expect(finding.place.start.column).toBe(single.place.start.column)
      expect(text.slice(finding.place.start.offset, finding.place.end.offset)).toBe(finding.actual)
    })
  })
})
