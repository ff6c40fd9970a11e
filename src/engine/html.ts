// HTML templates (rehype-parse): the visible text, and the `placeholder`, `title`, `aria-label` and `alt`
// attribute values that a person filling in the form reads or hears. <script>, <style>, <template>,
// code and comments are never checked. Every position is in the file as written. Browser-safe.
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {LintOptions} from './lint.js'
import {maskPlaceholders} from './placeholders.js'
import {blankCopy, blankUrls, codesToString, lintProse, padReferences, writeInto, type Block} from './prose.js'

/** Elements whose content is not prose a reader sees. */
const skippedElements = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp', 'svg', 'math'])
/** Elements that continue the sentence around them; every other element starts and ends a block. */
const inlineElements = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'mark', 'nobr', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'wbr'
])
/** Attribute values that are read like text (hast property names). */
export const checkedAttributes = ['placeholder', 'title', 'ariaLabel', 'alt'] as const
/** Elements whose attributes are not shown to a reader. */
const noVisibleAttributes = new Set(['html', 'head', 'meta', 'link', 'base', 'script', 'style', 'template'])

const parsers = {
  document: unified().use(rehypeParse, {verbose: true}).freeze(),
  fragment: unified().use(rehypeParse, {verbose: true, fragment: true}).freeze()
}

interface SourcePosition {
  start: {offset?: number}
  end: {offset?: number}
}

/** The parts of a hast node read here (rehype-parse's own hast types differ between versions). */
interface HastNode {
  type: string
  tagName?: string
  properties?: Record<string, unknown>
  children?: HastNode[]
  position?: SourcePosition
  data?: unknown
}

/** Where an attribute's value is in the source: from `name = "value"` as parse5 located it. */
function attributeValueRange(source: string, start: number, end: number): Block | undefined {
  const raw = source.slice(start, end)
  const equals = raw.indexOf('=')
  if (equals === -1) return undefined
  let from = equals + 1
  while (from < raw.length && /\s/.test(raw[from]!)) from++
  const quote = raw[from]
  let to = raw.length
  if (quote === '"' || quote === "'") {
    from++
    if (raw.endsWith(quote) && raw.length - 1 >= from) to = raw.length - 1
  }
  return {start: start + from, end: start + to}
}

/**
 * Copies the prose of the HTML in `source` (or in `source.slice(range.start, range.end)`, parsed as a
 * fragment) into `codes` and adds its blocks to `blocks`. `source` is the file with placeholders masked.
 */
export function collectHtml(source: string, codes: Uint16Array, blocks: Block[], range?: Block): void {
  const offset = range?.start ?? 0
  const tree: HastNode = range ? parsers.fragment.parse(source.slice(range.start, range.end)) : parsers.document.parse(source)
  let current: Block | undefined
  const flush = () => {
    if (current) blocks.push(current)
    current = undefined
  }
  const copy = (start: number, end: number) => writeInto(codes, start, padReferences(source.slice(start, end)))

  const attributes = (element: HastNode & {tagName: string}) => {
    if (noVisibleAttributes.has(element.tagName)) return false
    const located = (element.data as {position?: {properties?: Record<string, SourcePosition | undefined>}} | undefined)?.position?.properties
    let any = false
    for (const name of checkedAttributes) {
      const value = element.properties?.[name]
      const place = located?.[name]
      if (typeof value !== 'string' || place?.start.offset === undefined || place.end.offset === undefined) continue
      const valueRange = attributeValueRange(source, place.start.offset + offset, place.end.offset + offset)
      if (!valueRange || valueRange.end <= valueRange.start) continue
      if (!any) flush()
      any = true
      copy(valueRange.start, valueRange.end)
      blocks.push(valueRange)
    }
    return any
  }

  const visit = (node: HastNode) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      copy(start + offset, end + offset)
      if (current) current.end = end + offset
      else current = {start: start + offset, end: end + offset}
      return
    }
    if (node.type !== 'element' || node.tagName === undefined) return
    const element = node as HastNode & {tagName: string}
    if (skippedElements.has(element.tagName)) {
      flush()
      return
    }
    const hasAttributes = attributes(element)
    const boundary = hasAttributes || !inlineElements.has(element.tagName)
    if (boundary) flush()
    for (const child of element.children ?? []) visit(child)
    if (boundary) flush()
  }

  for (const child of tree.children ?? []) visit(child)
  flush()
}

/** The prose copy and blocks of an HTML file (see `lintProse`). */
export function htmlProse(text: string): {prose: string; blocks: Block[]} {
  const source = maskPlaceholders(text)
  const codes = blankCopy(text)
  const blocks: Block[] = []
  collectHtml(source, codes, blocks)
  return {prose: blankUrls(codesToString(codes)), blocks}
}

/** Lints an HTML file; findings are placed in `text` as written. */
export function lintHtml(text: string, options: LintOptions = {}, path?: string): VFile {
  const {prose, blocks} = htmlProse(text)
  return lintProse(text, prose, blocks, options, path)
}
