// One input file, of any kind peerlint reads, to findings: plain text, Markdown, HTML or a Word
// document (.docx). Node-only (mammoth reads the .docx). Errors name the file, never its content.
import mammoth from 'mammoth'
import {VFile} from 'vfile'
import {lintHtml} from '../engine/html.js'
import {lint, type LintOptions} from '../engine/lint.js'
import {lintMarkdown} from '../engine/markdown.js'
import {maskPlaceholders} from '../engine/placeholders.js'
import {lintProse, type Block} from '../engine/prose.js'
import {UsageError} from './errors.js'
import {decodeText} from './read-text.js'

export type InputKind = 'text' | 'markdown' | 'html' | 'docx'

const kindsByExtension: Record<string, InputKind> = {
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  docx: 'docx'
}

/** What kind of input a file is, by its extension (case-insensitive); anything else is plain text. */
export function inputKind(fileName: string): InputKind {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return 'text'
  return kindsByExtension[base.slice(dot + 1).toLowerCase()] ?? 'text'
}

/** The parts of mammoth's document model that carry text. */
interface DocumentElement {
  type: string
  value?: string
  children?: DocumentElement[]
}

function paragraphText(element: DocumentElement): string {
  if (element.type === 'text') return element.value ?? ''
  if (element.type === 'tab' || element.type === 'break') return ' '
  return (element.children ?? []).map(paragraphText).join('')
}

/** Every paragraph of the document body in order, table cells' paragraphs included. */
function collectParagraphs(element: DocumentElement, lines: string[]): void {
  if (element.type === 'paragraph') {
    lines.push(paragraphText(element).replace(/[\r\n\u000b\f\u2028\u2029]/g, ' '))
    return
  }
  for (const child of element.children ?? []) collectParagraphs(child, lines)
}

/**
 * The text of a .docx as peerlint reports on it: each paragraph of the body (a table cell's paragraphs
 * included) on a line of its own, so line N is paragraph N. A damaged file is a UsageError naming `label`.
 */
export async function docxText(bytes: Uint8Array, label: string): Promise<string> {
  const lines: string[] = []
  try {
    await mammoth.convertToHtml(
      {buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)},
      {
        ignoreEmptyParagraphs: false,
        externalFileAccess: false,
        transformDocument: (document: DocumentElement) => {
          collectParagraphs(document, lines)
          return document
        }
      }
    )
  } catch {
    throw new UsageError(`'${label}' is not a readable .docx file (it is damaged, or not a Word document). Open it in Word or LibreOffice, save it as .docx, and try again.`)
  }
  return lines.join('\n')
}

/** One block per line (per paragraph of a document). */
function lineBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let start = 0
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    blocks.push({start, end: end === -1 ? text.length : end})
    if (end === -1) return blocks
    start = end + 1
  }
}

/**
 * Lints one file. `text` is the text the findings' positions are in: the file's own text for plain
 * text, Markdown and HTML; for a .docx, its paragraphs one per line. Binary, non-UTF-8 and damaged
 * .docx files are UsageErrors naming `fileName`.
 */
export async function lintInput(fileName: string, bytes: Uint8Array, options: LintOptions): Promise<{file: VFile; text: string}> {
  const kind = inputKind(fileName)
  if (kind === 'docx') {
    const text = await docxText(bytes, fileName)
    return {file: lintProse(text, maskPlaceholders(text), lineBlocks(text), options, fileName), text}
  }
  const text = decodeText(bytes, fileName)
  if (kind === 'markdown') return {file: lintMarkdown(text, options, fileName), text}
  if (kind === 'html') return {file: lintHtml(text, options, fileName), text}
  return {file: lint(new VFile({path: fileName, value: text}), options), text}
}
