// The lines of findings.jsonl. The report and summary are built only from these lines, so
// `peerlint report` on the file(s) rebuilds exactly what `peerlint scan` wrote.
import type {JsonMessage} from '../report/json.js'

export type Period = 'month' | 'week'

/** First line of every findings file: what was scanned. */
export interface ScanLine {
  type: 'scan'
  version: 1
  /** The inputs as the user named them. */
  files: string[]
  redacted: boolean
}

/** One line per note that was read and linted. */
export interface NoteLine {
  type: 'note'
  file: string
  row: number
  noteId: string | null
  author: string | null
  /** ISO YYYY-MM-DD, or null when no --date column was given. */
  date: string | null
  group: string | null
  words: number
  findings: number
}

/** One line per finding: where it is, plus the core JSON message fields. */
export type FindingLine = {
  type: 'finding'
  file: string
  row: number
  noteId: string | null
  author: string | null
  date: string | null
  group: string | null
  /** A few words either side of the finding (not written with --redact). */
  before?: string
  after?: string
} & Omit<JsonMessage, 'message' | 'actual'> & Partial<Pick<JsonMessage, 'message' | 'actual'>>

/** A row that could not be read as a note: counted and listed, never fatal. */
export interface MalformedLine {
  type: 'malformed'
  file: string
  row: number
  reason: string
}

export type OutputLine = ScanLine | NoteLine | FindingLine | MalformedLine

/** A note as read from an export, before linting. */
export interface NoteRecord {
  file: string
  row: number
  noteId: string | null
  author: string | null
  date: string | null
  group: string | null
  text: string
}
