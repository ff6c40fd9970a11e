// The default report for people: grouped by file, one line per finding with the open alternative
// under it, then counts per category. Modelled on ESLint's "stylish".
import {Chalk, type ChalkInstance} from 'chalk'
import {categories, type Category, type Severity} from '../lexicon/types.js'
import type {JsonResult} from './json.js'

export interface StylishOptions {
  color: boolean
}


/** "‘x’ does y. Try ‘a’ or ‘b’." → ["‘x’ does y.", "Try ‘a’ or ‘b’."] */
function splitOffer(message: string): [string, string] {
  const at = message.indexOf(' Try ‘')
  return at === -1 ? [message, ''] : [message.slice(0, at), message.slice(at + 1)]
}

function colorSeverity(paint: ChalkInstance, severity: Severity): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`
}

export function countBySeverity(results: JsonResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const result of results) for (const message of result.messages) counts[message.severity]++
  return counts
}

export function reportStylish(results: JsonResult[], options: StylishOptions): string {
  const paint = new Chalk({level: options.color ? 1 : 0})
  const lines: string[] = []
  const perCategory = new Map<Category, number>()
  let total = 0
  for (const result of results) {
    if (result.messages.length === 0) continue
    lines.push(paint.underline(result.path))
    const width = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length))
    for (const message of result.messages) {
      total++
      perCategory.set(message.category, (perCategory.get(message.category) ?? 0) + 1)
      const where = `${message.line}:${message.column}`.padEnd(width)
      const [said, offer] = splitOffer(message.message)
      const severity = colorSeverity(paint, message.severity)(message.severity.padEnd(7))
      lines.push(`  ${paint.dim(where)}  ${severity}  ${said}  ${paint.dim(message.ruleId)}`)
      if (offer) lines.push(`  ${' '.repeat(width)}           ${paint.green(offer)}`)
    }
    lines.push('')
  }
  const files = results.length
  if (total === 0) {
    lines.push(paint.green(`✔ No drift found in ${plural(files, 'file')}.`))
    return `${lines.join('\n')}\n`
  }
  const counts = countBySeverity(results)
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`]
  lines.push(`${plural(total, 'finding')} (${parts.join(', ')}) in ${plural(files, 'file')}`)
  for (const category of categories) {
    const count = perCategory.get(category)
    if (count) lines.push(`  ${category.padEnd(22)} ${count}`)
  }
  return `${lines.join('\n')}\n`
}
