import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findings, lint} from '../src/index.js'
import {applyFixes, fixText, matchCase} from '../src/engine/fix.js'
import {peerlint} from './helpers.js'

const lintText = (text: string) => findings(lint(text))

describe('fixing text', () => {
  it('keeps the case of what it replaces', () => {
    expect(matchCase('This writer', 'I')).toBe('I')
    expect(matchCase('this writer', 'I')).toBe('I')
    expect(matchCase('Claims', 'says')).toBe('Says')
    expect(matchCase('CLAIMS', 'says')).toBe('SAYS')
    expect(matchCase('claims', 'says')).toBe('says')
  })

  it('applies only fixable entries and keeps the rest of the text as it was', () => {
    const text = 'John and this writer met in the park. He was agitated.\r\n'
    const {output} = fixText(text, lintText)
    expect(output).toBe('John and I met in the park. He was agitated.\r\n')
  })

  it('never applies overlapping fixes in one pass', () => {
    const [first] = lintText('This writer met John.')
    const twin = {...first!, place: {start: {...first!.place.start, offset: first!.place.start.offset + 1}, end: first!.place.end}}
    const result = applyFixes('This writer met John.', [first!, twin])
    expect(result.fixed).toBe(1)
    expect(result.output).toBe('I met John.')
  })

  it('is idempotent', () => {
    const once = fixText('This writer met John. He committed suicide last year, his sister said.', lintText).output
    expect(fixText(once, lintText)).toEqual({output: once, fixed: 0})
  })
})

describe('peerlint --fix and --fix-dry-run', () => {
  let work: string
  const bom = Buffer.from([0xef, 0xbb, 0xbf])
  const original = Buffer.concat([bom, Buffer.from('John and this writer met in the park.\r\nHe was agitated.\r\nThis writer walked with him.', 'utf8')])

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-fix-'))
  })
  afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

  it('changes only the fixed words in a CRLF file with a BOM and no final newline, and a second run changes nothing', () => {
    const file = path.join(work, 'note.txt')
    fs.writeFileSync(file, original)
    const first = peerlint(['--fix', 'note.txt', '--format', 'json'], {cwd: work})
    const after = fs.readFileSync(file)
    expect(after.equals(Buffer.concat([bom, Buffer.from('John and I met in the park.\r\nHe was agitated.\r\nI walked with him.', 'utf8')]))).toBe(true)
    // What is left (not fixable) is still reported, and fails the run.
    expect(first.code).toBe(1)
    expect(JSON.parse(first.stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).toEqual(['agitated'])
    peerlint(['--fix', 'note.txt'], {cwd: work})
    expect(fs.readFileSync(file).equals(after)).toBe(true)
    expect(fs.readdirSync(work)).toEqual(['note.txt'])
  })

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const file = path.join(work, 'dry.txt')
    fs.writeFileSync(file, original)
    const result = peerlint(['--fix-dry-run', 'dry.txt'], {cwd: work})
    expect(fs.readFileSync(file).equals(original)).toBe(true)
    expect(result.stdout).toContain('--- dry.txt')
    expect(result.stdout).toContain('+++ dry.txt (fixed)')
    expect(result.stdout).toContain('-John and this writer met in the park.')
    expect(result.stdout).toContain('+John and I met in the park.')
  })

  it('refuses --fix on stdin and the two flags together', () => {
    expect(peerlint(['--fix'], {input: 'This writer met John.'}).stderr).toMatch(/--fix writes files/)
    expect(peerlint(['--fix', '--fix-dry-run', 'x.txt'], {cwd: work}).code).toBe(2)
  })
})
