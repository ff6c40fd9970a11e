// The substance-use-stigma rule: reports stigmatising words about substance use and the people who use
// substances. An institution's doing is not the person's; a label on the family in the writer's voice
// ("both parents are addicts") is still a label, but after a speech verb ("he said his mum was an
// alcoholic") it is his account of his family, not the note's label.
import {labelAboutThePerson} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'substance-use-stigma' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: labelAboutThePerson})
