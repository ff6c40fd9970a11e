// The diagnostic-label rule: reports lexicon entries of this category, except inside what someone told
// in the past about themselves ("Jarrah said he doesn't agree he has schizophrenia"): that is their own
// account, as self-description in their own quoted words is.
import {describesTheWriter, insideTheirOwnAccount, markedAsTheirWords} from '../src/engine/context.js'
import {createCategoryRule} from '../src/engine/rule.js'
import {ruleMeta} from '../src/engine/rule-meta.js'

export const category = 'diagnostic-label' as const
export const meta = () => ruleMeta(category)
export default createCategoryRule({category, filter: (context) => !insideTheirOwnAccount(context) && !describesTheWriter(context) && !markedAsTheirWords(context)})
