// Renders docs/lexicon.md from the lexicon data. The anchors are the `url`s findings point at.
import {categories, type Lexicon} from './types.js'

const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()

export function renderLexiconDocs(lexicon: Lexicon): string {
  const out: string[] = [
    '# The peerlint lexicon',
    '',
    '<!-- Generated from lexicon/*.yaml by `npm run docs`. Edit the YAML, not this file. -->',
    '',
    `${lexicon.entries.length} entries in ${lexicon.categories.length} categories. Each finding links to its entry here.`,
    'There is no agreed list of good and bad words: each entry says why it is here and where that comes from,',
    'so you can decide with the person what fits (WHO QualityRights, section 7).',
    ''
  ]
  for (const category of categories) {
    const info = lexicon.categories.find((c) => c.category === category)
    const count = lexicon.entries.filter((e) => e.category === category).length
    out.push(`- [${info?.title ?? category}](#${category}) (${count})`)
  }
  for (const category of categories) {
    const info = lexicon.categories.find((c) => c.category === category)
    const entries = lexicon.entries.filter((e) => e.category === category)
    out.push('', `## <a id="${category}"></a>${info?.title ?? category}`, '', cell(info?.summary ?? ''), '')
    out.push('| entry | catches | open rewrites | why | sources |', '| --- | --- | --- | --- | --- |')
    for (const entry of entries) {
      const flags = [entry.severity, entry.fixable ? 'fixable' : '', entry.caseSensitive ? 'case-sensitive' : ''].filter(Boolean).join(', ')
      out.push(
        `| <a id="${entry.id}"></a>**${entry.id}** (${flags}) | ${cell(entry.match.join(', '))} | ${cell(entry.rewrites.map((r) => `“${r}”`).join('; '))} | ${cell(entry.why)} | ${cell(entry.sources.join('; '))} |`
      )
    }
  }
  return `${out.join('\n')}\n`
}
