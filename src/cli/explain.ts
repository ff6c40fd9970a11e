// `--why` and `--list`: the lexicon explained to the person at the terminal.
import {Chalk} from 'chalk'
import {lint, findings} from '../engine/lint.js'
import {expandSlots, type PhraseIndex} from '../engine/phrase-index.js'
import {categories, type LexiconEntry} from '../lexicon/types.js'

/** Entries for an id ("noncompliant"), a match form ("non-compliance"), or any phrase that one catches. */
export function findEntries(term: string, index: PhraseIndex): LexiconEntry[] {
  const wanted = term.trim()
  const byId = index.byId.get(wanted.toLowerCase())
  if (byId) return [byId]
  const lower = wanted.toLowerCase()
  const byForm = index.lexicon.entries.filter((entry) =>
    entry.match.some((form) => expandSlots(form, index.lexicon.slots).some((phrase) => (entry.caseSensitive ? phrase === wanted : phrase.toLowerCase() === lower)))
  )
  if (byForm.length > 0) return byForm
  const ids = new Set(findings(lint(wanted, {quotes: 'check', index})).map((message) => message.ruleId))
  return [...ids].map((id) => index.byId.get(id)).filter((entry): entry is LexiconEntry => entry !== undefined)
}

export function formatEntry(entry: LexiconEntry, index: PhraseIndex, color: boolean): string {
  const paint = new Chalk({level: color ? 1 : 0})
  const title = index.lexicon.categories.find((c) => c.category === entry.category)?.title ?? entry.category
  const lines = [
    `${paint.bold(entry.id)}  ${paint.dim(`${title} (${entry.category}), ${entry.severity}${entry.fixable ? ', fixable' : ''}`)}`,
    '',
    `Why: ${entry.why.trim()}`,
    '',
    'Try instead:',
    ...entry.rewrites.map((rewrite) => `  ${paint.green(`‘${rewrite}’`)}`),
    '',
    `Catches: ${entry.match.join(', ')}`,
    '',
    'Sources:',
    ...entry.sources.map((source) => `  - ${source}`),
    '',
    'Examples that are flagged:',
    ...entry.examples.flagged.map((example) => `  ✗ ${example}`)
  ]
  if (entry.examples.clean?.length) lines.push('Examples that are not:', ...entry.examples.clean.map((example) => `  ✓ ${example}`))
  return `${lines.join('\n')}\n`
}

export function formatList(index: PhraseIndex, color: boolean): string {
  const paint = new Chalk({level: color ? 1 : 0})
  const lines: string[] = []
  for (const category of categories) {
    const info = index.lexicon.categories.find((c) => c.category === category)
    const entries = index.lexicon.entries.filter((entry) => entry.category === category)
    if (entries.length === 0) continue
    lines.push(paint.bold(`${info?.title ?? category} (${category}, ${entries.length})`))
    const width = Math.max(...entries.map((entry) => entry.id.length))
    for (const entry of entries) {
      lines.push(`  ${entry.id.padEnd(width)}  ${paint.dim(entry.match.slice(0, 3).join(', '))}  → ${paint.green(entry.rewrites[0] ?? '')}`)
    }
    lines.push('')
  }
  lines.push(`${index.lexicon.entries.length} entries. Run peerlint --why <id> for the reasons and sources.`)
  return `${lines.join('\n')}\n`
}

/** Every entry as JSON, for tools and for review. */
export function listJson(index: PhraseIndex): string {
  const entries = index.lexicon.entries.map((entry) => ({
    id: entry.id,
    category: entry.category,
    severity: entry.severity,
    fixable: entry.fixable,
    match: entry.match,
    rewrites: entry.rewrites,
    why: entry.why,
    sources: entry.sources
  }))
  return `${JSON.stringify(entries, null, 2)}\n`
}
