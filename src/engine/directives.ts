// Inline suppressions, as in ESLint:
//   <!-- peerlint-disable [ids or categories] -->        … <!-- peerlint-enable [ids or categories] -->
//   <!-- peerlint-disable-line [ids or categories] -->   on the line to leave alone
//   <!-- peerlint-disable-next-line [ids or categories] -->
// In plain text the same words work on a line of their own, without the comment marks.
// With no ids or categories a directive covers everything.

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

export interface Directive {
  kind: DirectiveKind
  /** Entry ids or category names; empty means all. */
  targets: string[]
  /** 1-based line of the directive. */
  line: number
  offset: number
  endOffset: number
  used: boolean
}

const inComment = /<!--\s*peerlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g
const onOwnLine = /^[ \t]*(?:\/\/|#)?[ \t]*peerlint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)$/gm

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = []
  for (const pattern of [inComment, onOwnLine]) {
    pattern.lastIndex = 0
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
      // A directive written as a comment is not also read as a plain-text line.
      if (pattern === onOwnLine && found[0].includes('<!--')) continue
      const targets = (found[2] ?? '').replace(/--.*$/s, '').split(/[\s,]+/).filter(Boolean)
      directives.push({kind: found[1] as DirectiveKind, targets, line: lineAt(text, found.index), offset: found.index, endOffset: found.index + found[0].length, used: false})
    }
  }
  return directives.sort((a, b) => a.offset - b.offset)
}

export interface Suppressible {
  ruleId: string
  category: string
  line: number
  offset: number
}

const covers = (directive: Directive, finding: Suppressible) =>
  directive.targets.length === 0 || directive.targets.includes(finding.ruleId) || directive.targets.includes(finding.category)

/** Whether a finding is suppressed; marks the directives that suppress it as used. */
export function isSuppressed(directives: Directive[], finding: Suppressible): boolean {
  let suppressed = false
  // Block directives: the last disable/enable before the finding that concerns it decides.
  let block: Directive | undefined
  for (const directive of directives) {
    if (directive.offset > finding.offset) break
    if ((directive.kind === 'disable' || directive.kind === 'enable') && covers(directive, finding)) block = directive
  }
  if (block?.kind === 'disable') {
    block.used = true
    suppressed = true
  }
  for (const directive of directives) {
    const line = directive.kind === 'disable-line' ? directive.line : directive.kind === 'disable-next-line' ? directive.line + 1 : -1
    if (line === finding.line && covers(directive, finding)) {
      directive.used = true
      suppressed = true
    }
  }
  return suppressed
}
