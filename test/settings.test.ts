// Organisation settings applied by lint(): categories and rules on/off and severity, allow-lists,
// suggestion spelling, and inline suppression directives.
import {describe, expect, it} from 'vitest'
import {findings, lint, type LintOptions} from '../src/index.js'
import {parseDirectives} from '../src/engine/directives.js'

const found = (text: string, options: LintOptions = {}) => findings(lint(text, options)).map((m) => ({id: m.ruleId, category: m.category, severity: m.severity, actual: m.actual}))

describe('severity and switches', () => {
  const text = 'The client is noncompliant.'
  it('turns a category into errors', () => {
    expect(found(text, {categorySeverity: {'compliance-control': 'error'}})).toContainEqual(expect.objectContaining({id: 'noncompliant', severity: 'error'}))
  })
  it('switches a category off', () => {
    expect(found(text, {categorySeverity: {'distancing-language': 'off'}}).map((f) => f.category)).toEqual(['compliance-control'])
  })
  it('sets one rule’s severity, which wins over its category', () => {
    const result = found(text, {categorySeverity: {'compliance-control': 'error'}, rules: {noncompliant: 'info'}})
    expect(result).toContainEqual(expect.objectContaining({id: 'noncompliant', severity: 'info'}))
  })
  it('switches one rule off before overlaps are resolved, so a shorter match can still be found', () => {
    expect(found('She refused meds again.').map((f) => f.id)).not.toContain('refused')
    expect(found('She refused meds again.', {rules: {[found('She refused meds again.')[0]!.id]: 'off'}}).map((f) => f.id)).toContain('refused')
  })
})

describe('allow', () => {
  it('never reports a word the organisation has chosen, with its determiner or plural', () => {
    expect(found('The client said the clients liked our client portal. Client was late.', {allow: ['client']})).toEqual([])
  })
  it('allows by entry id', () => {
    expect(found('John and this writer met.', {allow: ['this-writer']})).toEqual([])
  })
  it('keeps other findings', () => {
    expect(found('The client is noncompliant.', {allow: ['client']}).map((f) => f.id)).toEqual(['noncompliant'])
  })
})

describe('locale', () => {
  it('spells rewrites and messages for the writer', () => {
    const text = 'He was acting out.'
    const us = findings(lint(text))[0]!
    const gb = findings(lint(text, {locale: 'en-GB'}))[0]!
    expect(us.expected.join(' ')).toBe(gb.expected.join(' ').replace(/behaviour/g, 'behavior').replace(/organis/g, 'organiz'))
    expect(findings(lint('Team noted behavioral concerns.', {locale: 'en-GB'}))[0]!.reason).not.toMatch(/behavior\b/)
  })
})

describe('inline suppression', () => {
  it('parses directives in comments and on plain-text lines', () => {
    const directives = parseDirectives('<!-- peerlint-disable-next-line noncompliant, clinical-jargon -->\nx\npeerlint-disable\n')
    expect(directives.map((d) => [d.kind, d.targets, d.line])).toEqual([
      ['disable-next-line', ['noncompliant', 'clinical-jargon'], 1],
      ['disable', [], 3]
    ])
  })

  it('disable and enable cover a block', () => {
    const text = '<!-- peerlint-disable -->\nThe client is noncompliant.\n<!-- peerlint-enable -->\nThe client is noncompliant.'
    expect(found(text).map((f) => f.id)).toEqual(['the-client', 'noncompliant'])
  })

  it('disable-line and disable-next-line cover one line, for the named ids or categories only', () => {
    const text = 'The client is noncompliant. <!-- peerlint-disable-line noncompliant -->\n<!-- peerlint-disable-next-line distancing-language -->\nThe client is noncompliant.'
    expect(found(text).map((f) => `${f.id}@${text.slice(0, text.indexOf(f.actual)).length}`).length).toBe(2)
    expect(found(text).map((f) => f.id)).toEqual(['the-client', 'noncompliant'])
  })

  it('works on a plain-text line of its own', () => {
    expect(found('peerlint-disable-next-line\nThe client is noncompliant.')).toEqual([])
  })

  it('reports directives that suppressed nothing when asked', () => {
    const text = '<!-- peerlint-disable-next-line -->\nWe walked by the river.'
    expect(found(text)).toEqual([])
    expect(found(text, {reportUnusedDisableDirectives: true})).toEqual([expect.objectContaining({id: 'unused-disable-directive', severity: 'warning'})])
  })
})
