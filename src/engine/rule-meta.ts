import type {Category} from '../lexicon/types.js'
import {getDefaultIndex} from './default-index.js'
import {defaultDocsUrl} from './rule.js'

/** ESLint-style metadata for a category rule, read from the category's lexicon file. */
export interface RuleMeta {
  category: Category
  docs: {title: string; description: string; url: string}
  /** Whether some of the category's entries carry a rewrite safe to apply automatically. */
  fixable: boolean
  entries: string[]
}

export function ruleMeta(category: Category): RuleMeta {
  const {lexicon} = getDefaultIndex()
  const info = lexicon.categories.find((c) => c.category === category)
  const entries = lexicon.entries.filter((entry) => entry.category === category)
  return {
    category,
    docs: {title: info?.title ?? category, description: info?.summary ?? '', url: `${defaultDocsUrl}#${category}`},
    fixable: entries.some((entry) => entry.fixable),
    entries: entries.map((entry) => entry.id)
  }
}
