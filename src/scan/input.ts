// Reading exports as a stream of rows: CSV (csv-parse), JSON arrays and NDJSON, any of them gzipped.
// A bad row becomes a `malformed` item with its row number and a reason; a file that cannot be read
// or is not CSV/JSON at all throws a UsageError. Reasons and errors never quote the file's content.
import fs from 'node:fs'
import {Readable} from 'node:stream'
import zlib from 'node:zlib'
import {parse} from 'csv-parse'
import {UsageError} from '../node/errors.js'

export type InputFormat = 'csv' | 'json' | 'ndjson'
export const inputFormats: InputFormat[] = ['csv', 'json', 'ndjson']

/** A row as read: `value` is a CSV record (string[]) or a parsed JSON value. */
export type RawItem = {kind: 'row'; row: number; value: unknown} | {kind: 'malformed'; row: number; reason: string}

export interface OpenedExport {
  format: InputFormat
  /** CSV only: the header row. */
  header?: string[]
  items: AsyncGenerator<RawItem>
  /** Bytes of the file on disk read so far (compressed bytes for .gz). */
  bytesRead: () => number
  /** Size of the file on disk. */
  size: number
}

export interface OpenOptions {
  format?: InputFormat
  /** ',', ';', '\t' or '|'; detected from the header row when not given. */
  delimiter?: string
}

const utf8 = new TextDecoder('utf-8', {fatal: true})
const notUtf8 = 'bytes that are not UTF-8 text'

function readError(error: unknown, label: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code ?? 'unknown error'
  return new UsageError(`Cannot read '${label}' (${reason}).`)
}

function stripBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
}

/** Chunks of the file's (decompressed) bytes; stream errors become one-line UsageErrors. */
async function* chunks(file: string, label: string, counter: {bytes: number}): AsyncGenerator<Buffer> {
  let gzip = false
  try {
    const handle = fs.openSync(file, 'r')
    const magic = Buffer.alloc(2)
    fs.readSync(handle, magic, 0, 2, 0)
    fs.closeSync(handle)
    gzip = magic[0] === 0x1f && magic[1] === 0x8b
  } catch (error) {
    throw readError(error, label)
  }
  const raw = fs.createReadStream(file, {highWaterMark: 256 * 1024})
  raw.on('data', (chunk) => {
    counter.bytes += chunk.length
  })
  const source: Readable = gzip ? raw.pipe(zlib.createGunzip()) : raw
  if (gzip) raw.on('error', (error) => source.destroy(error))
  try {
    for await (const chunk of source) yield chunk as Buffer
  } catch (error) {
    if (gzip && (error as {code?: string}).code?.startsWith('Z_')) throw new UsageError(`'${label}' is not a valid gzip file (it is damaged or cut short).`)
    throw readError(error, label)
  } finally {
    raw.destroy()
  }
}

function sniffFormat(head: Buffer, label: string): InputFormat {
  if (head.length === 0) throw new UsageError(`'${label}' is empty.`)
  if (head.subarray(0, 8192).includes(0)) throw new UsageError(`'${label}' looks like a binary file, not a CSV or JSON export.`)
  const first = stripBom(head).toString('latin1').trimStart()[0]
  return first === '[' ? 'json' : first === '{' ? 'ndjson' : 'csv'
}

/** The delimiter that splits the header row into the most fields (',' on a tie). */
export function detectDelimiter(head: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]])
  let quoted = false
  for (const char of head) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1)
  }
  let best = ','
  for (const [char, count] of counts) if (count > counts.get(best)!) best = char
  return best
}

export async function openExport(file: string, label: string, options: OpenOptions = {}): Promise<OpenedExport> {
  let size: number
  try {
    const stat = fs.statSync(file)
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), {code: 'EISDIR'})
    size = stat.size
  } catch (error) {
    throw readError(error, label)
  }
  const counter = {bytes: 0}
  const iterator = chunks(file, label, counter)
  // Enough of the start to tell the format and the delimiter.
  const headParts: Buffer[] = []
  let headLength = 0
  let done = false
  while (headLength < 64 * 1024) {
    const next = await iterator.next()
    if (next.done) {
      done = true
      break
    }
    headParts.push(next.value)
    headLength += next.value.length
  }
  const head = Buffer.concat(headParts)
  const format = options.format ?? sniffFormat(head, label)
  if (options.format && head.length === 0) throw new UsageError(`'${label}' is empty.`)
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield stripBom(head)
    if (!done) yield* iterator
  }
  const base = {format, bytesRead: () => counter.bytes, size}
  if (format === 'csv') {
    const delimiter = options.delimiter ?? detectDelimiter(stripBom(head).toString('utf8'))
    const {header, items} = await readCsv(all(), delimiter, label)
    return {...base, header, items}
  }
  return {...base, items: format === 'json' ? readJsonArray(all(), label) : readNdjson(all(), label)}
}

async function readCsv(source: AsyncGenerator<Buffer>, delimiter: string, label: string): Promise<{header: string[]; items: AsyncGenerator<RawItem>}> {
  const parser = Readable.from(source).pipe(
    parse({delimiter, relax_column_count: true, relax_quotes: true, skip_records_with_error: true, info: true, encoding: null, bom: false})
  )
  const skipped: RawItem[] = []
  parser.on('skip', (error: {code?: string; records?: number}) => {
    const reason =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed, so the rest of the file could not be read'
        : `not valid CSV (${error.code ?? 'parse error'})`
    skipped.push({kind: 'malformed', row: (error.records ?? 0) + 1, reason})
  })
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{record: Buffer[]; info: {records: number}}>
  let first: IteratorResult<{record: Buffer[]; info: {records: number}}>
  try {
    first = await records.next()
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`'${label}' is not a CSV file peerlint can read (${(error as {code?: string}).code ?? 'parse error'}).`)
  }
  if (first.done) throw new UsageError(`'${label}' has no header row.`)
  let header: string[]
  try {
    header = first.value.record.map((cell) => utf8.decode(cell))
  } catch {
    throw new UsageError(`'${label}' is not UTF-8 text. Save the export as UTF-8 and try again.`)
  }
  const width = header.length
  async function* items(): AsyncGenerator<RawItem> {
    const flushBefore = function* (row: number): Generator<RawItem> {
      while (skipped.length > 0 && skipped[0]!.row <= row) yield skipped.shift()!
    }
    try {
      for (let next = await records.next(); !next.done; next = await records.next()) {
        const {record, info} = next.value
        const row = info.records
        yield* flushBefore(row)
        if (record.length === 1 && record[0]!.length === 0) continue // a blank line
        if (record.length !== width) {
          yield {kind: 'malformed', row, reason: `${record.length} ${record.length === 1 ? 'field' : 'fields'} where the header has ${width}`}
          continue
        }
        let value: string[]
        try {
          value = record.map((cell) => utf8.decode(cell))
        } catch {
          yield {kind: 'malformed', row, reason: notUtf8}
          continue
        }
        yield {kind: 'row', row, value}
      }
    } catch (error) {
      if (error instanceof UsageError) throw error
      throw new UsageError(`'${label}' could not be read as CSV (${(error as {code?: string}).code ?? 'parse error'}).`)
    }
    yield* flushBefore(Number.POSITIVE_INFINITY)
  }
  return {header, items: items()}
}

function parseJsonRow(bytes: Buffer, row: number): RawItem {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return {kind: 'malformed', row, reason: notUtf8}
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return {kind: 'malformed', row, reason: 'not valid JSON'}
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {kind: 'malformed', row, reason: 'not a JSON object'}
  return {kind: 'row', row, value}
}

/** NDJSON / JSON Lines: one object per line; `row` is the line number. Blank lines are skipped. */
async function* readNdjson(source: AsyncGenerator<Buffer>, label: string): AsyncGenerator<RawItem> {
  let pending: Buffer[] = []
  let line = 0
  let seenContent = false
  const finish = (bytes: Buffer): RawItem | undefined => {
    line++
    let end = bytes.length
    if (end > 0 && bytes[end - 1] === 0x0d) end--
    const content = bytes.subarray(0, end)
    if (content.toString('latin1').trim() === '') return undefined
    const item = parseJsonRow(content, line)
    if (!seenContent && item.kind === 'malformed' && content.toString('latin1').trim() === '{') {
      throw new UsageError(`'${label}' is a single JSON object. peerlint reads a JSON array of notes, or one JSON object per line (NDJSON).`)
    }
    seenContent = true
    return item
  }
  for await (const chunk of source) {
    let start = 0
    for (let index = chunk.indexOf(0x0a); index !== -1; index = chunk.indexOf(0x0a, start)) {
      pending.push(chunk.subarray(start, index))
      const item = finish(pending.length === 1 ? pending[0]! : Buffer.concat(pending))
      pending = []
      if (item) yield item
      start = index + 1
    }
    if (start < chunk.length) pending.push(chunk.subarray(start))
  }
  if (pending.length > 0) {
    const item = finish(Buffer.concat(pending))
    if (item) yield item
  }
}

/** A JSON array of note objects, read element by element; `row` is the 1-based position. */
async function* readJsonArray(source: AsyncGenerator<Buffer>, label: string): AsyncGenerator<RawItem> {
  let state: 'before' | 'element' | 'after' = 'before'
  let depth = 0
  let inString = false
  let escaped = false
  let parts: Buffer[] = []
  let elementStart = -1
  let row = 0
  let trailing = false
  const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
  for await (const chunk of source) {
    elementStart = -1
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index]!
      if (state === 'before') {
        if (isSpace(byte)) continue
        if (byte !== 0x5b) throw new UsageError(`'${label}' is not a JSON array of notes.`)
        state = 'element'
        depth = 0
        continue
      }
      if (state === 'after') {
        if (!isSpace(byte)) trailing = true
        continue
      }
      if (inString) {
        if (escaped) escaped = false
        else if (byte === 0x5c) escaped = true
        else if (byte === 0x22) inString = false
        continue
      }
      if (depth === 0 && (byte === 0x2c || byte === 0x5d)) {
        if (elementStart !== -1) parts.push(chunk.subarray(elementStart, index))
        const element = Buffer.concat(parts)
        parts = []
        elementStart = -1
        const empty = element.toString('latin1').trim() === ''
        if (!empty || byte === 0x2c) {
          row++
          yield empty ? {kind: 'malformed', row, reason: 'not valid JSON'} : parseJsonRow(element, row)
        }
        if (byte === 0x5d) state = 'after'
        continue
      }
      if (elementStart === -1) elementStart = index
      if (byte === 0x22) inString = true
      else if (byte === 0x7b || byte === 0x5b) depth++
      else if (byte === 0x7d || byte === 0x5d) depth--
    }
    if (elementStart !== -1) parts.push(chunk.subarray(elementStart))
  }
  if (state === 'before') throw new UsageError(`'${label}' is not a JSON array of notes.`)
  if (state === 'element') {
    const rest = Buffer.concat(parts).toString('latin1').trim()
    yield {kind: 'malformed', row: row + 1, reason: rest === '' ? 'the array is never closed (the file is cut short)' : 'the file ends inside this note (it is cut short)'}
  }
  if (trailing) yield {kind: 'malformed', row: row + 1, reason: 'text after the end of the array'}
}
