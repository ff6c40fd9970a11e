// `peerlint scan` input handling, through the built binary: every CSV/JSON/NDJSON quirk, gzip,
// column mapping, dates, malformed rows (counted, never fatal) and fatal input errors (exit 2).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {peerlint} from './helpers.js'

let work: string
const write = (name: string, content: string | Buffer) => {
  fs.writeFileSync(path.join(work, name), content)
  return name
}
const read = (name: string) => fs.readFileSync(path.join(work, name), 'utf8')
type Line = Record<string, unknown> & {type: string}
const lines = (name: string): Line[] => read(name).trim().split('\n').map((line) => JSON.parse(line) as Line)
const scan = (args: string[]) => peerlint(['scan', '--jobs', '1', ...args], {cwd: work})
const notes = (name: string) => lines(name).filter((line) => line.type === 'note')
const findings = (name: string) => lines(name).filter((line) => line.type === 'finding')
const malformed = (name: string) => lines(name).filter((line) => line.type === 'malformed')

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-scan-input-'))
})
afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

describe('CSV', () => {
  it('reads RFC 4180 quoting, a BOM and CRLF: embedded newlines, commas and doubled quotes', () => {
    write('quirks.csv', '\ufeffid,author,note\r\n1,Ann,"We met at the park, and he said ""hi"".\r\nThen this writer walked home."\r\n2,Bob,Plain note about the garden.\r\n')
    const result = scan(['quirks.csv', '--id', 'id', '--author', 'author', '--out', 'quirks.jsonl'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(notes('quirks.jsonl').map((note) => [note.row, note.noteId, note.author])).toEqual([
      [2, '1', 'Ann'],
      [3, '2', 'Bob']
    ])
    const [finding] = findings('quirks.jsonl')
    expect(finding).toMatchObject({ruleId: 'this-writer', row: 2, noteId: '1', line: 2, column: 6, actual: 'this writer'})
  })

  it('detects ; and tab delimiters, and takes --delimiter', () => {
    write('semi.csv', 'id;note\n1;John and this writer met, briefly.\n')
    write('tabs.tsv', 'id\tnote\n1\tJohn and this writer met; briefly.\n')
    // A tie (one ',' and one ';' in the header) is read as ','; --delimiter settles it.
    write('forced.csv', 'a,b;note\nx,y;John and this writer met, briefly.\n')
    expect(scan(['forced.csv', '--text', 'note']).stderr).toMatch(/has no column 'note'.*'a', 'b;note'/)
    for (const [file, extra] of [['semi.csv', []], ['tabs.tsv', []], ['forced.csv', ['--delimiter', ';']]] as const) {
      const result = scan([file, '--text', 'note', '--out', `${file}.jsonl`, ...extra])
      expect(result.code, result.stderr).toBe(1)
      expect(findings(`${file}.jsonl`).map((line) => line.ruleId)).toEqual(['this-writer'])
    }
    expect(scan(['forced.csv', '--delimiter', 'x', '--text', 'note']).stderr).toMatch(/^peerlint: --delimiter takes/)
  })

  it('finds the obvious text column without --text, and asks when there is none or several', () => {
    write('obvious.csv', 'id,Note\n1,this writer met John\n')
    expect(scan(['obvious.csv', '--out', 'obvious.jsonl']).code).toBe(1)
    expect(findings('obvious.jsonl')).toHaveLength(1)
    write('ambiguous.csv', 'note,text\na,b\n')
    const result = scan(['ambiguous.csv'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^peerlint: Name the column that holds the note text with --text <column>.*'note', 'text'/)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('counts and lists malformed rows with row number and reason, keeps going, and exits 4', () => {
    const content = Buffer.concat([
      Buffer.from('id,date,note\n'),
      Buffer.from('1,2024-01-02,this writer met John\n'), // row 2: fine
      Buffer.from('2,2024-01-03,\n'), // row 3: empty text
      Buffer.from('3,2024-01-04,one,two\n'), // row 4: 4 fields
      Buffer.from('4,2024-01-05,Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' with Tom\n'), // row 5: not UTF-8
      Buffer.from('5,not a date,the client laughed\n'), // row 6: bad date
      Buffer.from('6,2024-01-07,"he said ""fine"" and left\n'), // row 7: quote never closed
      Buffer.from('7,2024-01-08,this writer again\n')
    ])
    write('bad.csv', content)
    const result = scan(['bad.csv', '--date', 'date', '--out', 'bad.jsonl', '--report', 'bad.html'])
    expect(result.code).toBe(4)
    expect(result.stderr).toBe(
      [
        'peerlint: bad.csv row 3: empty note text',
        'peerlint: bad.csv row 4: 4 fields where the header has 3',
        'peerlint: bad.csv row 5: bytes that are not UTF-8 text',
        'peerlint: bad.csv row 6: date not understood (expected YYYY-MM-DD or MM/DD/YYYY; see --date-format)',
        'peerlint: bad.csv row 7: a quoted field is never closed, so the rest of the file could not be read',
        'peerlint: 5 malformed rows were skipped.',
        ''
      ].join('\n')
    )
    expect(notes('bad.jsonl').map((note) => note.row)).toEqual([2])
    expect(malformed('bad.jsonl').map((line) => [line.row, line.reason])).toHaveLength(5)
    expect(read('bad.html')).toContain('5 rows were left out of every count above')
  })

  it('skips blank lines silently', () => {
    write('blank.csv', 'id,note\n1,this writer\n\n2,a walk\n')
    const result = scan(['blank.csv', '--text', 'note', '--out', 'blank.jsonl'])
    expect(result.stderr).toBe('')
    expect(notes('blank.jsonl').map((note) => note.row)).toEqual([2, 4])
  })
})

describe('JSON and NDJSON', () => {
  it('reads a JSON array with nested paths, listing bad elements by position', () => {
    const array = [
      {id: 'a', staff: {name: 'Ann'}, note: {body: 'John and this writer met.'}, when: '2024-03-05T10:00:00Z'},
      [1, 2],
      {id: 'c', staff: {name: 'Bob'}, note: {body: '   '}, when: '2024-03-06'},
      {id: 'd', 'note.body': 'Literal dotted key: the client laughed.', staff: {name: 'Cy'}, when: '2024-03-07'}
    ]
    write('notes.json', `${JSON.stringify(array, null, 2).replace(/\]$/, '')}, {"id": "e", "note": {"body": tru}}\n]`)
    const result = scan(['notes.json', '--text', 'note.body', '--author', 'staff.name', '--id', 'id', '--date', 'when', '--out', 'json.jsonl'])
    expect(result.code).toBe(4)
    expect(notes('json.jsonl').map((note) => [note.row, note.noteId, note.author, note.date])).toEqual([
      [1, 'a', 'Ann', '2024-03-05'],
      [4, 'd', 'Cy', '2024-03-07']
    ])
    expect(malformed('json.jsonl').map((line) => [line.row, line.reason])).toEqual([
      [2, 'not a JSON object'],
      [3, 'empty note text'],
      [5, 'not valid JSON']
    ])
  })

  it('reports a JSON array that is cut short as a malformed last row', () => {
    write('cut.json', '[{"note": "this writer met John"}, {"note": "the client')
    const result = scan(['cut.json', '--out', 'cut.jsonl'])
    expect(result.code).toBe(4)
    expect(notes('cut.jsonl')).toHaveLength(1)
    expect(malformed('cut.jsonl')).toMatchObject([{row: 2, reason: 'the file ends inside this note (it is cut short)'}])
  })

  it('reads NDJSON with CRLF and blank lines; rows are line numbers', () => {
    write('notes.ndjson', '{"text":"this writer met John","who":"Ann"}\r\n\r\n{"text":"a walk","who":"Bob"}\r\nnot json\r\n{"text":"the client","who":"Cy"}')
    const result = scan(['notes.ndjson', '--author', 'who', '--out', 'nd.jsonl'])
    expect(result.code).toBe(4)
    expect(notes('nd.jsonl').map((note) => [note.row, note.author])).toEqual([
      [1, 'Ann'],
      [3, 'Bob'],
      [5, 'Cy']
    ])
    expect(malformed('nd.jsonl')).toMatchObject([{row: 4, reason: 'not valid JSON'}])
  })

  it('reads .gz inputs transparently (CSV and NDJSON)', () => {
    write('z.csv.gz', zlib.gzipSync('\ufeffid,note\r\n1,this writer met John\r\n'))
    write('z.ndjson.gz', zlib.gzipSync('{"note":"this writer met John"}\n'))
    for (const file of ['z.csv.gz', 'z.ndjson.gz']) {
      const result = scan([file, '--out', `${file}.jsonl`])
      expect(result.code, result.stderr).toBe(1)
      expect(findings(`${file}.jsonl`).map((line) => line.ruleId)).toEqual(['this-writer'])
    }
  })
})

describe('dates', () => {
  it('reads ISO, MM/DD/YYYY and, with --date-format, DD/MM/YYYY', () => {
    write('dates.csv', 'd,note\n2024-03-05,a\n03/05/2024,b\n2024-03-05 14:22,c\n12/31/2024 2:30 PM,d\n')
    scan(['dates.csv', '--date', 'd', '--out', 'dates.jsonl'])
    expect(notes('dates.jsonl').map((note) => note.date)).toEqual(['2024-03-05', '2024-03-05', '2024-03-05', '2024-12-31'])
    write('dmy.csv', 'd,note\n05/03/2024,a\n31.12.2024,b\n02/30/2024,c\n')
    const result = scan(['dmy.csv', '--date', 'd', '--date-format', 'dd/mm/yyyy', '--out', 'dmy.jsonl'])
    expect(notes('dmy.jsonl').map((note) => note.date)).toEqual(['2024-03-05', '2024-12-31'])
    expect(result.stderr).toContain('dmy.csv row 4: date not understood (expected DD/MM/YYYY)')
  })
})

describe('fatal input problems: one line, exit 2, nothing written', () => {
  const fatal = (args: string[], pattern: RegExp) => {
    const before = fs.readdirSync(work).sort()
    const result = scan([...args, '--out', 'never.jsonl', '--report', 'never.html', '--summary', 'never.csv'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(pattern)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/)
    expect(fs.readdirSync(work).sort()).toEqual(before)
  }

  it('a column named on the command line that does not exist', () => {
    write('cols.csv', 'id,note\n1,a\n')
    fatal(['cols.csv', '--text', 'note', '--author', 'staff'], /^peerlint: 'cols\.csv' has no column 'staff' \(named by --author\); its columns are 'id', 'note'\.$/m)
    write('cols.ndjson', '{"note":{"body":"a"}}\n')
    fatal(['cols.ndjson', '--text', 'note.text'], /has no field 'note\.text' \(named by --text\)/)
  })

  it('a missing file, a folder, an empty file, a binary file, a broken gzip, a single JSON object', () => {
    fatal(['missing.csv'], /^peerlint: Cannot read 'missing\.csv' \(no such file\)\.$/m)
    fs.mkdirSync(path.join(work, 'folder.csv'), {recursive: true})
    fatal(['folder.csv'], /Cannot read 'folder\.csv' \(it is a folder\)/)
    write('empty.csv', '')
    fatal(['empty.csv'], /'empty\.csv' is empty/)
    write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    fatal(['image.png'], /looks like a binary file, not a CSV or JSON export/)
    write('broken.csv.gz', Buffer.concat([zlib.gzipSync('id,note\n1,this writer\n'.repeat(50)).subarray(0, 30)]))
    fatal(['broken.csv.gz'], /'broken\.csv\.gz' is not a valid gzip file/)
    write('object.json', '{\n  "notes": [{"note": "a"}]\n}\n')
    fatal(['object.json'], /is a single JSON object/)
  })

  it('an output folder that does not exist, and an output that is an input', () => {
    write('ok.csv', 'note\nthis writer\n')
    const result = scan(['ok.csv', '--report', 'no/such/dir/r.html'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe("peerlint: Cannot write 'no/such/dir/r.html' (its folder does not exist).\n")
    expect(scan(['ok.csv', '--out', 'ok.csv']).stderr).toMatch(/'ok\.csv' is one of the inputs/)
    expect(fs.readFileSync(path.join(work, 'ok.csv'), 'utf8')).toBe('note\nthis writer\n')
  })
})

describe('stdout formats', () => {
  it('--format json writes one object per note; stylish groups findings under the note', () => {
    write('out.csv', 'id,author,note\nn1,Ann,this writer met John\nn2,Bob,a walk in the park\n')
    const json = scan(['out.csv', '--id', 'id', '--author', 'author', '--format', 'json'])
    const parsed = JSON.parse(json.stdout) as Array<{path: string; row: number; noteId: string; messages: Array<{ruleId: string; line: number; column: number}>}>
    expect(parsed.map((note) => [note.path, note.row, note.noteId, note.messages.map((message) => message.ruleId)])).toEqual([
      ['out.csv', 2, 'n1', ['this-writer']],
      ['out.csv', 3, 'n2', []]
    ])
    const stylish = scan(['out.csv', '--id', 'id', '--author', 'author'])
    expect(stylish.stdout).toMatch(/^out\.csv row 2 · id n1 · Ann\n\s+1:1\s+warning\s+‘this writer’/)
    expect(stylish.stdout).toContain('1 finding (0 errors, 1 warning, 0 info) in 2 notes')
    expect(stylish.code).toBe(1)
  })

  it('exits 0 when nothing is found and every row was read', () => {
    write('clean.csv', 'note\nWe walked to the shop and talked about her garden.\n')
    const result = scan(['clean.csv'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('No drift found in 1 note')
  })
})
