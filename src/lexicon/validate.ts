import {Ajv, type ErrorObject} from 'ajv'
import {categoryFileSchema, contextFileSchema, slotsFileSchema} from './schema.js'
import type {CategoryInfo, LexiconContext, LexiconEntry, Lexicon} from './types.js'

/** One thing wrong in a lexicon file, said so that a trainer can find and fix it. */
export interface LexiconProblem {
  file: string
  entry?: string
  field?: string
  message: string
}

export function formatProblem(problem: LexiconProblem): string {
  const where = [problem.file, problem.entry && `entry '${problem.entry}'`, problem.field && `field '${problem.field}'`]
  return `${where.filter(Boolean).join(': ')}: ${problem.message}`
}

const ajv = new Ajv({allErrors: true, strict: false})
const checkCategoryFile = ajv.compile(categoryFileSchema)
const checkContextFile = ajv.compile(contextFileSchema)
const checkSlotsFile = ajv.compile(slotsFileSchema)

export interface CategoryFile extends CategoryInfo {
  entries: Array<Omit<LexiconEntry, 'category' | 'match'> & {match?: string[]}>
}

/** Turns ajv's pointer-style errors into "entry 'x': field 'why': is missing". */
function describe(file: string, data: unknown, errors: ErrorObject[]): LexiconProblem[] {
  const problems: LexiconProblem[] = []
  for (const error of errors) {
    const path = error.instancePath.split('/').filter(Boolean)
    let entry: string | undefined
    let field: string[] = path
    if (path[0] === 'entries' && path[1] !== undefined) {
      const index = Number(path[1])
      const raw = (data as {entries?: Array<{id?: unknown}>}).entries?.[index]
      entry = typeof raw?.id === 'string' ? raw.id : `#${index + 1}`
      field = path.slice(2)
    }
    let message: string
    if (error.keyword === 'required') {
      field = [...field, String(error.params.missingProperty)]
      message = 'is missing'
    } else if (error.keyword === 'additionalProperties') {
      field = [...field, String(error.params.additionalProperty)]
      message = 'is not a known field'
    } else if (error.keyword === 'enum') {
      message = `must be one of: ${(error.params.allowedValues as string[]).join(', ')}`
    } else if (error.keyword === 'pattern' && field.at(-1) === 'id') {
      message = 'must be kebab-case (lowercase words joined by hyphens)'
    } else {
      message = error.message ?? 'is not valid'
    }
    const problem: LexiconProblem = {file, message}
    if (entry) problem.entry = entry
    // "sources.0" reads better to a trainer as "sources (item 1)".
    if (field.length > 0) problem.field = field.map((part) => (/^\d+$/.test(part) ? `(item ${Number(part) + 1})` : part)).join(' ').replace(/ \(/g, ' (')
    problems.push(problem)
  }
  return problems
}

const slotPattern = /\{([^}]*)\}/g

/** What is wrong with a phrase's "(a|b)" groups, if anything: each is plain words, not nested or empty. */
function alternationProblem(phrase: string): string | undefined {
  let depth = 0
  for (const char of phrase) {
    if (char === '(') depth++
    else if (char === ')') depth--
    if (depth > 1) return 'has a group in brackets inside another'
    if (depth < 0) return "has a ')' with no '(' before it"
  }
  if (depth !== 0) return "has a '(' that is never closed"
  if (/\|/.test(phrase.replace(/\([^()]*\)/g, ''))) return "has a '|' outside brackets: write the choices as (one|other)"
  // A regex habit: "(quite |very )?agitated" reads as a literal "?" word the note must hold, so it never matches.
  if (/\)\?/.test(phrase)) return "has '?' after a group: there are no optional words; write the form once with them and once without"
  for (const [, inner] of phrase.matchAll(/\(([^()]*)\)/g)) {
    const choices = (inner ?? '').split('|').map((choice) => choice.trim())
    if (choices.length < 2 || choices.some((choice) => choice === '')) return `has a group '(${inner})' without two or more choices`
    if (choices.some((choice) => /[{}*]/.test(choice))) return `has a slot or * inside '(${inner})': a group holds plain words`
  }
  return undefined
}

/** Checks one parsed category file. `expectedCategory` comes from the file name for built-in files. */
export function validateCategoryFile(
  file: string,
  data: unknown,
  slots: Record<string, string[]>,
  expectedCategory?: string
): LexiconProblem[] {
  if (!checkCategoryFile(data)) return describe(file, data, checkCategoryFile.errors ?? [])
  const parsed = data as unknown as CategoryFile
  const problems: LexiconProblem[] = []
  if (expectedCategory && parsed.category !== expectedCategory) {
    problems.push({file, field: 'category', message: `is '${parsed.category}' but the file is named for '${expectedCategory}'`})
  }
  const fields = ['match', 'skipWhenPrecededBy', 'skipWhenFollowedBy', 'onlyWhenPrecededBy', 'onlyWhenFollowedBy', 'onlyWhenEarlierInSentence'] as const
  for (const entry of parsed.entries) {
    if (!entry.match && !entry.detector) problems.push({file, entry: entry.id, field: 'match', message: 'is missing'})
    if (entry.match && entry.detector) problems.push({file, entry: entry.id, field: 'detector', message: "cannot be used together with 'match'"})
    for (const form of entry.match ?? []) {
      if (form.trim().startsWith('*')) problems.push({file, entry: entry.id, field: 'match', message: `'${form}' starts with *: a match form must start with a word`})
    }
    for (const field of fields) {
      // A phrase written twice in one list changes nothing but the length of the list: often a sign that
      // an edit meant to change the phrase added it again.
      const seen = new Set<string>()
      for (const phrase of entry[field] ?? []) {
        if (seen.has(phrase)) problems.push({file, entry: entry.id, field, message: `lists '${phrase}' twice`})
        seen.add(phrase)
        for (const [, name] of phrase.matchAll(slotPattern)) {
          // {name} (someone's name) is the matcher's own, and only a match form can use it.
          if (name === 'name') {
            if (field !== 'match') problems.push({file, entry: entry.id, field, message: 'uses {name}, which only match forms can use'})
          } else if (!name || !(name in slots)) {
            problems.push({file, entry: entry.id, field, message: `uses an unknown slot {${name}} (known: ${Object.keys(slots).map((s) => `{${s}}`).join(', ')}, and {name} in match forms)`})
          }
        }
        const problem = alternationProblem(phrase)
        if (problem) problems.push({file, entry: entry.id, field, message: `'${phrase}' ${problem}`})
      }
    }
  }
  return problems
}

export function validateContextFile(file: string, data: unknown): LexiconProblem[] {
  return checkContextFile(data) ? [] : describe(file, data, checkContextFile.errors ?? [])
}

export function validateSlotsFile(file: string, data: unknown): LexiconProblem[] {
  return checkSlotsFile(data) ? [] : describe(file, data, checkSlotsFile.errors ?? [])
}

/** Ids are what people configure and look up: they must be unique across all files. */
export function findDuplicateIds(files: Array<{file: string; entries: Array<{id: string}>}>): LexiconProblem[] {
  const seen = new Map<string, string>()
  const problems: LexiconProblem[] = []
  for (const {file, entries} of files) {
    for (const {id} of entries) {
      const first = seen.get(id)
      if (first) problems.push({file, entry: id, field: 'id', message: `is already used in ${first}`})
      else seen.set(id, file)
    }
  }
  return problems
}

/** Assembles validated files into one lexicon. */
export function assembleLexicon(
  files: CategoryFile[],
  slots: Record<string, string[]>,
  context: LexiconContext
): Lexicon {
  return {
    categories: files.map(({category, title, summary, does}) => ({category, title, summary, does})),
    entries: files.flatMap((file) => file.entries.map((entry) => ({...entry, match: entry.match ?? [], category: file.category}))),
    slots,
    context
  }
}
