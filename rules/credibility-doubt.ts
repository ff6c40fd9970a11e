// The credibility-doubt rule: reports lexicon entries of this category when they are about the person
// ("the insurance claims" is not, nor words inside what someone told in the past), and scare quotes:
// a short phrase of the person's put in quotation marks without a speech verb, which casts doubt on it.
import {actionFramedByTheNote} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'
import {detectScareQuotes} from '../src/engine/scare-quotes.js'

export const category = 'credibility-doubt' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: actionFramedByTheNote, detect: detectScareQuotes})
