// The risk-assessment rule: reports lexicon entries of this category. The writer describing their own
// past ("I've been suicidal myself, years back") is their own story to tell, not a risk label.
import {describesTheWriter} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'risk-assessment' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: (context) => !describesTheWriter(context)})
