// summary.csv: counts and rates per scope (all notes, each author, each group) × period × category,
// for spreadsheets. Rows with category `all` hold every category together; period `all` the whole time.
import {categories} from '../lexicon/types.js'
import {rate, type Counts, type ReportData} from './aggregate.js'

export const summaryColumns = ['scope', 'name', 'period', 'category', 'notes', 'words', 'findings', 'per_1000_words', 'notes_with_findings'] as const

/** A CSV field: quoted when needed; a leading = + - @ is neutralised so spreadsheets never run it. */
export function csvField(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function rows(scope: string, name: string, period: string, counts: Counts): string[][] {
  const base = [scope, name, period]
  const out = [[...base, 'all', String(counts.notes), String(counts.words), String(counts.findings), rate(counts.findings, counts.words).toFixed(2), String(counts.notesWithFinding)]]
  categories.forEach((category, index) => {
    const findings = counts.byCategory[index] ?? 0
    out.push([...base, category, String(counts.notes), String(counts.words), String(findings), rate(findings, counts.words).toFixed(2), ''])
  })
  return out
}

function periodsOf(data: ReportData, map: Map<string, Counts>): Array<[string, Counts]> {
  const keys = [...data.periods, 'undated']
  return keys.flatMap((key) => {
    const counts = key === 'undated' && map === data.overTime ? data.undated : map.get(key)
    return counts && counts.notes > 0 ? [[key, counts] as [string, Counts]] : []
  })
}

export function renderSummary(data: ReportData): string {
  const out: string[][] = []
  out.push(...rows('all', '', 'all', data.total))
  for (const [period, counts] of periodsOf(data, data.overTime)) out.push(...rows('all', '', period, counts))
  const authors = [...data.authors].sort((a, b) => ((a.name ?? '') < (b.name ?? '') ? -1 : (a.name ?? '') > (b.name ?? '') ? 1 : 0))
  for (const author of authors) {
    const name = author.name ?? '(no author)'
    out.push(...rows('author', name, 'all', author.counts))
    for (const [period, counts] of periodsOf(data, author.periods)) out.push(...rows('author', name, period, counts))
  }
  for (const group of data.groups) out.push(...rows('group', group.name ?? '(none)', 'all', group.counts))
  return [summaryColumns.join(','), ...out.map((row) => row.map((cell, index) => (index === 1 ? csvField(cell) : cell)).join(','))].join('\r\n') + '\r\n'
}
