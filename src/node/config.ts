// Configuration: .peerlintrc.json, .peerlintrc.yaml/.yml, or a "peerlint" key in package.json, found by
// walking up from each linted file (the nearest wins). Data only, never code. Every mistake is
// reported with the file and the key, and what would be valid.
import fs from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {parse as parseYaml} from 'yaml'
import {getDefaultIndex} from '../engine/default-index.js'
import type {LintOptions} from '../engine/lint.js'
import {isLocale, locales, type Locale} from '../engine/locale.js'
import {compilePhraseIndex, type PhraseIndex} from '../engine/phrase-index.js'
import type {QuoteHandling} from '../engine/rule.js'
import {categories, isCategory, isSeverity, severities, type Category, type Severity} from '../lexicon/types.js'
import {assembleLexicon, findDuplicateIds, formatProblem, validateCategoryFile, type CategoryFile} from '../lexicon/validate.js'
import {UsageError} from './errors.js'

export const configFileNames = ['.peerlintrc.json', '.peerlintrc.yaml', '.peerlintrc.yml', 'package.json'] as const

export type Setting = Severity | 'off' | boolean

export interface PeerlintConfig {
  categories?: Partial<Record<Category, Setting>>
  rules?: Record<string, Setting>
  allow?: string[]
  lexicon?: string[]
  quotes?: QuoteHandling
  locale?: Locale
  minSeverity?: Severity
  ignorePatterns?: string[]
}

export interface LoadedConfig {
  /** The file it came from, or undefined when no configuration applies. */
  file?: string
  config: PeerlintConfig
  /** The phrase index with the organisation's own entries, when `lexicon` adds any. */
  index?: PhraseIndex
}

const knownKeys = ['categories', 'rules', 'allow', 'lexicon', 'quotes', 'locale', 'minSeverity', 'ignorePatterns'] as const
const settingWords = ['off', ...severities]
const quoteModes = ['ignore', 'info', 'check']

class ConfigProblems {
  readonly lines: string[] = []
  constructor(readonly file: string) {}
  add(key: string, message: string): void {
    this.lines.push(`${this.file}: '${key}' ${message}`)
  }
  throwIfAny(): void {
    if (this.lines.length > 0) throw new UsageError(this.lines.join('\n'))
  }
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')
const isSetting = (value: unknown): value is Setting => typeof value === 'boolean' || (typeof value === 'string' && settingWords.includes(value))

function readConfigFile(file: string): unknown {
  let source: string
  try {
    source = fs.readFileSync(file, 'utf8')
  } catch {
    throw new UsageError(`Cannot read the configuration file '${file}'.`)
  }
  try {
    if (path.basename(file) === 'package.json') return (JSON.parse(source) as {peerlint?: unknown}).peerlint
    return file.endsWith('.json') ? JSON.parse(source) : parseYaml(source)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'it is not valid'
    throw new UsageError(`${file}: cannot be read as ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${reason}).`)
  }
}

/** Reads the organisation's own lexicon files and compiles them with the built-in lexicon. */
function loadLexicons(paths: string[], base: string, problems: ConfigProblems): PhraseIndex | undefined {
  const builtIn = getDefaultIndex().lexicon
  const files: CategoryFile[] = []
  const labelled: Array<{file: string; entries: Array<{id: string}>}> = [{file: 'the built-in lexicon', entries: builtIn.entries}]
  for (const relative of paths) {
    const file = path.resolve(base, relative)
    const label = path.relative(process.cwd(), file) || file
    let data: unknown
    try {
      data = parseYaml(fs.readFileSync(file, 'utf8'))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      problems.add('lexicon', code ? `names '${relative}', which cannot be read (${code === 'ENOENT' ? 'no such file' : code}).` : `names '${relative}', which is not valid YAML or JSON.`)
      continue
    }
    const found = validateCategoryFile(label, data, builtIn.slots)
    if (found.length > 0) {
      problems.lines.push(...found.map(formatProblem))
      continue
    }
    files.push(data as CategoryFile)
    labelled.push({file: label, entries: (data as CategoryFile).entries})
  }
  problems.lines.push(...findDuplicateIds(labelled).map(formatProblem))
  if (files.length === 0 || problems.lines.length > 0) return undefined
  const extra = assembleLexicon(files, builtIn.slots, builtIn.context)
  const categoryInfo = [...builtIn.categories]
  return compilePhraseIndex({...builtIn, categories: categoryInfo, entries: [...builtIn.entries, ...extra.entries]})
}

/** Validates a parsed configuration; throws one UsageError listing every problem. */
export function validateConfig(data: unknown, file: string): LoadedConfig {
  const problems = new ConfigProblems(file)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`${file}: the configuration must be a mapping of keys (${knownKeys.join(', ')}).`)
  }
  const config = data as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!(knownKeys as readonly string[]).includes(key)) problems.add(key, `is not a configuration key. Valid keys: ${knownKeys.join(', ')}.`)
  }
  const base = path.dirname(file)
  let index: PhraseIndex | undefined
  if (config.lexicon !== undefined) {
    if (!isStringList(config.lexicon)) problems.add('lexicon', 'must be a list of paths to lexicon files (YAML or JSON).')
    else index = loadLexicons(config.lexicon, base, problems)
  }
  const ids = new Set((index ?? getDefaultIndex()).lexicon.entries.map((entry) => entry.id))
  if (config.categories !== undefined) {
    if (typeof config.categories !== 'object' || config.categories === null || Array.isArray(config.categories)) problems.add('categories', `must map categories to ${settingWords.join(', ')}, true or false.`)
    else
      for (const [name, value] of Object.entries(config.categories)) {
        if (!isCategory(name)) problems.add(`categories.${name}`, `is not a category. Categories: ${categories.join(', ')}.`)
        else if (!isSetting(value)) problems.add(`categories.${name}`, `must be one of ${settingWords.join(', ')}, true or false.`)
      }
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) problems.add('rules', `must map entry ids to ${settingWords.join(', ')}, true or false.`)
    else
      for (const [id, value] of Object.entries(config.rules)) {
        if (!ids.has(id)) problems.add(`rules.${id}`, 'is not an entry id. Run peerlint --list to see the ids.')
        else if (!isSetting(value)) problems.add(`rules.${id}`, `must be one of ${settingWords.join(', ')}, true or false.`)
      }
  }
  if (config.allow !== undefined && !isStringList(config.allow)) problems.add('allow', 'must be a list of words, phrases or entry ids.')
  if (config.ignorePatterns !== undefined && !isStringList(config.ignorePatterns)) problems.add('ignorePatterns', 'must be a list of glob patterns.')
  if (config.quotes !== undefined && !quoteModes.includes(config.quotes as string)) problems.add('quotes', `must be one of ${quoteModes.join(', ')}.`)
  if (config.locale !== undefined && !isLocale(String(config.locale))) problems.add('locale', `must be one of ${locales.join(', ')}.`)
  if (config.minSeverity !== undefined && !isSeverity(String(config.minSeverity))) problems.add('minSeverity', `must be one of ${severities.join(', ')}.`)
  problems.throwIfAny()
  const loaded: LoadedConfig = {file, config: config as PeerlintConfig}
  if (index) loaded.index = index
  return loaded
}

const loadedByFile = new Map<string, LoadedConfig>()

export function loadConfigFile(file: string): LoadedConfig {
  const absolute = path.resolve(file)
  let loaded = loadedByFile.get(absolute)
  if (!loaded) {
    if (!fs.existsSync(absolute)) throw new UsageError(`No such configuration file: '${file}'.`)
    loaded = validateConfig(readConfigFile(absolute), path.relative(process.cwd(), absolute) || absolute)
    loadedByFile.set(absolute, loaded)
  }
  return loaded
}

const foundByDirectory = new Map<string, string | null>()

/** The nearest configuration file at or above `directory`, if any. */
export function findConfigFile(directory: string): string | undefined {
  const start = path.resolve(directory)
  const cached = foundByDirectory.get(start)
  if (cached !== undefined) return cached ?? undefined
  let found: string | undefined
  for (const name of configFileNames) {
    const candidate = path.join(start, name)
    if (!fs.existsSync(candidate)) continue
    if (name === 'package.json' && readConfigFile(candidate) === undefined) continue
    found = candidate
    break
  }
  if (!found) {
    const parent = path.dirname(start)
    found = parent === start ? undefined : findConfigFile(parent)
  }
  foundByDirectory.set(start, found ?? null)
  return found
}

export interface ConfigChoice {
  /** --config: this file for everything. */
  file?: string
  /** --no-config. */
  none?: boolean
}

/** The configuration that applies to `target` (a file path). */
export function configFor(target: string, choice: ConfigChoice): LoadedConfig {
  if (choice.none) return {config: {}}
  if (choice.file) return loadConfigFile(choice.file)
  const found = findConfigFile(path.dirname(path.resolve(target)))
  return found ? loadConfigFile(found) : {config: {}}
}

const toSeverity = (setting: Setting | undefined): Severity | 'off' | undefined =>
  setting === false ? 'off' : setting === true || setting === undefined ? undefined : setting

/** Lint options from a configuration. */
export function lintOptionsFrom({config, index}: LoadedConfig): LintOptions {
  const options: LintOptions = {}
  const categorySeverity: Partial<Record<Category, Severity | 'off'>> = {}
  for (const [name, setting] of Object.entries(config.categories ?? {})) {
    const value = toSeverity(setting)
    if (value) categorySeverity[name as Category] = value
  }
  if (Object.keys(categorySeverity).length > 0) options.categorySeverity = categorySeverity
  const rules: Record<string, Severity | 'off'> = {}
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const value = toSeverity(setting)
    if (value) rules[id] = value
  }
  if (Object.keys(rules).length > 0) options.rules = rules
  if (config.allow) options.allow = config.allow
  if (config.quotes) options.quotes = config.quotes
  if (config.locale) options.locale = config.locale
  if (config.minSeverity) options.minSeverity = config.minSeverity
  if (index) options.index = index
  return options
}

function matcher(base: string, rules: Ignore): (file: string) => boolean {
  return (file) => {
    const relative = path.relative(base, path.resolve(file))
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && rules.ignores(relative.split(path.sep).join('/'))
  }
}

/** .peerlintignore in the working directory, in .gitignore syntax. */
export function ignoreFileMatcher(cwd: string): (file: string) => boolean {
  const file = path.join(cwd, '.peerlintignore')
  return matcher(cwd, ignore().add(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''))
}

const configMatchers = new Map<string, (file: string) => boolean>()

/** The configuration's ignorePatterns, relative to the folder the configuration file is in. */
export function isIgnoredByConfig(loaded: LoadedConfig, file: string): boolean {
  if (!loaded.file || !loaded.config.ignorePatterns?.length) return false
  let test = configMatchers.get(loaded.file)
  if (!test) {
    test = matcher(path.dirname(path.resolve(loaded.file)), ignore().add(loaded.config.ignorePatterns))
    configMatchers.set(loaded.file, test)
  }
  return test(file)
}
