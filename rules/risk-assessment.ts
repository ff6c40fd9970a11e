// The risk-assessment rule: reports lexicon entries of this category.
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'risk-assessment' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category})
