// `--format junit`: JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure Pipelines,
// CircleCI). One <testsuite> per file; each finding is a failing <testcase>, and a clean file has one
// passing <testcase> so it still shows up as checked.
import type {JsonMessage, JsonResult} from './json.js'
import {xmlAttribute, xmlDeclaration, xmlText} from './xml.js'

function failureText(path: string, message: JsonMessage): string {
  const lines = [`${path}:${message.line}:${message.column}: ${message.severity} ${message.message} [${message.ruleId}]`]
  if (message.expected.length > 0) lines.push(`Rewrites: ${message.expected.map((rewrite) => `‘${rewrite}’`).join(', ')}`)
  lines.push(`Why: ${message.url}`)
  return lines.join('\n')
}

export function reportJunit(results: JsonResult[]): string {
  const total = results.reduce((sum, result) => sum + Math.max(1, result.messages.length), 0)
  const failures = results.reduce((sum, result) => sum + result.messages.length, 0)
  const lines = [xmlDeclaration, `<testsuites name="peerlint" tests="${total}" failures="${failures}" errors="0" time="0">`]
  for (const result of results) {
    const path = xmlAttribute(result.path)
    const count = result.messages.length
    lines.push(`  <testsuite name="${path}" tests="${Math.max(1, count)}" failures="${count}" errors="0" skipped="0" time="0">`)
    if (count === 0) lines.push(`    <testcase name="peerlint" classname="${path}" time="0"/>`)
    for (const message of result.messages) {
      const name = xmlAttribute(`${message.line}:${message.column} ${message.ruleId}`)
      lines.push(`    <testcase name="${name}" classname="${path}" time="0">`)
      lines.push(`      <failure message="${xmlAttribute(message.message)}" type="${message.severity}">${xmlText(failureText(result.path, message))}</failure>`)
      lines.push('    </testcase>')
    }
    lines.push('  </testsuite>')
  }
  lines.push('</testsuites>')
  return `${lines.join('\n')}\n`
}
