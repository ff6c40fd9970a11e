// Message text. A peer worker reads these while writing: short, warm, second person, never shaming,
// never clinical. Say what the phrase does, then offer the open alternative.
import type {LexiconEntry} from '../lexicon/types.js'

/** "‘noncompliant’ frames a choice as disobedience. Try ‘doesn't want to take …’ or ‘decided not to take …’." */
export function describeFinding(actual: string, entry: LexiconEntry, categoryDoes: string): string {
  const phrase = actual.replace(/\s+/g, ' ')
  const does = (entry.does ?? categoryDoes).replace(/[.\s]+$/, '')
  const [first, second] = entry.rewrites
  const offer = second ? `Try ‘${first}’ or ‘${second}’.` : `Try ‘${first}’.`
  return `‘${phrase}’ ${does}. ${offer}`
}

/** Added when a finding sits inside quotation marks and the user asked to see those as info. */
export const quotedNote = 'It is inside quotation marks: if these are the person’s own words, they can stay.'

/** 1-based line and column for offsets, computed once per text when a finding needs them. */
export function createLocator(text: string): (offset: number) => {line: number; column: number} {
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1}
  }
}
