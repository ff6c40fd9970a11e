// Automatic fixes: the first rewrite of entries marked `fixable` (it is right in every sentence by
// the lexicon's own rule), applied so that nothing else in the text changes.
import type {PeerlintMessage} from './rule.js'

export interface FixResult {
  output: string
  /** How many replacements were made, over all passes. */
  fixed: number
}

/** "This writer" → "I", "Claims" → "Says", "CLAIMS" → "SAYS": the replacement takes the original's case. */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase()
  const first = original.match(/\p{L}/u)?.[0]
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}

/** One pass: every fixable finding that does not overlap one already taken, replaced back to front. */
export function applyFixes(text: string, findings: PeerlintMessage[]): {output: string; fixed: number} {
  const candidates = findings
    .filter((finding) => finding.fixable && finding.expected[0] !== undefined && !finding.quoted)
    .sort((a, b) => a.place.start.offset - b.place.start.offset)
  const taken: PeerlintMessage[] = []
  let end = -1
  for (const finding of candidates) {
    if (finding.place.start.offset < end) continue
    taken.push(finding)
    end = finding.place.end.offset
  }
  let output = text
  for (const finding of taken.reverse()) {
    const {start, end: stop} = finding.place
    const original = output.slice(start.offset, stop.offset)
    output = output.slice(0, start.offset) + matchCase(original, finding.expected[0]!) + output.slice(stop.offset)
  }
  return {output, fixed: taken.length}
}

const maximumPasses = 10

/** Lints and fixes until nothing is left to fix (at most ten passes, as ESLint does). */
export function fixText(text: string, lintText: (text: string) => PeerlintMessage[]): FixResult {
  let output = text
  let fixed = 0
  for (let pass = 0; pass < maximumPasses; pass++) {
    const result = applyFixes(output, lintText(output))
    if (result.fixed === 0 || result.output === output) break
    output = result.output
    fixed += result.fixed
  }
  return {output, fixed}
}
