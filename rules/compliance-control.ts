// The compliance-control rule: reports lexicon entries of this category, but only when they are about the
// person. "The school refused" or "insurance claims" are about an institution or a thing, and inside what
// someone told in the past ("Vince said the behavior contract makes him feel like he's on probation") the
// words are their own account.
import {actionFramedByTheNote} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'compliance-control' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: actionFramedByTheNote})
