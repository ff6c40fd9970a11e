// Configuration files, organisation lexicons and ignore files, through the real binary.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {peerlint} from './helpers.js'

let work: string
const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(work, file)), {recursive: true})
  fs.writeFileSync(path.join(work, file), content)
}
const messages = (stdout: string) => (JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string; severity: string; category: string}>}>).flatMap((r) => r.messages)
const note = 'The client is noncompliant with his meds, and she lacks insight. She called him a member of the wellness team.\n'

const orgLexicon = `category: distancing-language
title: Our own words
summary: Words our program chose to avoid.
does: puts distance between you and the person
entries:
  - id: wellness-member
    match: [member of the wellness team]
    rewrites: [person who comes to the wellness group]
    why: Our members asked us not to be called this in notes; it sounds like a club we run.
    sources: [Peer council decision, March 2026]
    severity: warning
    fixable: false
    examples:
      flagged: [She called him a member of the wellness team.]
`

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-config-'))
  write('org/.peerlintrc.yaml', 'allow: [client]\ncategories:\n  compliance-control: error\nrules:\n  lacks-insight: off\nlexicon: [terms/our-words.yaml]\n')
  write('org/terms/our-words.yaml', orgLexicon)
  write('org/notes/a.txt', note)
  write('org/notes/strict/.peerlintrc.json', JSON.stringify({categories: {'distancing-language': 'off'}}))
  write('org/notes/strict/b.txt', note)
  write('pkg/package.json', JSON.stringify({name: 'x', peerlint: {rules: {noncompliant: 'info'}}}))
  write('pkg/c.txt', note)
  write('plain/d.txt', note)
})

afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

describe('configuration files', () => {
  it('allows a chosen word, turns a category into errors, switches an entry off and adds the organisation’s own entry', () => {
    const found = messages(peerlint(['org/notes/a.txt', '--format', 'json'], {cwd: work}).stdout)
    expect(found.map((m) => m.ruleId)).not.toContain('the-client')
    expect(found.map((m) => m.ruleId)).not.toContain('lacks-insight')
    expect(found).toContainEqual(expect.objectContaining({ruleId: 'noncompliant', severity: 'error'}))
    expect(found).toContainEqual(expect.objectContaining({ruleId: 'wellness-member', category: 'distancing-language'}))
  })

  it('uses the nearest configuration file', () => {
    const found = messages(peerlint(['org/notes/strict/b.txt', '--format', 'json'], {cwd: work}).stdout)
    expect(found.map((m) => m.category)).not.toContain('distancing-language')
    expect(found).toContainEqual(expect.objectContaining({ruleId: 'noncompliant', severity: 'warning'}))
  })

  it('reads a "peerlint" key in package.json', () => {
    const found = messages(peerlint(['pkg/c.txt', '--format', 'json'], {cwd: work}).stdout)
    expect(found).toContainEqual(expect.objectContaining({ruleId: 'noncompliant', severity: 'info'}))
  })

  it('--config overrides what is found, --no-config ignores it', () => {
    const forced = messages(peerlint(['plain/d.txt', '--format', 'json', '--config', 'pkg/package.json'], {cwd: work}).stdout)
    expect(forced).toContainEqual(expect.objectContaining({ruleId: 'noncompliant', severity: 'info'}))
    const none = messages(peerlint(['org/notes/a.txt', '--format', 'json', '--no-config'], {cwd: work}).stdout)
    expect(none.map((m) => m.ruleId)).toContain('the-client')
  })

  it('--print-config shows the configuration that applies to a file', () => {
    const result = peerlint(['--print-config', 'org/notes/a.txt'], {cwd: work})
    expect(result.code).toBe(0)
    const shown = JSON.parse(result.stdout) as {configFile: string; config: {allow: string[]}; organisationEntries: number}
    expect(shown.configFile).toBe(path.join('org', '.peerlintrc.yaml'))
    expect(shown.config.allow).toEqual(['client'])
    expect(shown.organisationEntries).toBe(1)
  })
})

describe('mistakes in a configuration are errors that say where and what is valid', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an unknown key', '{"colour": "red"}', /\.peerlintrc\.json: 'colour' is not a configuration key\. Valid keys: categories, rules, allow, lexicon/],
    ['a wrong type', '{"allow": "client"}', /'allow' must be a list of words, phrases or entry ids/],
    ['an unknown category', '{"categories": {"feelings": "off"}}', /'categories\.feelings' is not a category\. Categories: diagnostic-label/],
    ['a bad setting', '{"categories": {"clinical-jargon": "loud"}}', /'categories\.clinical-jargon' must be one of off, error, warning, info, true or false/],
    ['an unknown entry id', '{"rules": {"not-a-rule": "off"}}', /'rules\.not-a-rule' is not an entry id\. Run peerlint --list/],
    ['a bad locale', '{"locale": "fr-FR"}', /'locale' must be one of en-US, en-CA, en-GB, en-AU/],
    ['broken JSON', '{"allow": [', /cannot be read as JSON/]
  ]
  it.each(cases)('%s', (_, content, expected) => {
    write(`bad/${_.replace(/\W+/g, '-')}/.peerlintrc.json`, content)
    write(`bad/${_.replace(/\W+/g, '-')}/n.txt`, note)
    const result = peerlint([`bad/${_.replace(/\W+/g, '-')}/n.txt`], {cwd: work})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(expected)
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/)
  })

  it('names the file, the entry and the field for a mistake in an organisation lexicon', () => {
    write('badlex/.peerlintrc.yaml', 'lexicon: [mine.yaml]\n')
    write('badlex/mine.yaml', orgLexicon.replace(/    why: .*\n/, '').replace('id: wellness-member', 'id: the-client'))
    write('badlex/n.txt', note)
    const result = peerlint(['badlex/n.txt'], {cwd: work})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("badlex/mine.yaml: entry 'the-client': field 'why': is missing")
    write('badlex/mine.yaml', orgLexicon.replace('id: wellness-member', 'id: the-client'))
    expect(peerlint(['badlex/n.txt'], {cwd: work}).stderr).toContain("badlex/mine.yaml: entry 'the-client': field 'id': is already used in the built-in lexicon")
  })
})

describe('ignoring files', () => {
  it('skips what .peerlintignore and ignorePatterns name, and says so for a file named on the command line', () => {
    write('ign/.peerlintignore', 'drafts/\n')
    write('ign/drafts/x.txt', note)
    write('ign/keep/y.txt', note)
    write('ign/keep/z.txt', note)
    write('ign/keep/.peerlintrc.json', JSON.stringify({ignorePatterns: ['z.txt']}))
    const dir = path.join(work, 'ign')
    expect(JSON.parse(peerlint(['.', '--format', 'json'], {cwd: dir}).stdout).map((r: {path: string}) => r.path)).toEqual(['keep/y.txt'])
    const named = peerlint(['drafts/x.txt', 'keep/y.txt', '--format', 'json'], {cwd: dir})
    expect(named.stderr).toContain("'drafts/x.txt' is ignored")
  })
})

describe('--report-unused-disable-directives', () => {
  it('warns about a directive that suppresses nothing', () => {
    const result = peerlint(['--format', 'json', '--report-unused-disable-directives', '--no-config'], {input: '<!-- peerlint-disable-next-line -->\nWe walked by the river.\n'})
    expect(messages(result.stdout)).toEqual([expect.objectContaining({ruleId: 'unused-disable-directive', severity: 'warning'})])
  })
})
