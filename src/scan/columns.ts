// Column mapping: which field of a row is the note text, id, author, date and group; dates to ISO.
// Errors and reasons name columns, never the values in them (a value may be note text).
import {UsageError} from '../node/errors.js'
import type {NoteRecord} from './types.js'

export type DateFormat = 'auto' | 'iso' | 'mm/dd/yyyy' | 'dd/mm/yyyy'
export const dateFormats: DateFormat[] = ['auto', 'iso', 'mm/dd/yyyy', 'dd/mm/yyyy']

export interface ColumnOptions {
  text?: string
  id?: string
  author?: string
  date?: string
  group?: string
  dateFormat: DateFormat
}

/** Names that clearly hold the note itself, so --text can be left out. */
const textNames = ['note', 'notes', 'text', 'body', 'note_text', 'notetext', 'note text', 'narrative', 'content', 'progress_note', 'progress note', 'note_body']

/** A field as it comes from a row: a string (CSV) or any JSON value. */
export type Field = unknown

/** Reads fields from one row. */
export type Getter = (row: Field) => Field

function describeColumns(names: string[]): string {
  if (names.length === 0) return 'it has no columns'
  if (names.length > 40 || names.some((name) => name.length > 40 || /[\r\n]/.test(name))) return 'its first row does not look like column names'
  return `its columns are ${names.map((name) => `'${name}'`).join(', ')}`
}

/** Picks the text column: the one named, or the single obvious one. */
export function chooseTextColumn(named: string | undefined, names: string[], label: string): string {
  if (named !== undefined) return named
  const obvious = names.filter((name) => textNames.includes(name.trim().toLowerCase()))
  if (obvious.length === 1) return obvious[0]!
  throw new UsageError(`Name the column that holds the note text with --text <column>: '${label}' has ${obvious.length === 0 ? 'no obvious one' : 'more than one candidate'} (${describeColumns(names)}).`)
}

/** CSV: a getter for a header name (exact, then ignoring case and surrounding spaces). */
export function csvGetter(header: string[], column: string, flag: string, label: string): Getter {
  let index = header.indexOf(column)
  if (index === -1) index = header.findIndex((name) => name.trim().toLowerCase() === column.trim().toLowerCase())
  if (index === -1) throw new UsageError(`'${label}' has no column '${column}' (named by ${flag}); ${describeColumns(header)}.`)
  return (row) => (row as string[])[index]
}

/** A value at a JSON path: a literal key first ("note.body"), then nested keys (note → body). */
export function getPath(value: unknown, path: string): unknown {
  if (value === null || typeof value !== 'object') return undefined
  const record = value as Record<string, unknown>
  if (Object.hasOwn(record, path)) return record[path]
  let current: unknown = value
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** JSON: a getter for a path; the path must exist in the first note (so a typo stops at once). */
export function jsonGetter(first: unknown, path: string, flag: string, label: string): Getter {
  if (getPath(first, path) === undefined) {
    const keys = first !== null && typeof first === 'object' ? Object.keys(first) : []
    throw new UsageError(`'${label}' has no field '${path}' (named by ${flag}) in its first note; ${describeColumns(keys).replace('columns', 'fields')}.`)
  }
  return (row) => getPath(row, path)
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A date as written in the export → YYYY-MM-DD (the date as written; a time or zone after it is ignored). */
export function parseDate(value: string, format: DateFormat): string | undefined {
  const text = value.trim()
  if (format === 'auto' || format === 'iso') {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\S.*)?$/.exec(text)
    if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]))
    if (format === 'iso') return undefined
  }
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[T ,]\s*\S.*)?$/.exec(text)
  if (!match) return undefined
  const first = Number(match[1])
  const second = Number(match[3])
  const year = Number(match[4])
  return format === 'dd/mm/yyyy' ? iso(year, second, first) : iso(year, first, second)
}

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return null
}

export interface Mapper {
  (row: Field, file: string, rowNumber: number): NoteRecord | {reason: string}
}

export interface Getters {
  text: Getter
  id?: Getter
  author?: Getter
  date?: Getter
  group?: Getter
}

/** Turns a row into a note, or a reason it cannot be one. */
export function createMapper(getters: Getters, dateFormat: DateFormat): Mapper {
  const dateHint = dateFormat === 'auto' ? 'YYYY-MM-DD or MM/DD/YYYY; see --date-format' : dateFormat.toUpperCase()
  return (row, file, rowNumber) => {
    const rawText = getters.text(row)
    if (rawText !== undefined && rawText !== null && typeof rawText !== 'string') return {reason: 'the note text is not a string'}
    const text = rawText ?? ''
    if (text.trim() === '') return {reason: 'empty note text'}
    let date: string | null = null
    if (getters.date) {
      const raw = asText(getters.date(row))
      if (raw === null || raw.trim() === '') return {reason: 'no date'}
      const parsed = parseDate(raw, dateFormat)
      if (parsed === undefined) return {reason: `date not understood (expected ${dateHint})`}
      date = parsed
    }
    const pick = (getter: Getter | undefined): string | null => {
      if (!getter) return null
      const value = asText(getter(row))
      return value === null || value.trim() === '' ? null : value.trim()
    }
    return {file, row: rowNumber, noteId: pick(getters.id), author: pick(getters.author), date, group: pick(getters.group), text}
  }
}
