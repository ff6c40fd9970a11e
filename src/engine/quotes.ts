// Finds the stretches of a paragraph that are inside quotation marks: usually the person's own words.
// Double quotes (straight or curly) always quote. Single quotes quote only when they open at the start
// of a word and close at its end, so apostrophes ("don't", "John’s", "the boys' room") never do.

export type Span = [start: number, end: number]

const isLetterOrDigit = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)
const opensAfter = (char: string | undefined) => char === undefined || /[\s([{\u201C"\u2014\u2013-]/.test(char)

/** Spans (absolute offsets, end exclusive, including the marks) of quoted text in `text`. */
export function findQuoteSpans(text: string, offset = 0): Span[] {
  const spans: Span[] = []
  let double = -1
  let single = -1
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\u201C' || char === '\u201E') {
      if (double < 0) double = index
    } else if (char === '\u201D') {
      if (double >= 0) {
        spans.push([offset + double, offset + index + 1])
        double = -1
      }
    } else if (char === '"') {
      if (double < 0) double = index
      else {
        spans.push([offset + double, offset + index + 1])
        double = -1
      }
    } else if (char === "'" || char === '\u2018' || char === '\u2019') {
      const before = text[index - 1]
      const after = text[index + 1]
      if (single < 0) {
        if (char !== '\u2019' && opensAfter(before) && isLetterOrDigit(after)) single = index
      } else if (!isLetterOrDigit(after) && before !== undefined && !/\s/.test(before)) {
        spans.push([offset + single, offset + index + 1])
        single = -1
      }
    } else if (char === '\n' && text[index + 1] === '\n') {
      // A quotation left open does not run on into the next paragraph.
      double = -1
      single = -1
    }
  }
  return spans.sort((a, b) => a[0] - b[0])
}

export function insideSpan(spans: Span[], start: number, end: number): boolean {
  for (const [from, to] of spans) {
    if (from > start) return false
    if (start > from && end < to) return true
  }
  return false
}
