// Scores peerlint on a labelled sentence corpus (fixtures/sentences/*.txt):
//   drift <category>[,<category>] | sentence
//   open | sentence
// A drifted sentence counts as caught when peerlint reports anything in it; an open sentence counts
// as a false alarm when peerlint reports anything in it.
import {findings, lint, type LintOptions} from '../../src/index.js'
import {categories, isCategory, type Category} from '../../src/lexicon/types.js'

export interface LabelledSentence {
  line: number
  drift: boolean
  categories: Category[]
  text: string
}

export function parseCorpus(source: string, name = 'corpus'): LabelledSentence[] {
  const sentences: LabelledSentence[] = []
  source.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const bar = line.indexOf('|')
    if (bar === -1) throw new Error(`${name}:${index + 1}: expected "drift <category> | sentence" or "open | sentence"`)
    const [kind, labels = ''] = line.slice(0, bar).trim().split(/\s+/, 2)
    const text = line.slice(bar + 1).trim()
    if (kind === 'open') sentences.push({line: index + 1, drift: false, categories: [], text})
    else if (kind === 'drift') {
      const names = labels.split(',').map((l) => l.trim())
      const unknown = names.find((l) => !isCategory(l))
      if (unknown !== undefined) throw new Error(`${name}:${index + 1}: unknown category '${unknown}'`)
      sentences.push({line: index + 1, drift: true, categories: names as Category[], text})
    } else throw new Error(`${name}:${index + 1}: a line starts with "drift" or "open", not '${kind}'`)
  })
  return sentences
}

export interface SentenceResult extends LabelledSentence {
  found: Array<{category: Category; ruleId: string; actual: string}>
}

export interface CategoryScore {
  category: Category
  /** Drifted sentences labelled with the category. */
  labelled: number
  /** …of which peerlint reported something of that category. */
  caught: number
  /** Sentences where peerlint reported the category. */
  reported: number
  /** …of which the category was a label. */
  correct: number
}

export interface QualityScore {
  sentences: number
  drifted: number
  open: number
  caught: number
  falseAlarms: number
  recall: number
  precision: number
  cleanFlaggedShare: number
  byCategory: CategoryScore[]
  misses: SentenceResult[]
  alarms: SentenceResult[]
}

export function scoreSentences(sentences: LabelledSentence[], options: LintOptions = {}): QualityScore {
  const results: SentenceResult[] = sentences.map((sentence) => ({
    ...sentence,
    found: findings(lint(sentence.text, options)).map((m) => ({category: m.category, ruleId: m.ruleId, actual: m.actual}))
  }))
  const drifted = results.filter((r) => r.drift)
  const open = results.filter((r) => !r.drift)
  const misses = drifted.filter((r) => r.found.length === 0)
  const alarms = open.filter((r) => r.found.length > 0)
  const caught = drifted.length - misses.length
  const byCategory = categories.map((category): CategoryScore => {
    const labelled = drifted.filter((r) => r.categories.includes(category))
    const reported = results.filter((r) => r.found.some((f) => f.category === category))
    return {
      category,
      labelled: labelled.length,
      caught: labelled.filter((r) => r.found.some((f) => f.category === category)).length,
      reported: reported.length,
      correct: reported.filter((r) => r.categories.includes(category)).length
    }
  })
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
  return {
    sentences: results.length,
    drifted: drifted.length,
    open: open.length,
    caught,
    falseAlarms: alarms.length,
    recall: ratio(caught, drifted.length),
    precision: ratio(caught, caught + alarms.length),
    cleanFlaggedShare: alarms.length / Math.max(open.length, 1),
    byCategory,
    misses,
    alarms
  }
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`

export function formatScore(name: string, score: QualityScore): string {
  const lines = [
    `${name}: ${score.sentences} sentences (${score.drifted} drifted, ${score.open} open)`,
    `  recall ${score.recall.toFixed(3)}  precision ${score.precision.toFixed(3)}  open sentences flagged ${score.falseAlarms}/${score.open} (${pct(score.cleanFlaggedShare)})`,
    '  category               labelled  caught  recall   reported  precision'
  ]
  for (const c of score.byCategory) {
    const recall = c.labelled ? (c.caught / c.labelled).toFixed(2) : '  - '
    const precision = c.reported ? (c.correct / c.reported).toFixed(2) : '  - '
    lines.push(`  ${c.category.padEnd(22)} ${String(c.labelled).padStart(8)}  ${String(c.caught).padStart(6)}  ${recall.padStart(6)}   ${String(c.reported).padStart(8)}  ${precision.padStart(9)}`)
  }
  return lines.join('\n')
}
