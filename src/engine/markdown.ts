// Markdown templates (remark-parse): prose only. Code blocks, inline code, URLs and autolinks, HTML
// comments and YAML or TOML front matter are never checked; the text and attributes of block-level
// HTML are checked as in an HTML file. Every position is in the file as written. Browser-safe.
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {collectHtml} from './html.js'
import type {LintOptions} from './lint.js'
import {maskPlaceholders} from './placeholders.js'
import {blankCopy, blankUrls, codesToString, lintProse, padReferences, writeInto, type Block} from './prose.js'

const parser = unified().use(remarkParse).freeze()

/** The parts of an mdast node read here (remark-parse's own mdast types differ between versions). */
interface MdastNode {
  type: string
  alt?: string | null
  children?: MdastNode[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

/** YAML (`---`) or TOML (`+++`) front matter at the very start of the file. */
const frontMatter = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:\1|\.\.\.)[ \t]*(?:\r?\n|$)/

/** Blocks whose words form a paragraph of their own. */
const blockTypes = new Set(['paragraph', 'heading', 'tableCell'])
/** Containers whose HTML children are blocks of HTML (not a tag inside a sentence). */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/** `text` with every character but line breaks turned into spaces. */
const blank = (text: string) => text.replace(/[^\r\n]/g, ' ')

/**
 * The source of a text node as prose: a backslash escape keeps its character, a character reference
 * its character, and the `>` marks and indent that continue a quote or a list item on the next line are
 * blanked. The length never changes.
 */
function cleanText(raw: string): string {
  return padReferences(raw)
    .replace(/\\(?=[!-/:-@[-`{-~])/g, ' ')
    .replace(/(\r?\n|\r)([ \t>]*)/g, (_whole, lineEnd: string, prefix: string) => lineEnd + ' '.repeat(prefix.length))
}

/** The prose copy and blocks of a Markdown file (see `lintProse`). */
export function markdownProse(text: string): {prose: string; blocks: Block[]} {
  let source = maskPlaceholders(text)
  const matter = frontMatter.exec(source)
  if (matter) source = blank(matter[0]) + source.slice(matter[0].length)
  const tree: MdastNode = parser.parse(source)
  const codes = blankCopy(text)
  const blocks: Block[] = []

  const copy = (start: number, end: number) => writeInto(codes, start, cleanText(source.slice(start, end)))

  const visit = (node: MdastNode, parent: MdastNode | undefined) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    switch (node.type) {
      case 'text':
        copy(start, end)
        return
      case 'image':
      case 'imageReference': {
        // `![alt](…)`: the alt text is read out in place of the picture.
        const alt = node.alt ?? ''
        if (alt && source.startsWith(`![${alt}]`, start)) copy(start + 2, start + 2 + alt.length)
        return
      }
      case 'link':
        // An autolink (`<https://…>`) is an address, not prose.
        if (source[start] === '<') return
        break
      case 'html':
        if (parent && flowParents.has(parent.type)) collectHtml(source, codes, blocks, {start, end})
        return
      case 'code':
      case 'inlineCode':
      case 'definition':
      case 'yaml':
        return
      default:
        break
    }
    if (blockTypes.has(node.type)) blocks.push({start, end})
    for (const child of node.children ?? []) visit(child, node)
  }

  visit(tree, undefined)
  return {prose: blankUrls(codesToString(codes)), blocks}
}

/** Lints a Markdown file; findings are placed in `text` as written. */
export function lintMarkdown(text: string, options: LintOptions = {}, path?: string): VFile {
  const {prose, blocks} = markdownProse(text)
  return lintProse(text, prose, blocks, options, path)
}
