// `--format sarif`: SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) as GitHub code
// scanning reads it: one run; a rule for each lexicon entry that has findings, with the reason, the open
// rewrites and a link to its documentation; a result per finding with its region; and, for entries
// marked fixable, the first rewrite as a fix.
//
// Columns and offsets are UTF-16 code units, exactly as in the JSON report (SARIF's default column kind).
// Paths are made into URI references relative to %SRCROOT% (the folder peerlint ran in, which in CI is
// the repository root); absolute paths become file: URIs; stdin is "stdin".
import {lexicon} from '../engine/default-index.js'
import type {CategoryInfo, LexiconEntry, Severity} from '../lexicon/types.js'
import type {FormatterContext} from './formatters.js'
import type {JsonMessage, JsonResult} from './json.js'

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'
/** Where peerlint is published. SARIF wants absolute URIs for the tool and its rule documentation. */
export const peerlintHomepage = 'https://www.npmjs.com/package/peerlint'
/** The published package's files for a version, for documentation links the JSON report gives as
 * package-relative paths (`docs/lexicon.md#id`). */
export const packageFilesUri = (version: string) => `https://unpkg.com/peerlint@${encodeURIComponent(version)}/`

type Level = 'error' | 'warning' | 'note'
const levels: Record<Severity, Level> = {error: 'error', warning: 'warning', info: 'note'}

interface Text {
  text: string
}

interface Region {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  charOffset: number
  charLength: number
}

interface ArtifactLocation {
  uri: string
  uriBaseId?: string
}

export interface SarifRule {
  id: string
  name: string
  shortDescription: Text
  fullDescription: Text
  help: {text: string; markdown: string}
  helpUri: string
  defaultConfiguration: {level: Level}
  properties: {category: string; tags: string[]; fixable: boolean}
}

export interface SarifFix {
  description: Text
  artifactChanges: Array<{
    artifactLocation: ArtifactLocation
    replacements: Array<{deletedRegion: Region; insertedContent: Text}>
  }>
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Level
  message: Text
  locations: Array<{physicalLocation: {artifactLocation: ArtifactLocation; region: Region}}>
  fixes?: SarifFix[]
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: {driver: {name: string; version: string; semanticVersion?: string; informationUri: string; rules: SarifRule[]}}
    columnKind: 'utf16CodeUnits'
    results: SarifResult[]
  }>
}

let entriesById: Map<string, LexiconEntry> | undefined
let categoriesById: Map<string, CategoryInfo> | undefined

function entryFor(id: string): LexiconEntry | undefined {
  entriesById ??= new Map(lexicon.entries.map((entry) => [entry.id, entry]))
  return entriesById.get(id)
}

function categoryFor(id: string): CategoryInfo | undefined {
  categoriesById ??= new Map(lexicon.categories.map((info) => [info.category, info]))
  return categoriesById.get(id)
}

/** A path as a URI reference: each segment percent-encoded (spaces, `#`, `%`, a colon in the first
 * segment); absolute paths as file: URIs. */
export function artifactLocation(path: string): ArtifactLocation {
  if (path === '<stdin>') return {uri: 'stdin'}
  const slashed = path.replace(/\\/g, '/')
  const drive = /^[A-Za-z]:\//.exec(slashed)
  if (drive || slashed.startsWith('/')) {
    const rest = drive ? slashed.slice(3) : slashed.slice(1)
    const encoded = rest.split('/').map(encodeURIComponent).join('/')
    return {uri: `file:///${drive ? `${drive[0]}` : ''}${encoded}`}
  }
  return {uri: slashed.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'}
}

function isAbsoluteUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)
}

function helpUri(url: string, version: string): string {
  return isAbsoluteUri(url) ? url : new URL(url, packageFilesUri(version)).href
}

/** "this-writer" → "ThisWriter" (SARIF's readable rule name). */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}

function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]<>#|]/g, '\\$&')
}

function buildRule(message: JsonMessage, version: string): SarifRule {
  const entry = entryFor(message.ruleId)
  const category = categoryFor(entry?.category ?? message.category)
  const uri = helpUri(message.url, version)
  const rewrites = entry?.rewrites ?? message.expected
  const why = entry?.why ?? category?.summary ?? message.message
  const does = (entry?.does ?? category?.does ?? '').replace(/[.\s]+$/, '')
  const label = entry?.match[0] ?? message.ruleId.replace(/-/g, ' ')
  const short = does ? `‘${label}’ ${does}.` : `‘${label}’ (${message.category})`
  const sources = entry?.sources ?? []
  const rewriteIntro = 'Open rewrites, best first (… marks a blank to fill in):'

  const text = [
    why,
    '',
    rewriteIntro,
    ...rewrites.map((rewrite) => `- ${rewrite}`),
    ...(sources.length > 0 ? ['', 'Sources:', ...sources.map((source) => `- ${source}`)] : []),
    '',
    `More: ${uri}`
  ].join('\n')
  const markdown = [
    escapeMarkdown(why),
    '',
    `**${rewriteIntro}**`,
    '',
    ...rewrites.map((rewrite) => `- ‘${escapeMarkdown(rewrite)}’`),
    ...(sources.length > 0 ? ['', '**Sources:**', '', ...sources.map((source) => `- ${escapeMarkdown(source)}`)] : []),
    '',
    `[${escapeMarkdown(message.ruleId)} in the peerlint lexicon](${uri})`
  ].join('\n')

  return {
    id: message.ruleId,
    name: ruleName(message.ruleId),
    shortDescription: {text: short},
    fullDescription: {text: why},
    help: {text, markdown},
    helpUri: uri,
    defaultConfiguration: {level: levels[entry?.severity ?? message.severity]},
    properties: {
      category: message.category,
      tags: ['peerlint', message.category, ...(category ? [category.title] : [])],
      fixable: entry?.fixable ?? false
    }
  }
}

function regionOf(message: JsonMessage): Region {
  return {
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    charOffset: message.offset,
    charLength: message.endOffset - message.offset
  }
}

/** The rewrite in the case of the words it replaces: "This writer" → "I", "Claims" → "Says". */
export function matchCase(actual: string, rewrite: string): string {
  const letters = actual.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return rewrite.toUpperCase()
  const first = actual.match(/\p{L}/u)?.[0]
  if (first && first !== first.toLowerCase()) return rewrite.replace(/\p{L}/u, (letter) => letter.toUpperCase())
  return rewrite
}

/** The first rewrite as a replacement, for entries marked fixable. A rewrite with a blank (…) is an
 * offer to finish, not a replacement, so it is never a fix. */
function fixFor(message: JsonMessage, location: ArtifactLocation): SarifFix[] | undefined {
  const entry = entryFor(message.ruleId)
  const rewrite = entry?.rewrites[0]
  if (!entry?.fixable || rewrite === undefined || rewrite.includes('…')) return undefined
  const inserted = matchCase(message.actual, rewrite)
  return [
    {
      description: {text: `Replace ‘${message.actual.replace(/\s+/g, ' ')}’ with ‘${inserted}’.`},
      artifactChanges: [{artifactLocation: location, replacements: [{deletedRegion: regionOf(message), insertedContent: {text: inserted}}]}]
    }
  ]
}

export function toSarif(results: JsonResult[], context: Pick<FormatterContext, 'version'>): SarifLog {
  const rules: SarifRule[] = []
  const ruleIndex = new Map<string, number>()
  const sarifResults: SarifResult[] = []
  for (const result of results) {
    const location = artifactLocation(result.path)
    for (const message of result.messages) {
      let index = ruleIndex.get(message.ruleId)
      if (index === undefined) {
        index = rules.push(buildRule(message, context.version)) - 1
        ruleIndex.set(message.ruleId, index)
      }
      const fixes = fixFor(message, location)
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: index,
        level: levels[message.severity],
        message: {text: message.message},
        locations: [{physicalLocation: {artifactLocation: location, region: regionOf(message)}}],
        ...(fixes && {fixes})
      })
    }
  }
  const semver = /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(context.version)
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'peerlint',
            version: context.version,
            ...(semver && {semanticVersion: context.version}),
            informationUri: peerlintHomepage,
            rules
          }
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults
      }
    ]
  }
}

export function reportSarif(results: JsonResult[], context: Pick<FormatterContext, 'version'>): string {
  return `${JSON.stringify(toSarif(results, context), null, 2)}\n`
}
