// The substance-use-stigma rule: reports stigmatising words about substance use and the people who use
// substances. Words about someone else in the person's life ("his mum was an alcoholic", as he put it)
// are his account of his family, not the note's label for him.
import {aboutThePerson} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'substance-use-stigma' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: aboutThePerson})
