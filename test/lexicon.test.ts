import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findings, lint, lexicon} from '../src/index.js'
import {categories} from '../src/lexicon/types.js'
import {findDuplicateIds, formatProblem, validateCategoryFile} from '../src/lexicon/validate.js'
import {readLexiconDirectory} from '../src/node/read-lexicon.js'
import {root} from './helpers.js'

const ruleIds = (text: string) => findings(lint(text)).map((m) => m.ruleId)

describe('the lexicon files', () => {
  it('are valid against the schema, with unique ids', () => {
    const {problems} = readLexiconDirectory(path.join(root, 'lexicon'))
    expect(problems.map(formatProblem)).toEqual([])
  })

  it('have at least 100 entries, covering all nine categories', () => {
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(100)
    for (const category of categories) expect(lexicon.entries.some((e) => e.category === category), category).toBe(true)
  })

  it('give every entry a why, sources and at least one rewrite', () => {
    for (const entry of lexicon.entries) {
      expect(entry.why.trim().length, entry.id).toBeGreaterThan(20)
      expect(entry.sources.length, entry.id).toBeGreaterThan(0)
      expect(entry.rewrites.length, entry.id).toBeGreaterThan(0)
    }
  })

  it('mark an entry fixable only when its first rewrite can stand as written', () => {
    for (const entry of lexicon.entries.filter((e) => e.fixable)) expect(entry.rewrites[0], entry.id).not.toMatch(/…|\.\.\./)
  })
})

describe.each(lexicon.entries.map((entry) => [entry.id, entry] as const))('entry %s', (id, entry) => {
  it.each(entry.examples.flagged)('flags: %s', (example) => {
    expect(ruleIds(example)).toContain(id)
  })
  if (entry.examples.clean?.length) {
    it.each(entry.examples.clean)('leaves alone: %s', (example) => {
      expect(ruleIds(example)).not.toContain(id)
    })
  }
  it('offers rewrites that are themselves open language', () => {
    for (const rewrite of entry.rewrites) {
      expect(findings(lint(rewrite.replace(/…/g, ' '))).map((m) => `${m.ruleId}: ${m.actual}`), rewrite).toEqual([])
    }
  })
})

describe('lexicon validation speaks to a trainer', () => {
  const slots = {be: ['is']}
  const entry = {
    id: 'lacks-insight',
    match: ['lacks insight'],
    rewrites: ['sees it differently'],
    why: 'It says the person is wrong about their own life.',
    sources: ['Deegan (seeds/001)'],
    severity: 'warning',
    fixable: false,
    examples: {flagged: ['Team is concerned she lacks insight.']}
  }
  const file = (entries: unknown[]) => ({category: 'clinical-jargon', title: 'T', summary: 'S', does: 'd', entries})

  it('names the file, the entry and the missing field', () => {
    const {why: _, ...withoutWhy} = entry
    const problems = validateCategoryFile('org/terms.yaml', file([withoutWhy]), slots).map(formatProblem)
    expect(problems).toEqual(["org/terms.yaml: entry 'lacks-insight': field 'why': is missing"])
  })

  it('names an unknown field, a bad severity and a bad id', () => {
    const problems = validateCategoryFile('org/terms.yaml', file([{...entry, id: 'Lacks Insight', severity: 'loud', colour: 'red'}]), slots).map(formatProblem)
    expect(problems).toContain("org/terms.yaml: entry 'Lacks Insight': field 'colour': is not a known field")
    expect(problems).toContain("org/terms.yaml: entry 'Lacks Insight': field 'severity': must be one of: error, warning, info")
    expect(problems).toContain("org/terms.yaml: entry 'Lacks Insight': field 'id': must be kebab-case (lowercase words joined by hyphens)")
  })

  it('names an unknown category and an unknown slot', () => {
    expect(validateCategoryFile('x.yaml', {...file([entry]), category: 'feelings'}, slots).map(formatProblem)[0]).toMatch(/^x\.yaml: field 'category': must be one of: diagnostic-label/)
    const problems = validateCategoryFile('x.yaml', file([{...entry, match: ['{was} unwell']}]), slots).map(formatProblem)
    expect(problems).toEqual(["x.yaml: entry 'lacks-insight': field 'match': uses an unknown slot {was} (known: {be}, and {name} in match forms)"])
  })

  it('takes {name} in a match form and nowhere else', () => {
    expect(validateCategoryFile('x.yaml', file([{...entry, match: ['{name} lacks insight']}]), slots)).toEqual([])
    const problems = validateCategoryFile('x.yaml', file([{...entry, skipWhenPrecededBy: ['{name}']}]), slots).map(formatProblem)
    expect(problems).toEqual(["x.yaml: entry 'lacks-insight': field 'skipWhenPrecededBy': uses {name}, which only match forms can use"])
  })

  it('says what is wrong with a group of choices in brackets', () => {
    const problemsOf = (form: string) => validateCategoryFile('x.yaml', file([{...entry, match: [form]}]), slots).map(formatProblem)
    expect(problemsOf('(lacks|lacking) insight')).toEqual([])
    expect(problemsOf('(lacks|lacking insight')).toEqual(["x.yaml: entry 'lacks-insight': field 'match': '(lacks|lacking insight' has a '(' that is never closed"])
    expect(problemsOf('lacks|lacking insight')).toEqual(["x.yaml: entry 'lacks-insight': field 'match': 'lacks|lacking insight' has a '|' outside brackets: write the choices as (one|other)"])
    expect(problemsOf('(lacks) insight')[0]).toMatch(/without two or more choices/)
    expect(problemsOf('(clearly |really )?lacks insight')).toEqual([
      "x.yaml: entry 'lacks-insight': field 'match': '(clearly |really )?lacks insight' has '?' after a group: there are no optional words; write the form once with them and once without"
    ])
    expect(problemsOf('lacks insight?')).toEqual([])
    expect(problemsOf('({be}|seems) insightless')[0]).toMatch(/a group holds plain words/)
  })

  it('catches a phrase listed twice in one field', () => {
    const problems = validateCategoryFile('x.yaml', file([{...entry, match: ['lacks insight', 'no insight', 'lacks insight']}]), slots).map(formatProblem)
    expect(problems).toEqual(["x.yaml: entry 'lacks-insight': field 'match': lists 'lacks insight' twice"])
    expect(validateCategoryFile('x.yaml', file([{...entry, skipWhenFollowedBy: ['into', 'into']}]), slots).map(formatProblem)).toEqual([
      "x.yaml: entry 'lacks-insight': field 'skipWhenFollowedBy': lists 'into' twice"
    ])
  })

  it('catches a file named for another category, and duplicate ids across files', () => {
    expect(validateCategoryFile('lexicon/risk-assessment.yaml', file([entry]), slots, 'risk-assessment').map(formatProblem)).toEqual([
      "lexicon/risk-assessment.yaml: field 'category': is 'clinical-jargon' but the file is named for 'risk-assessment'"
    ])
    const duplicates = findDuplicateIds([
      {file: 'a.yaml', entries: [{id: 'lacks-insight'}]},
      {file: 'b.yaml', entries: [{id: 'lacks-insight'}]}
    ]).map(formatProblem)
    expect(duplicates).toEqual(["b.yaml: entry 'lacks-insight': field 'id': is already used in a.yaml"])
  })
})
