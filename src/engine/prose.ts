// Linting the prose of a structured file (Markdown, HTML, a Word document's paragraphs) with every
// position in the file as written. Browser-safe.
//
// A front end builds `prose`: a copy of the file of the same length in which everything that is not
// prose (markup, code, URLs, comments, placeholder identifiers) is a space and line breaks are kept,
// and lists the blocks (a paragraph, a heading, a table cell, an attribute value) whose words belong
// together. Each block is parsed on its own, so a phrase never runs from one block into the next, and
// each word's offsets are its offsets in the original file. (remark-retext and rehype-retext tokenize
// the parsed text values instead, so their offsets drift after an escape, an entity, or a `>` or
// indent that starts a continued line in a quote or list.)
import type {Node, Parent, Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {peerlint} from '../../rules/index.js'
import {applySettings, presetOptionsFor, type LintOptions} from './lint.js'
import {createLocator} from './message.js'
import type {PhraseIndex} from './phrase-index.js'
import {restoreActual} from './placeholders.js'

/** A stretch of the file whose words form one paragraph of their own. */
export interface Block {
  start: number
  end: number
}

type ProseProcessor = Processor<Root, Root, Root, undefined, undefined>
const processors = new Map<string, ProseProcessor>()
const indexIds = new WeakMap<PhraseIndex, number>()
let nextIndexId = 1

function processorFor(options: LintOptions): ProseProcessor {
  const preset = presetOptionsFor(options)
  let indexId = 0
  if (options.index) {
    indexId = indexIds.get(options.index) ?? nextIndexId++
    indexIds.set(options.index, indexId)
  }
  const key = JSON.stringify([preset.categories, preset.disabled, options.quotes ?? 'ignore', options.docsUrl ?? '', indexId])
  let processor = processors.get(key)
  if (!processor) {
    processor = unified().use(retextEnglish).use(peerlint(preset)).freeze() as unknown as ProseProcessor
    processors.set(key, processor)
  }
  return processor
}

/** A copy of `text` with every character but line breaks turned into a space. */
export function blankCopy(text: string): Uint16Array {
  const codes = new Uint16Array(text.length)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    codes[index] = code === 10 || code === 13 ? code : 32
  }
  return codes
}

/** Writes `value` (same length as the stretch) into `codes` at `start`. */
export function writeInto(codes: Uint16Array, start: number, value: string): void {
  for (let index = 0; index < value.length; index++) codes[start + index] = value.charCodeAt(index)
}

export function codesToString(codes: Uint16Array): string {
  let out = ''
  for (let index = 0; index < codes.length; index += 8192) out += String.fromCharCode(...codes.subarray(index, index + 8192))
  return out
}

const namedReferences: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201D',
  ldquo: '\u201C',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  shy: ''
}

/**
 * A character reference (`&amp;`, `&#8217;`, `&rsquo;`) as the character it stands for followed by
 * spaces up to the reference's length, so the text keeps its length; an unknown one becomes spaces.
 */
export function padReferences(raw: string): string {
  return raw.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g, (whole, decimal?: string, hex?: string, name?: string) => {
    let char = ''
    if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16)
      if (code > 0 && code < 0xd800) char = String.fromCharCode(code)
      else if (code >= 0xe000 && code <= 0xffff) char = String.fromCharCode(code)
    } else if (name !== undefined) {
      char = namedReferences[name] ?? ''
    }
    return char + ' '.repeat(whole.length - char.length)
  })
}

const urlPattern = /\b(?:(?:https?|ftp|file):\/\/|mailto:|www\.)[^\s<>"'`)\]]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi

/** Blanks web addresses and email addresses, which are never prose. */
export function blankUrls(prose: string): string {
  return prose.replace(urlPattern, (url) => ' '.repeat(url.length))
}

function shift(node: Node, offset: number, locate: (offset: number) => {line: number; column: number}): void {
  const position = node.position
  if (position) {
    const start = (position.start.offset ?? 0) + offset
    const end = (position.end.offset ?? 0) + offset
    node.position = {start: {...locate(start), offset: start}, end: {...locate(end), offset: end}}
  }
  if ('children' in node) for (const child of (node as Parent).children) shift(child, offset, locate)
}

/**
 * Lints `prose` block by block and returns a VFile whose value is `text` (the file as written), with
 * findings placed in `text`, organisation settings and the file's own `peerlint-disable` comments applied.
 */
export function lintProse(text: string, prose: string, blocks: readonly Block[], options: LintOptions = {}, path?: string): VFile {
  if (prose.length !== text.length) throw new Error('The prose copy must be as long as the text.')
  const processor = processorFor(options)
  const locate = createLocator(text)
  const tree: Root = {type: 'RootNode', children: [], position: {start: {line: 1, column: 1, offset: 0}, end: {...locate(text.length), offset: text.length}}}
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    const slice = prose.slice(block.start, block.end)
    if (!/\S/.test(slice)) continue
    const part = processor.parse(slice)
    shift(part, block.start, locate)
    tree.children.push(...part.children)
  }
  const file = new VFile(path === undefined ? {value: prose} : {path, value: prose})
  processor.runSync(tree, file)
  file.value = text
  restoreActual(file.messages, text)
  applySettings(file, text, options)
  return file
}
