import {describe, expect, it} from 'vitest'
import {findQuoteSpans, insideSpan} from '../src/engine/quotes.js'

const quoted = (text: string) => findQuoteSpans(text).map(([start, end]) => text.slice(start, end))

describe('findQuoteSpans', () => {
  it('finds straight and curly double quotes', () => {
    expect(quoted('She said "I am fine" and left.')).toEqual(['"I am fine"'])
    expect(quoted('She said “I am fine” and left.')).toEqual(['“I am fine”'])
  })

  it('finds single quotes used as quotation marks', () => {
    expect(quoted("He called it 'my Personal Medicine' today.")).toEqual(["'my Personal Medicine'"])
    expect(quoted('He called it ‘my Personal Medicine’ today.')).toEqual(['‘my Personal Medicine’'])
  })

  it('does not mistake apostrophes for quotes', () => {
    expect(quoted("John's sister doesn't think the boys' room is ready.")).toEqual([])
    expect(quoted('John’s sister doesn’t think it’s ready.')).toEqual([])
    expect(quoted("We'll meet 'til five, it's fine.")).toEqual([])
  })

  it('finds a single quote inside a double quote', () => {
    expect(quoted('He said, "They call me \'difficult\' there."')).toEqual(['"They call me \'difficult\' there."', "'difficult'"])
  })

  it('leaves an unclosed quote alone rather than swallowing the rest of the note', () => {
    expect(quoted('She said "I am fine and then left.')).toEqual([])
    expect(quoted('“Open\n\nnext paragraph” here')).toEqual([])
  })

  it('adds the offset of the paragraph', () => {
    expect(findQuoteSpans('a "b" c', 100)).toEqual([[102, 105]])
  })
})

describe('insideSpan', () => {
  it('is true only strictly inside the marks', () => {
    const spans = findQuoteSpans('x "abc" y')
    expect(insideSpan(spans, 3, 6)).toBe(true)
    expect(insideSpan(spans, 0, 1)).toBe(false)
    expect(insideSpan(spans, 8, 9)).toBe(false)
  })
})
