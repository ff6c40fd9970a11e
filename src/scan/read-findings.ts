// Reads findings files written by `peerlint scan --out` (also gzipped) back into lines, checking
// each one. A line that is not a peerlint line stops at once: these files are made by machines.
import {isCategory, isSeverity} from '../lexicon/types.js'
import {UsageError} from '../node/errors.js'
import {openExport} from './input.js'
import type {OutputLine} from './types.js'

const isString = (value: unknown): value is string => typeof value === 'string'
const isStringOrNull = (value: unknown): boolean => value === null || typeof value === 'string'
const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0

function valid(line: Record<string, unknown>): line is OutputLine & Record<string, unknown> {
  const where = () => isString(line.file) && isCount(line.row)
  switch (line.type) {
    case 'scan':
      return line.version === 1 && Array.isArray(line.files) && line.files.every(isString) && typeof line.redacted === 'boolean'
    case 'malformed':
      return where() && isString(line.reason)
    case 'note':
      return where() && isStringOrNull(line.noteId) && isStringOrNull(line.author) && isStringOrNull(line.date) && isStringOrNull(line.group) && isCount(line.words) && isCount(line.findings)
    case 'finding':
      return (
        where() &&
        isStringOrNull(line.author) &&
        isStringOrNull(line.date) &&
        isStringOrNull(line.group) &&
        isString(line.ruleId) &&
        isString(line.category) &&
        isCategory(line.category) &&
        isString(line.severity) &&
        isSeverity(line.severity) &&
        isCount(line.offset) &&
        (line.actual === undefined || isString(line.actual)) &&
        (line.before === undefined || isString(line.before)) &&
        (line.after === undefined || isString(line.after))
      )
    default:
      return false
  }
}

/** Every line of a findings file, in order. */
export async function* readFindings(file: string, label: string): AsyncGenerator<OutputLine> {
  const opened = await openExport(file, label, {format: 'ndjson'})
  let sawScan = false
  for await (const item of opened.items) {
    if (item.kind === 'malformed' || !valid(item.value as Record<string, unknown>)) {
      throw new UsageError(`Line ${item.row} of '${label}' is not a peerlint findings line. Use files written by 'peerlint scan --out'.`)
    }
    const line = item.value as OutputLine
    if (!sawScan && line.type !== 'scan') throw new UsageError(`'${label}' is not a peerlint findings file (it does not start with a scan line). Use files written by 'peerlint scan --out'.`)
    sawScan = true
    yield line
  }
  if (!sawScan) throw new UsageError(`'${label}' is empty: it is not a peerlint findings file.`)
}
