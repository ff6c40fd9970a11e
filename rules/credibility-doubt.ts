// The credibility-doubt rule: reports lexicon entries of this category, but only when they are about the
// person. "The school refused" or "insurance claims" are about an institution or a thing.
import {aboutThePerson} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'credibility-doubt' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: aboutThePerson})
