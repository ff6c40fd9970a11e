// Templates in Markdown, HTML and DOCX through the real binary: SARIF that validates against the
// official schema and points at the right file and line, --stdin-filename, and fixes that keep markup.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {docxText} from '../src/node/lint-input.js'
import {peerlint, root} from './helpers.js'
import {validateSarif} from './support/sarif-schema.js'

interface SarifResult {
  ruleId: string
  locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number; charOffset?: number; charLength?: number}}}>
}

describe('peerlint fixtures/templates --format sarif', () => {
  const result = peerlint(['fixtures/templates', '--format', 'sarif'])
  const log = JSON.parse(result.stdout) as {runs: Array<{results: SarifResult[]}>}
  const results = log.runs[0]!.results

  it('is valid SARIF 2.1.0 and fails the run (the drifted templates have findings)', () => {
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true)
    expect(result.code).toBe(1)
  })

  it('reports the drifted Markdown, HTML and DOCX templates, and nothing in the open ones', () => {
    const uris = new Set(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))
    expect([...uris].sort()).toEqual(['fixtures/templates/intake.drifted.md', 'fixtures/templates/progress-note.drifted.html', 'fixtures/templates/shift-handover.drifted.docx'])
  })

  it('points each Markdown and HTML finding at the words in the file as written', async () => {
    for (const finding of results) {
      const {artifactLocation, region} = finding.locations[0]!.physicalLocation
      const file = path.join(root, artifactLocation.uri)
      const text = artifactLocation.uri.endsWith('.docx') ? await docxText(fs.readFileSync(file), artifactLocation.uri) : fs.readFileSync(file, 'utf8')
      const line = text.split('\n')[region.startLine - 1]
      expect(line, `${artifactLocation.uri}:${region.startLine}`).toBeDefined()
      const offset = text.split('\n').slice(0, region.startLine - 1).reduce((sum, l) => sum + l.length + 1, 0) + region.startColumn - 1
      expect(region.charOffset).toBe(offset)
      expect(/\p{L}/u.test(text.slice(offset, offset + (region.charLength ?? 1))), `${artifactLocation.uri}:${region.startLine}:${region.startColumn}`).toBe(true)
    }
  })
})

describe('stdin with a file name, fixes and directives in templates', () => {
  it('--stdin-filename picks the input type', () => {
    const markdown = 'Describe the `client` code below.\n\n```\nthe client refused\n```\n'
    expect(JSON.parse(peerlint(['--format', 'json', '--stdin-filename', 'form.md', '--no-config'], {input: markdown}).stdout)[0].messages).toEqual([])
    expect(JSON.parse(peerlint(['--format', 'json', '--no-config'], {input: markdown}).stdout)[0].messages.length).toBeGreaterThan(0)
  })

  it('--fix leaves a phrase that crosses markup alone and fixes the plain one', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-md-fix-'))
    const file = path.join(work, 'form.md')
    fs.writeFileSync(file, '# Handover\n\nThis **writer** met John.\n\nThis writer met Ana.\n')
    peerlint(['--fix', 'form.md', '--no-config'], {cwd: work})
    expect(fs.readFileSync(file, 'utf8')).toBe('# Handover\n\nThis **writer** met John.\n\nI met Ana.\n')
    fs.rmSync(work, {recursive: true, force: true})
  })

  it('a directive on a plain-text line is not itself a finding', () => {
    const out = peerlint(['--format', 'json', '--no-config'], {input: 'peerlint-disable-next-line the-client\nThe client came in.\nThe client left.\n'})
    expect(JSON.parse(out.stdout)[0].messages.map((m: {line: number}) => m.line)).toEqual([3])
  })
})
