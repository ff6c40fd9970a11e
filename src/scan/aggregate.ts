// Totals, per category, per entry, per author, per group and per period, built only from the lines
// of findings.jsonl. Every count is an integer sum and every list is sorted explicitly, so the result
// does not depend on the order lines arrive in: shards merge exactly as if scanned at once.
import {categories, type Category} from '../lexicon/types.js'
import type {FindingLine, MalformedLine, NoteLine, OutputLine, Period} from './types.js'

export interface Counts {
  notes: number
  words: number
  findings: number
  notesWithFinding: number
  /** Findings per category, in `categories` order. */
  byCategory: number[]
}

export interface Example {
  file: string
  row: number
  offset: number
  author: string | null
  date: string | null
  before: string
  actual: string
  after: string
}

export interface EntryStats {
  id: string
  category: Category
  count: number
  notes: number
  /** How it was written, most common first (empty when redacted). */
  forms: Array<{form: string; count: number}>
  examples: Example[]
}

export interface AuthorStats {
  name: string | null
  counts: Counts
  periods: Map<string, Counts>
  /** Rate in the first and the last quarter of the time covered (null: too few words to say). */
  early: number | null
  late: number | null
  trend: 'rising' | 'falling' | 'steady' | 'unknown'
}

export interface ReportData {
  files: string[]
  redacted: boolean
  period: Period
  total: Counts
  notesByCategory: number[]
  /** All periods from the first to the last date, in order (gaps included). */
  periods: string[]
  overTime: Map<string, Counts>
  undated: Counts
  authors: AuthorStats[]
  groups: Array<{name: string | null; counts: Counts}>
  entries: EntryStats[]
  malformed: MalformedLine[]
  firstDate: string | null
  lastDate: string | null
  earlyPeriods: string[]
  latePeriods: string[]
}

const categoryIndex = new Map<Category, number>(categories.map((category, index) => [category, index]))
const examplesPerEntry = 3
const minimumWordsForTrend = 300

export const emptyCounts = (): Counts => ({notes: 0, words: 0, findings: 0, notesWithFinding: 0, byCategory: categories.map(() => 0)})

/** Findings per 1,000 words (0 when there are no words). */
export const rate = (findings: number, words: number): number => (words === 0 ? 0 : (findings * 1000) / words)

function isoWeek(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const time = new Date(Date.UTC(year, month - 1, day))
  const weekday = (time.getUTCDay() + 6) % 7 // Monday 0
  time.setUTCDate(time.getUTCDate() - weekday + 3) // the Thursday of this week
  const weekYear = time.getUTCFullYear()
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4))
  const week = 1 + Math.round(((time.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7)
  return `${weekYear}-W${String(week).padStart(2, '0')}`
}

export function periodOf(date: string, period: Period): string {
  return period === 'month' ? date.slice(0, 7) : isoWeek(date)
}

/** Every period from `first` to `last` inclusive. */
export function periodRange(first: string, last: string, period: Period): string[] {
  const out: string[] = []
  const [year, month, day] = first.split('-').map(Number) as [number, number, number]
  const cursor = new Date(Date.UTC(year, month - 1, period === 'month' ? 1 : day))
  const end = periodOf(last, period)
  for (let guard = 0; guard < 10_000; guard++) {
    const key = periodOf(cursor.toISOString().slice(0, 10), period)
    if (out.at(-1) !== key) out.push(key)
    if (key === end) break
    if (period === 'month') cursor.setUTCMonth(cursor.getUTCMonth() + 1)
    else cursor.setUTCDate(cursor.getUTCDate() + 7)
  }
  return out
}

function addNote(counts: Counts, note: NoteLine): void {
  counts.notes++
  counts.words += note.words
  if (note.findings > 0) counts.notesWithFinding++
}

function addFinding(counts: Counts, finding: FindingLine): void {
  counts.findings++
  counts.byCategory[categoryIndex.get(finding.category) ?? 0]!++
}

/** Examples: the most recent notes first (undated last), then by file, row and position. */
function compareExamples(a: Example, b: Example): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date > b.date ? -1 : 1
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row || a.offset - b.offset
}

interface EntryAccumulator {
  id: string
  category: Category
  count: number
  notes: number
  forms: Map<string, number>
  examples: Example[]
}

export class Aggregator {
  private readonly files = new Set<string>()
  private redacted = false
  private readonly total = emptyCounts()
  private readonly notesByCategory = categories.map(() => 0)
  private readonly undated = emptyCounts()
  private readonly overTime = new Map<string, Counts>()
  private readonly authors = new Map<string, {name: string | null; counts: Counts; periods: Map<string, Counts>}>()
  private readonly groups = new Map<string, {name: string | null; counts: Counts}>()
  private readonly entries = new Map<string, EntryAccumulator>()
  private readonly malformed: MalformedLine[] = []
  private firstDate: string | null = null
  private lastDate: string | null = null
  // Finding lines of one note are consecutive: used to count notes per category and per entry.
  private currentNote = ''
  private seenInNote = new Set<string>()

  constructor(private readonly period: Period) {}

  private author(name: string | null) {
    const key = name ?? '\u0000'
    let stats = this.authors.get(key)
    if (!stats) {
      stats = {name, counts: emptyCounts(), periods: new Map()}
      this.authors.set(key, stats)
    }
    return stats
  }

  private group(name: string | null) {
    const key = name ?? '\u0000'
    let stats = this.groups.get(key)
    if (!stats) {
      stats = {name, counts: emptyCounts()}
      this.groups.set(key, stats)
    }
    return stats
  }

  private periodCounts(map: Map<string, Counts>, date: string | null): Counts {
    if (date === null) return map === this.overTime ? this.undated : getOrCreate(map, 'undated')
    return getOrCreate(map, periodOf(date, this.period))
  }

  add(line: OutputLine): void {
    switch (line.type) {
      case 'scan':
        for (const file of line.files) this.files.add(file)
        if (line.redacted) this.redacted = true
        return
      case 'malformed':
        this.malformed.push(line)
        return
      case 'note': {
        addNote(this.total, line)
        addNote(this.periodCounts(this.overTime, line.date), line)
        const author = this.author(line.author)
        addNote(author.counts, line)
        addNote(this.periodCounts(author.periods, line.date), line)
        addNote(this.group(line.group).counts, line)
        if (line.date !== null) {
          if (this.firstDate === null || line.date < this.firstDate) this.firstDate = line.date
          if (this.lastDate === null || line.date > this.lastDate) this.lastDate = line.date
        }
        return
      }
      case 'finding': {
        addFinding(this.total, line)
        addFinding(this.periodCounts(this.overTime, line.date), line)
        const author = this.author(line.author)
        addFinding(author.counts, line)
        addFinding(this.periodCounts(author.periods, line.date), line)
        addFinding(this.group(line.group).counts, line)
        const noteKey = `${line.file}\u0000${line.row}`
        if (noteKey !== this.currentNote) {
          this.currentNote = noteKey
          this.seenInNote = new Set()
        }
        let entry = this.entries.get(line.ruleId)
        if (!entry) {
          entry = {id: line.ruleId, category: line.category, count: 0, notes: 0, forms: new Map(), examples: []}
          this.entries.set(line.ruleId, entry)
        }
        entry.count++
        if (!this.seenInNote.has(`e:${line.ruleId}`)) {
          this.seenInNote.add(`e:${line.ruleId}`)
          entry.notes++
        }
        if (!this.seenInNote.has(`c:${line.category}`)) {
          this.seenInNote.add(`c:${line.category}`)
          this.notesByCategory[categoryIndex.get(line.category) ?? 0]!++
        }
        if (line.actual !== undefined) {
          const form = line.actual.replace(/\s+/g, ' ').toLowerCase()
          entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1)
          if (line.before !== undefined && line.after !== undefined) {
            const example: Example = {file: line.file, row: line.row, offset: line.offset, author: line.author, date: line.date, before: line.before, actual: line.actual, after: line.after}
            // One example per note: a note's findings arrive in order, so the first one is kept.
            const sameNote = entry.examples.some((other) => other.file === example.file && other.row === example.row)
            if (!sameNote && (entry.examples.length < examplesPerEntry || compareExamples(example, entry.examples.at(-1)!) < 0)) {
              entry.examples.push(example)
              entry.examples.sort(compareExamples)
              entry.examples.length = Math.min(entry.examples.length, examplesPerEntry)
            }
          }
        }
        return
      }
    }
  }

  finish(): ReportData {
    const periods = this.firstDate !== null && this.lastDate !== null ? periodRange(this.firstDate, this.lastDate, this.period) : []
    const quarter = Math.max(1, Math.ceil(periods.length / 4))
    const earlyPeriods = periods.length >= 2 ? periods.slice(0, quarter) : []
    const latePeriods = periods.length >= 2 ? periods.slice(-quarter) : []
    const windowCounts = (map: Map<string, Counts>, keys: string[]): {words: number; findings: number} => {
      let words = 0
      let findings = 0
      for (const key of keys) {
        const counts = map.get(key)
        if (counts) {
          words += counts.words
          findings += counts.findings
        }
      }
      return {words, findings}
    }
    const authors: AuthorStats[] = [...this.authors.values()].map(({name, counts, periods: byPeriod}) => {
      const first = windowCounts(byPeriod, earlyPeriods)
      const last = windowCounts(byPeriod, latePeriods)
      const enough = first.words >= minimumWordsForTrend && last.words >= minimumWordsForTrend
      const early = enough ? rate(first.findings, first.words) : null
      const late = enough ? rate(last.findings, last.words) : null
      return {name, counts, periods: byPeriod, early, late, trend: enough ? trendOf(first, last) : 'unknown'}
    })
    authors.sort((a, b) => rate(b.counts.findings, b.counts.words) - rate(a.counts.findings, a.counts.words) || compareNames(a.name, b.name))
    const groups = [...this.groups.values()].sort((a, b) => rate(b.counts.findings, b.counts.words) - rate(a.counts.findings, a.counts.words) || compareNames(a.name, b.name))
    const entries: EntryStats[] = [...this.entries.values()]
      .map((entry) => ({
        id: entry.id,
        category: entry.category,
        count: entry.count,
        notes: entry.notes,
        forms: this.redacted ? [] : [...entry.forms].map(([form, count]) => ({form, count})).sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0)),
        examples: this.redacted ? [] : entry.examples
      }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
    const malformed = [...this.malformed].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row))
    return {
      files: [...this.files].sort(),
      redacted: this.redacted,
      period: this.period,
      total: this.total,
      notesByCategory: this.notesByCategory,
      periods,
      overTime: this.overTime,
      undated: this.undated,
      authors,
      groups: this.groups.size === 1 && this.groups.has('\u0000') ? [] : groups,
      entries,
      malformed,
      firstDate: this.firstDate,
      lastDate: this.lastDate,
      earlyPeriods,
      latePeriods
    }
  }
}

/**
 * Rising or falling when one window's rate is at least 1.5 times the other's and the difference is
 * unlikely to be chance: a z of 3 or more, treating each window's count as Poisson.
 */
export function trendOf(early: {words: number; findings: number}, late: {words: number; findings: number}): 'rising' | 'falling' | 'steady' {
  const a = early.findings / early.words
  const b = late.findings / late.words
  const spread = Math.sqrt(early.findings / early.words ** 2 + late.findings / late.words ** 2)
  if (spread === 0) return 'steady'
  const z = (b - a) / spread
  if (z >= 3 && b >= 1.5 * a) return 'rising'
  if (z <= -3 && a >= 1.5 * b) return 'falling'
  return 'steady'
}

function getOrCreate(map: Map<string, Counts>, key: string): Counts {
  let counts = map.get(key)
  if (!counts) {
    counts = emptyCounts()
    map.set(key, counts)
  }
  return counts
}

function compareNames(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}
