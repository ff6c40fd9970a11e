// Option parsing shared by the commands.
import {categories, isCategory, type Category} from '../lexicon/types.js'
import {UsageError} from '../node/errors.js'

/** "a,b" → the categories, or a usage error naming the flag and listing the valid ones. */
export function parseCategories(value: string | undefined, flag: string): Category[] | undefined {
  if (value === undefined) return undefined
  const names = value.split(',').map((name) => name.trim()).filter(Boolean)
  const unknown = names.filter((name) => !isCategory(name))
  if (unknown.length > 0 || names.length === 0) throw new UsageError(`Unknown category '${unknown[0] ?? value}' in ${flag}. Categories: ${categories.join(', ')}.`)
  return names as Category[]
}
