// Reads a note as text, refusing what is not text. Errors name the file, never its content.
import fs from 'node:fs'
import {UsageError} from './errors.js'

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Decodes bytes as UTF-8 text (a BOM is dropped), or throws a UsageError naming `label`. */
export function decodeText(bytes: Uint8Array, label: string): string {
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) throw new UsageError(`'${label}' looks like a binary file. peerlint reads plain text notes (.txt, .md).`)
  try {
    return decoder.decode(bytes)
  } catch {
    throw new UsageError(`'${label}' is not UTF-8 text. Save it as UTF-8 and try again.`)
  }
}

/** Reads `file` as bytes; errors name it as `label` (the path as the user wrote it). */
export function readFileBytes(file: string, label = file): Buffer {
  try {
    return fs.readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : code ?? 'unknown error'
    throw new UsageError(`Cannot read '${label}' (${reason}).`)
  }
}

/** Reads `file` as text; errors name it as `label` (the path as the user wrote it). */
export function readTextFile(file: string, label = file): string {
  return decodeText(readFileBytes(file, label), label)
}

export async function readStdinBytes(stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  return decodeText(await readStdinBytes(stream), '<stdin>')
}
