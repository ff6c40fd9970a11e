// The clinical-jargon rule: reports clinical idioms and code language for the person's experiences.
// When the words describe a place or someone else ("the drop-in was manic", "the bus driver was
// agitated"), they are everyday English, not a chart entry about the person. On the family in the
// writer's voice ("Mom's affect was flat") they chart the family as they would chart the person, and are
// reported, unless the sentence reports someone's words ("he told me his mum was paranoid").
import {labelAboutThePerson} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'clinical-jargon' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: labelAboutThePerson})
