// --format stylish|json for a scan: one entry per note, streamed as notes are linted.
import {Chalk, type ChalkInstance} from 'chalk'
import {lexicon} from '../engine/default-index.js'
import {describeFinding} from '../engine/message.js'
import {categories, type Category, type Severity} from '../lexicon/types.js'
import type {Analysed} from './analyse.js'
import type {FindingLine} from './types.js'

const entryById = new Map(lexicon.entries.map((entry) => [entry.id, entry]))
const categoryDoes = new Map(lexicon.categories.map((info) => [info.category, info.does]))

/** The finding's message; with --redact, rebuilt from the lexicon's own form of the phrase. */
export function messageOf(finding: FindingLine): string {
  if (finding.message !== undefined) return finding.message
  const entry = entryById.get(finding.ruleId)
  if (!entry) return finding.ruleId
  return describeFinding(entry.match[0] ?? entry.id.replace(/-/g, ' '), entry, categoryDoes.get(finding.category) ?? '')
}

export function noteHeading(line: {file: string; row: number; noteId: string | null; author: string | null; date: string | null}): string {
  return [`${line.file} row ${line.row}`, line.noteId !== null ? `id ${line.noteId}` : '', line.author ?? '', line.date ?? ''].filter(Boolean).join(' · ')
}

export interface StdoutFormatter {
  note: (result: Analysed) => void
  end: () => void
}

export function stylishFormatter(write: (text: string) => void, color: boolean): StdoutFormatter {
  const paint: ChalkInstance = new Chalk({level: color ? 1 : 0})
  const severities: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  const perCategory = new Map<Category, number>()
  let notes = 0
  let total = 0
  const tint = (severity: Severity) => (severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue)
  return {
    note(result) {
      notes++
      if (result.findings.length === 0) return
      const lines = [paint.underline(noteHeading(result.note))]
      const width = Math.max(...result.findings.map((finding) => `${finding.line}:${finding.column}`.length))
      for (const finding of result.findings) {
        total++
        severities[finding.severity]++
        perCategory.set(finding.category, (perCategory.get(finding.category) ?? 0) + 1)
        const message = messageOf(finding)
        const at = message.indexOf(' Try ‘')
        const said = at === -1 ? message : message.slice(0, at)
        const offer = at === -1 ? '' : message.slice(at + 1)
        lines.push(`  ${paint.dim(`${finding.line}:${finding.column}`.padEnd(width))}  ${tint(finding.severity)(finding.severity.padEnd(7))}  ${said}  ${paint.dim(finding.ruleId)}`)
        if (offer) lines.push(`  ${' '.repeat(width)}           ${paint.green(offer)}`)
      }
      write(`${lines.join('\n')}\n\n`)
    },
    end() {
      const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`
      if (total === 0) {
        write(`${paint.green(`✔ No drift found in ${plural(notes, 'note')}.`)}\n`)
        return
      }
      const lines = [`${plural(total, 'finding')} (${plural(severities.error, 'error')}, ${plural(severities.warning, 'warning')}, ${severities.info} info) in ${plural(notes, 'note')}`]
      for (const category of categories) {
        const count = perCategory.get(category)
        if (count) lines.push(`  ${category.padEnd(22)} ${count}`)
      }
      write(`${lines.join('\n')}\n`)
    }
  }
}

/** A JSON array with one object per note: where it is, then the core message fields. */
export function jsonFormatter(write: (text: string) => void): StdoutFormatter {
  let first = true
  return {
    note(result) {
      const {file, row, noteId, author, date} = result.note
      const messages = result.findings.map(({type: _type, file: _file, row: _row, noteId: _id, author: _author, date: _date, group: _group, before: _before, after: _after, ...message}) => message)
      write(`${first ? '[\n' : ',\n'}${JSON.stringify({path: file, row, noteId, author, date, messages})}`)
      first = false
    },
    end() {
      write(first ? '[]\n' : '\n]\n')
    }
  }
}
