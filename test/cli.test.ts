import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {categories} from '../src/lexicon/types.js'
import {peerlint} from './helpers.js'

let work: string

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-cli-'))
  fs.mkdirSync(path.join(work, 'notes/nested'), {recursive: true})
  fs.mkdirSync(path.join(work, 'notes/node_modules'), {recursive: true})
  fs.writeFileSync(path.join(work, 'notes/drifted.txt'), 'George is noncompliant with his prescribed medications.\n')
  fs.writeFileSync(path.join(work, 'notes/open.txt'), "George doesn't want to take his prescribed medication.\n")
  fs.writeFileSync(path.join(work, 'notes/nested/handover.md'), '# Handover\n\nJohn and this writer met in the park today.\n')
  fs.writeFileSync(path.join(work, 'notes/nested/ignored.csv'), 'id,note\n1,noncompliant\n')
  fs.writeFileSync(path.join(work, 'notes/node_modules/dep.txt'), 'noncompliant\n')
  fs.writeFileSync(path.join(work, 'binary.txt'), Buffer.from([0x48, 0x00, 0x01, 0x02]))
  fs.writeFileSync(path.join(work, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20]))
  fs.writeFileSync(path.join(work, 'warnings.txt'), 'She refused group. He refused lunch. They refused the walk.\n')
})

afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

const json = (stdout: string) => JSON.parse(stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>

describe('peerlint <paths>', () => {
  it('lints a file, reports the finding with its rewrite and exits 1', () => {
    const result = peerlint(['notes/drifted.txt'], {cwd: work})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('notes/drifted.txt')
    expect(result.stdout).toMatch(/1:11\s+warning\s+‘noncompliant’ frames a choice as disobedience\.\s+noncompliant/)
    expect(result.stdout).toContain('Try ‘doesn\'t want to take …’')
    expect(result.stdout).toMatch(/compliance-control\s+1/)
    expect(result.stderr).toBe('')
  })

  it('exits 0 with a friendly line when nothing is found', () => {
    const result = peerlint(['notes/open.txt'], {cwd: work})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('No drift found in 1 file')
  })

  it('walks directories for .txt and .md, skipping node_modules and other extensions', () => {
    const result = peerlint(['notes', '--format', 'json'], {cwd: work})
    expect(result.code).toBe(1)
    expect(json(result.stdout).map((r) => r.path)).toEqual(['notes/drifted.txt', 'notes/nested/handover.md', 'notes/open.txt'])
  })

  it('expands globs', () => {
    const result = peerlint(['notes/**/*.md', '--format', 'json'], {cwd: work})
    expect(json(result.stdout).map((r) => r.path)).toEqual(['notes/nested/handover.md'])
  })

  it('reads stdin when given no paths or -', () => {
    for (const args of [[], ['-']]) {
      const result = peerlint([...args, '--format', 'json'], {input: 'John and this writer met.'})
      expect(result.code).toBe(1)
      expect(json(result.stdout)[0]?.path).toBe('<stdin>')
      expect(json(result.stdout)[0]?.messages[0]?.ruleId).toBe('this-writer')
    }
  })
})

describe('--format json', () => {
  it('writes exactly the documented shape, with 0-based offsets into the text', () => {
    const text = 'Today was hard.\nGeorge is noncompliant with his meds.'
    const result = peerlint(['--format', 'json'], {input: text})
    const [file] = json(result.stdout)
    const message = file!.messages.find((m) => m.ruleId === 'noncompliant')!
    expect(Object.keys(message).sort()).toEqual(
      ['actual', 'category', 'column', 'endColumn', 'endLine', 'endOffset', 'expected', 'line', 'message', 'offset', 'ruleId', 'severity', 'url'].sort()
    )
    expect(message).toMatchObject({category: 'compliance-control', severity: 'warning', actual: 'noncompliant', line: 2, column: 11, endLine: 2, endColumn: 23})
    expect(text.slice(message.offset as number, message.endOffset as number)).toBe('noncompliant')
    expect(message.expected).toContain("doesn't want to take …")
    expect(message.url).toMatch(/lexicon\.md#noncompliant$/)
  })
})

describe('filters and thresholds', () => {
  it('--categories keeps only the named categories', () => {
    const result = peerlint(['--categories', 'distancing-language', '--format', 'json'], {input: 'This writer saw that George is noncompliant.'})
    expect(json(result.stdout)[0]!.messages.map((m) => m.category)).toEqual(['distancing-language'])
  })

  it('--ignore-categories leaves the named categories out', () => {
    const result = peerlint(['--ignore-categories', 'distancing-language,risk-assessment', '--format', 'json'], {input: 'This writer saw that George is noncompliant.'})
    expect(json(result.stdout)[0]!.messages.map((m) => m.category)).toEqual(['compliance-control'])
  })

  it('--quiet reports errors only and does not fail on warnings', () => {
    const result = peerlint(['--quiet', 'warnings.txt'], {cwd: work})
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('warning  ')
  })

  it('--max-warnings fails only above the limit', () => {
    expect(peerlint(['--max-warnings', '3', 'warnings.txt'], {cwd: work}).code).toBe(0)
    expect(peerlint(['--max-warnings', '2', 'warnings.txt'], {cwd: work}).code).toBe(1)
  })

  it('--quotes check reports what is inside quotation marks; the default ignores it', () => {
    const input = 'She said, "I am not manipulative."'
    expect(json(peerlint(['--format', 'json'], {input}).stdout)[0]!.messages).toEqual([])
    const checked = json(peerlint(['--format', 'json', '--quotes', 'check'], {input}).stdout)[0]!.messages
    expect(checked.map((m) => m.ruleId)).toContain('manipulative')
    const info = json(peerlint(['--format', 'json', '--quotes', 'info'], {input}).stdout)[0]!.messages
    expect(info.every((m) => m.severity === 'info')).toBe(true)
  })

  it('colours only when asked or on a terminal, and never with NO_COLOR', () => {
    expect(peerlint(['notes/drifted.txt'], {cwd: work}).stdout).not.toContain('\u001B[')
    expect(peerlint(['--color', 'notes/drifted.txt'], {cwd: work}).stdout).toContain('\u001B[')
  })
})

describe('--output-file', () => {
  it('writes the report to the file, not stdout, and leaves no temporary file behind', () => {
    const result = peerlint(['notes/drifted.txt', '--format', 'json', '--output-file', 'out/report.json'], {cwd: work})
    fs.mkdirSync(path.join(work, 'out'), {recursive: true})
    const written = peerlint(['notes/drifted.txt', '--format', 'json', '--output-file', 'out/report.json'], {cwd: work})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Cannot write 'out\/report\.json' \(its folder does not exist\)/)
    expect(written.code).toBe(1)
    expect(written.stdout).toBe('')
    expect(json(fs.readFileSync(path.join(work, 'out/report.json'), 'utf8'))[0]!.messages[0]!.ruleId).toBe('noncompliant')
    expect(fs.readdirSync(path.join(work, 'out'))).toEqual(['report.json'])
  })
})

describe('--why and --list', () => {
  it('--why explains an entry by id or by a phrase it catches', () => {
    for (const term of ['noncompliant', 'non-compliance', 'He was non compliant']) {
      const result = peerlint(['--why', term])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('noncompliant')
      expect(result.stdout).toContain('Why:')
      expect(result.stdout).toContain('Sources:')
      expect(result.stdout).toContain('WHO QualityRights')
    }
  })

  it('--why with an unknown term exits 2 and says what to do', () => {
    const result = peerlint(['--why', 'sunshine'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^peerlint: No lexicon entry for 'sunshine'\. Run peerlint --list/)
  })

  it('--list prints every category with its entries', () => {
    const result = peerlint(['--list'])
    expect(result.code).toBe(0)
    for (const category of categories) expect(result.stdout).toContain(`(${category},`)
  })

  it('--list --format json prints every entry with the fields tools need', () => {
    const entries = JSON.parse(peerlint(['--list', '--format', 'json']).stdout) as Array<Record<string, unknown>>
    expect(entries.length).toBeGreaterThanOrEqual(100)
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(['category', 'fixable', 'id', 'match', 'rewrites', 'severity', 'sources', 'why'])
    }
  })
})

describe('bad input: one line on stderr, exit 2, no stack trace', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a missing file', ['nope.txt'], /No such file or directory: 'nope\.txt'/],
    ['a glob that matches nothing', ['nothing/**/*.txt'], /No files match 'nothing\/\*\*\/\*\.txt'/],
    ['a binary file', ['binary.txt'], /'binary\.txt' looks like a binary file/],
    ['a file that is not UTF-8', ['latin1.txt'], /'latin1\.txt' is not UTF-8 text/],
    ['an unknown option', ['--bogus'], /unknown option '--bogus'.*peerlint --help/],
    ['an unknown category', ['--categories', 'feelings', 'notes'], /Unknown category 'feelings' in --categories/],
    ['an unknown format', ['--format', 'xml', 'notes'], /argument 'xml' is invalid/],
    ['a bad --max-warnings', ['--max-warnings', 'many', 'notes'], /--max-warnings takes a whole number/],
    ['a directory with no notes', ['empty'], /No notes \(\*\.txt, \*\.md\) found in 'empty', or all of them are ignored/]
  ]
  it.each(cases)('%s', (_, args, expected) => {
    fs.mkdirSync(path.join(work, 'empty'), {recursive: true})
    const result = peerlint(args, {cwd: work})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(expected)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/)
  })

  it('never echoes note text in an error', () => {
    const result = peerlint(['notes/drifted.txt', 'nope.txt'], {cwd: work})
    expect(result.code).toBe(2)
    expect(result.stderr).not.toContain('George')
  })
})

describe('--help and --version', () => {
  it('prints help and exits 0', () => {
    const result = peerlint(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--format <format>')
  })
  it('prints the version and exits 0', () => {
    expect(peerlint(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
