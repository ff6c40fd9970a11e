// The motive-attribution rule: reports hidden intent read into the person's behaviour. When the words
// describe an institution or someone else ("the police were aggressive", "her ex was manipulative"),
// the note is reporting, not reading motives into the person.
import {aboutThePerson} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'motive-attribution' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: aboutThePerson})
