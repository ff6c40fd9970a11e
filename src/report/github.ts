// `--format github`: GitHub Actions workflow commands, one per finding, which GitHub shows as
// annotations on the file and line (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
//   ::warning file=notes/a.txt,line=1,col=11,endLine=1,endColumn=23,title=peerlint noncompliant::‘noncompliant’ frames …
import type {Severity} from '../lexicon/types.js'
import type {JsonResult} from './json.js'

const commands: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/** The message after `::`: GitHub's runner escapes %, CR and LF in command data. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value: as data, plus `:` and `,`, which would otherwise end the value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function reportGithub(results: JsonResult[]): string {
  let out = ''
  for (const result of results) {
    const file = result.path === '<stdin>' ? [] : [`file=${escapeProperty(result.path)}`]
    for (const message of result.messages) {
      const properties = [
        ...file,
        `line=${message.line}`,
        `col=${message.column}`,
        `endLine=${message.endLine}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(`peerlint ${message.ruleId}`)}`
      ]
      out += `::${commands[message.severity]} ${properties.join(',')}::${escapeData(message.message)}\n`
    }
  }
  return out
}
