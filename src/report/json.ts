// The JSON shape every machine-readable report builds on (documented in the README).
import type {VFile} from 'vfile'
import type {Category, Severity} from '../lexicon/types.js'
import type {PeerlintMessage} from '../engine/rule.js'

export interface JsonMessage {
  ruleId: string
  category: Category
  severity: Severity
  message: string
  actual: string
  expected: string[]
  line: number
  column: number
  endLine: number
  endColumn: number
  /** 0-based index into the file's text (JavaScript string index). */
  offset: number
  /** Exclusive. */
  endOffset: number
  url: string
}

export interface JsonResult {
  path: string
  messages: JsonMessage[]
}

export function toJsonMessage(message: PeerlintMessage): JsonMessage {
  const {start, end} = message.place
  return {
    ruleId: message.ruleId,
    category: message.category,
    severity: message.severity,
    message: message.reason,
    actual: message.actual,
    expected: message.expected,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: start.offset,
    endOffset: end.offset,
    url: message.url
  }
}

export function toJsonResult(path: string, file: VFile): JsonResult {
  return {path, messages: (file.messages as unknown as PeerlintMessage[]).map(toJsonMessage)}
}

export function reportJson(results: JsonResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`
}
