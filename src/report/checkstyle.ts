// `--format checkstyle`: Checkstyle XML, which Jenkins (Warnings NG), GitLab and most CI dashboards read.
// Every file checked gets a <file> element, so a clean file is visibly clean.
import type {JsonResult} from './json.js'
import {xmlAttribute, xmlDeclaration} from './xml.js'

export function reportCheckstyle(results: JsonResult[]): string {
  const lines = [xmlDeclaration, '<checkstyle version="4.3">']
  for (const result of results) {
    if (result.messages.length === 0) {
      lines.push(`  <file name="${xmlAttribute(result.path)}"/>`)
      continue
    }
    lines.push(`  <file name="${xmlAttribute(result.path)}">`)
    for (const message of result.messages) {
      const attributes = [
        `line="${message.line}"`,
        `column="${message.column}"`,
        `severity="${message.severity}"`,
        `message="${xmlAttribute(`${message.message} (${message.ruleId})`)}"`,
        `source="${xmlAttribute(`peerlint.${message.category}.${message.ruleId}`)}"`
      ]
      lines.push(`    <error ${attributes.join(' ')}/>`)
    }
    lines.push('  </file>')
  }
  lines.push('</checkstyle>')
  return `${lines.join('\n')}\n`
}
