// Node-only: reads the YAML lexicon from disk. The engine itself never touches the file system; it
// receives the lexicon compiled into a module at build time (see src/build/compile-lexicon.ts).
import fs from 'node:fs'
import path from 'node:path'
import {parse} from 'yaml'
import {categories, type Lexicon, type LexiconContext} from '../lexicon/types.js'
import {
  assembleLexicon,
  findDuplicateIds,
  validateCategoryFile,
  validateContextFile,
  validateSlotsFile,
  type CategoryFile,
  type LexiconProblem
} from '../lexicon/validate.js'

export interface ReadLexiconResult {
  lexicon?: Lexicon
  problems: LexiconProblem[]
}

function readYaml(file: string, label: string, problems: LexiconProblem[]): unknown {
  try {
    return parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    problems.push({file: label, message: `cannot be read as YAML: ${reason}`})
    return undefined
  }
}

/** Reads and validates `slots.yaml`, `context.yaml` and one `<category>.yaml` per category. */
export function readLexiconDirectory(directory: string): ReadLexiconResult {
  const problems: LexiconProblem[] = []
  const label = (name: string) => path.join(path.basename(directory), name)

  const slots = readYaml(path.join(directory, 'slots.yaml'), label('slots.yaml'), problems)
  if (slots !== undefined) problems.push(...validateSlotsFile(label('slots.yaml'), slots))
  const context = readYaml(path.join(directory, 'context.yaml'), label('context.yaml'), problems)
  if (context !== undefined) problems.push(...validateContextFile(label('context.yaml'), context))
  // `why` explains the file to its readers; it is not a slot.
  const {why: _slotsWhy, ...slotMap} = (problems.length === 0 ? slots : {}) as Record<string, string[]> & {why?: string}

  const files: CategoryFile[] = []
  for (const category of categories) {
    const name = `${category}.yaml`
    const file = path.join(directory, name)
    if (!fs.existsSync(file)) {
      problems.push({file: label(name), message: 'is missing: every category needs its file'})
      continue
    }
    const data = readYaml(file, label(name), problems)
    if (data === undefined) continue
    const found = validateCategoryFile(label(name), data, slotMap, category)
    problems.push(...found)
    if (found.length === 0) files.push(data as CategoryFile)
  }
  problems.push(...findDuplicateIds(files.map((f) => ({file: label(`${f.category}.yaml`), entries: f.entries}))))
  if (problems.length > 0) return {problems}
  const {why: _contextWhy, ...contextLists} = context as LexiconContext & {why?: string}
  return {lexicon: assembleLexicon(files, slotMap, contextLists), problems}
}
