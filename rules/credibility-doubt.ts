// The credibility-doubt rule: reports lexicon entries of this category when they are about the person
// ("the insurance claims" is not, nor words inside what someone told in the past), and scare quotes:
// a short phrase of the person's put in quotation marks without a speech verb, which casts doubt on it.
import {actionFramedByTheNote, insideTheirOwnAccount, isAboutInstitution} from '../src/engine/context.js'
import type {MatchContext} from '../src/engine/match.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'
import {detectScareQuotes} from '../src/engine/scare-quotes.js'

export const category = 'credibility-doubt' as const
export const meta = () => ruleMeta(category)

/**
 * Entries of adverbs that doubt the account itself, not an act of whoever is its subject: "her husband
 * supposedly hits her" doubts what she told, as "she supposedly" does. Only an institution or a thing
 * ("the bus apparently stops here now") takes the doubt off the person; family and friends do not.
 * By entry, so that every spelling the lexicon lists for them ("apparantly", "purportedly") is included.
 */
const evidentialEntries = new Set(['allegedly', 'supposedly', 'apparently', 'reportedly'])

function aboutTheirAccount(context: MatchContext): boolean {
  if (evidentialEntries.has(context.entry.id)) return !isAboutInstitution(context, false) && !insideTheirOwnAccount(context)
  return actionFramedByTheNote(context)
}

export default createCategoryRule({category, filter: aboutTheirAccount, detect: detectScareQuotes})
