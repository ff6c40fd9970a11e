// The motive-attribution rule: reports hidden intent read into the person's behaviour. When the words
// describe an institution ("the police were aggressive"), the note is reporting; about the family in
// the writer's voice ("son has been manipulating his mother") it reads a motive into them just the
// same, unless the sentence reports someone's words ("she said her ex was manipulative"). A motive inside
// what someone told in the past ("Alan said he comes mostly for the cake") is their own account of why.
import {insideTheirOwnAccount, labelAboutThePerson} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'motive-attribution' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: (context) => labelAboutThePerson(context) && !insideTheirOwnAccount(context)})
