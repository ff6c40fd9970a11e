// The clinical-jargon rule: reports clinical idioms and code language for the person's experiences.
// When the words describe a place or someone else ("the drop-in was manic", "the bus driver was
// agitated"), they are everyday English, not a chart entry about the person.
import {aboutThePerson} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'clinical-jargon' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: aboutThePerson})
