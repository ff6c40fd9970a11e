// Degree words between a linking verb and what it links: "is bonkers" and "is completely bonkers",
// "was paranoid" and "was really quite paranoid" say the same thing about the person. Phrases are
// written once, without them, and the matcher (and its gate) step over them after these verbs only,
// so "very" elsewhere ("very high risk", "not very compliant") keeps its place in a phrase.

/** Verbs that link a person to what they are said to be (`{be}` and its near relatives). */
const linkingVerbs: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'am', 'be', 'been', 'being', "isn't", "wasn't", "aren't", "weren't",
  'seems', 'seemed', 'seem', 'appears', 'appeared', 'remains', 'remained', 'became', 'becomes', 'becoming',
  'get', 'gets', 'got', 'getting', 'gotten', 'looks', 'looked', 'sounds', 'sounded', 'acting', 'acted'
])

/** Whether `key` is a verb linking a person to what they are said to be ("was", "seemed", "got"). */
export const isLinkingVerb = (key: string): boolean => linkingVerbs.has(key)

/** Words of degree and certainty that add nothing to what a phrase says of the person. */
const degreeWords: ReadonlySet<string> = new Set([
  'very', 'really', 'so', 'quite', 'completely', 'totally', 'absolutely', 'extremely', 'incredibly',
  'pretty', 'rather', 'fairly', 'utterly', 'super', 'increasingly', 'highly', 'somewhat', 'fully',
  'clearly', 'obviously', 'definitely', 'certainly', 'literally', 'genuinely', 'properly', 'proper',
  'thoroughly', 'entirely', 'severely', 'seriously', 'awfully', 'terribly', 'massively', 'hugely',
  'a', 'bit', 'little'
])

/** "a" only as the first word of "a bit" or "a little". */
const afterA: ReadonlySet<string> = new Set(['bit', 'little'])

interface Keyed {
  readonly key: string
}

/**
 * Whether the word at `at` is a degree word standing between a linking verb and what it links
 * ("is *completely* bonkers", "was *a bit* paranoid", "is *really very* rude"), so a phrase may step
 * over it. The verb must come right before, or only other such degree words between.
 */
export function isDegreeWord(items: ArrayLike<Keyed>, at: number, length = items.length): boolean {
  const key = items[at]?.key
  if (key === undefined || !degreeWords.has(key)) return false
  if (key === 'a') return at + 1 < length && afterA.has(items[at + 1]!.key) && linkedFrom(items, at)
  if (afterA.has(key)) return at > 0 && items[at - 1]!.key === 'a' && linkedFrom(items, at - 1)
  return linkedFrom(items, at)
}

/** Whether a linking verb stands right before `at`, past other degree words. */
function linkedFrom(items: ArrayLike<Keyed>, at: number): boolean {
  for (let before = at - 1; before >= 0; before--) {
    const key = items[before]!.key
    if (linkingVerbs.has(key)) return true
    if (key === 'a' || afterA.has(key) || !degreeWords.has(key)) return false
  }
  return false
}

/**
 * Marks in `marks` (1) every word of `items` that `isDegreeWord` would step over, and says whether there
 * was any. Most sentences have no linking verb, and those are answered in one pass of set lookups, so
 * the matcher's hot loops read an array instead of asking about every word.
 */
export function markDegreeWords(items: ArrayLike<Keyed>, length: number, marks: Uint8Array): boolean {
  let linked = false
  for (let at = 0; at < length && !linked; at++) linked = linkingVerbs.has(items[at]!.key)
  if (!linked) return false
  let any = false
  for (let at = 0; at < length; at++) {
    const degree = isDegreeWord(items, at, length)
    marks[at] = degree ? 1 : 0
    if (degree) any = true
  }
  return any
}
