// Every realistic note in fixtures/notes has its expected findings written down in expected.yaml:
// a drifted note must produce exactly those (category, phrase) pairs, in order; an open note none.
import fs from 'node:fs'
import path from 'node:path'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {findings, lint} from '../src/index.js'
import {root} from './helpers.js'

const directory = path.join(root, 'fixtures/notes')
const expected = parse(fs.readFileSync(path.join(directory, 'expected.yaml'), 'utf8')) as Record<string, Array<{category: string; text: string}>>
const files = fs.readdirSync(directory).filter((name) => name.endsWith('.txt')).sort()

describe('fixtures/notes', () => {
  it('has at least 60 notes, each listed in expected.yaml, as drifted/open pairs', () => {
    expect(files.length).toBeGreaterThanOrEqual(60)
    expect(files.filter((name) => !(name in expected))).toEqual([])
    for (const name of files.filter((f) => f.endsWith('.drifted.txt'))) expect(files).toContain(name.replace('.drifted.', '.open.'))
  })

  it.each(files)('%s', (name) => {
    const text = fs.readFileSync(path.join(directory, name), 'utf8')
    const found = findings(lint(text)).map((m) => ({category: m.category, text: m.actual.replace(/\s+/g, ' ')}))
    expect(found).toEqual(expected[name] ?? [])
  })
})
