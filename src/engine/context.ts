// Context checks shared by rules. Compliance and credibility words are drift only when they are about
// the person: "she refused" is, "the school refused" and "insurance claims" are not.
import type {MatchContext} from './match.js'

const possessive = /'s$/

/**
 * True when the word before the match (skipping auxiliaries and adverbs such as "has", "again",
 * "never") ends an institution or thing from `context.yaml`: then the action is not the person's.
 */
export function isAboutInstitution({tokens, from, index}: MatchContext): boolean {
  let at = from
  for (let skipped = 0; skipped < 3 && at > 0 && index.between.has(tokens[at - 1]!.key); skipped++) at--
  const previous = tokens[at - 1]
  if (!previous?.word) return false
  // "the school's refusal" is the school's.
  return index.institutions.endsAt(tokens, at, previous.key.replace(possessive, ''))
}

/** The filter compliance and credibility rules use: keep matches that are about the person. */
export const aboutThePerson = (context: MatchContext): boolean => !isAboutInstitution(context)
