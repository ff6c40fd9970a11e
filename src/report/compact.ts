// `--format compact`: one line per finding, `path:line:col: severity message [ruleId]`, and nothing
// else (no summary, nothing at all for a clean run), for editors and grep.
import type {JsonResult} from './json.js'

/** Line breaks in a path or message would split a finding over two lines. */
function oneLine(value: string): string {
  return value.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
}

export function reportCompact(results: JsonResult[]): string {
  let out = ''
  for (const result of results) {
    for (const message of result.messages) {
      out += `${oneLine(result.path)}:${message.line}:${message.column}: ${message.severity} ${oneLine(message.message)} [${message.ruleId}]\n`
    }
  }
  return out
}
