// The drift report and summary: numbers against a hand-computed export, exact rebuilds from shards
// with `peerlint report`, worker/single-thread equality, and redaction (no note text in any byte).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {trendOf, periodOf, periodRange} from '../src/scan/aggregate.js'
import {countWords, excerpt} from '../src/scan/analyse.js'
import {parseDate} from '../src/scan/columns.js'
import {detectDelimiter} from '../src/scan/input.js'
import {formatProgress} from '../src/scan/progress.js'
import {csvField} from '../src/scan/summary.js'
import {peerlint, root} from './helpers.js'

let work: string
const file = (name: string) => path.join(work, name)
const read = (name: string) => fs.readFileSync(file(name), 'utf8')
const run = (args: string[]) => peerlint(args, {cwd: work})

// Hand-computed: words 8 + 7 + 10 + 6 = 31; findings 1 + 1 + 0 + 2 = 4 → 4000 / 31 = 129.03.
const small = [
  'id,author,date,team,note',
  'a1,Ann,2024-01-10,North,John and this writer met in the park.', // 8 words, this-writer
  'a2,Ann,2024-02-05,North,George is noncompliant with his prescribed medications.', // 7 words, noncompliant
  'b1,Bob,2024-01-20,South,We walked to the shop and talked about her garden.', // 10 words, none
  'b2,Bob,2024-02-25,South,She refused group. He refused lunch.', // 6 words, refused ×2
  'b3,Bob,2024-02-26,South,' // empty: malformed
].join('\n')

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-scan-report-'))
  fs.writeFileSync(file('small.csv'), `${small}\n`)
})
afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

describe('numbers against a hand-computed export', () => {
  it('summary.csv', () => {
    const result = run(['scan', 'small.csv', '--id', 'id', '--author', 'author', '--date', 'date', '--group-by', 'team', '--summary', 'small-summary.csv', '--jobs', '1'])
    expect(result.code).toBe(4)
    expect(result.stdout).toBe('Scanned 4 notes (31 words): 4 findings, 129.0 per 1,000 words; 1 malformed row. Wrote small-summary.csv.\n')
    const rows = read('small-summary.csv').split('\r\n')
    expect(rows[0]).toBe('scope,name,period,category,notes,words,findings,per_1000_words,notes_with_findings')
    expect(rows).toContain('all,,all,all,4,31,4,129.03,3')
    expect(rows).toContain('all,,all,compliance-control,4,31,3,96.77,')
    expect(rows).toContain('all,,all,distancing-language,4,31,1,32.26,')
    expect(rows).toContain('all,,2024-01,all,2,18,1,55.56,1')
    expect(rows).toContain('all,,2024-02,all,2,13,3,230.77,2')
    expect(rows).toContain('author,Ann,all,all,2,15,2,133.33,2')
    expect(rows).toContain('author,Bob,all,all,2,16,2,125.00,1')
    expect(rows).toContain('author,Bob,2024-01,all,1,10,0,0.00,0')
    expect(rows).toContain('author,Bob,2024-02,compliance-control,1,6,2,333.33,')
    expect(rows).toContain('group,North,all,all,2,15,2,133.33,2')
    expect(rows).toContain('group,South,all,all,2,16,2,125.00,1')
    // 1 + 2 periods for all, 1 + 2 for each author, 1 for each group; 10 rows each.
    expect(rows.filter(Boolean)).toHaveLength(1 + 10 * (3 + 3 + 3 + 2))
  })

  it('report.html', () => {
    run(['scan', 'small.csv', '--author', 'author', '--date', 'date', '--report', 'small.html', '--jobs', '1'])
    const html = read('small.html')
    const card = (value: string, label: string) => expect(html).toContain(`<b>${value}</b><span>${label}</span>`)
    card('4', 'notes read')
    card('31', 'words')
    card('4', 'phrases found')
    card('129.0', 'phrases per 1,000 words')
    card('75%', 'of notes have at least one')
    card('1', 'rows could not be read')
    expect(html).toContain('10 January 2024 to 25 February 2024')
    // By writer, sorted by rate: Ann 133.3 before Bob 125.0.
    expect(html.indexOf('<b>133.3</b>')).toBeGreaterThan(-1)
    expect(html.indexOf('<b>133.3</b>')).toBeLessThan(html.indexOf('<b>125.0</b>'))
    expect(html).toMatch(/<b>Compliance and control<\/b>.*?<td class="n">3<\/td><td class="n">96\.8<\/td><td class="n">50%<\/td>/s)
    expect(html).toMatch(/‘refused group’<\/span>.*?Compliance and control · 1 time in 1 note/s)
    expect(html).toMatch(/‘noncompliant’<\/span>.*?Compliance and control · 1 time in 1 note/s)
    expect(html).toContain('Try instead: <span>declined</span>')
    expect(html).toContain('<blockquote>She <mark>refused group</mark>. He refused lunch.<div class="small">Bob, 25 February 2024</div></blockquote>')
    expect(html).toContain('She refused group. He <mark>refused</mark> lunch.')
    expect(html).toContain('<td>small.csv</td><td class="n">6</td><td>empty note text</td>')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`)
    expect(html).not.toMatch(/<script|<link|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
  })

  it('by week with --period week', () => {
    run(['scan', 'small.csv', '--author', 'author', '--date', 'date', '--summary', 'week.csv', '--period', 'week', '--jobs', '1'])
    const rows = read('week.csv').split('\r\n')
    expect(rows).toContain('all,,2024-W02,all,1,8,1,125.00,1')
    expect(rows).toContain('all,,2024-W08,all,1,6,2,333.33,1')
  })
})

describe('shards, workers and redaction', () => {
  const fixture = path.join(root, 'fixtures/exports/notes.ndjson')
  const columns = ['--text', 'note.body', '--author', 'staff', '--date', 'date', '--id', 'id', '--group-by', 'program']

  beforeAll(() => {
    const lines = fs.readFileSync(fixture, 'utf8').split('\n')
    const half = Math.floor(lines.length / 2)
    fs.writeFileSync(file('part-a.ndjson'), `${lines.slice(0, half).join('\n')}\n`)
    fs.writeFileSync(file('part-b.ndjson'), lines.slice(half).join('\n'))
  })

  it('peerlint report rebuilds exactly the report and summary of one scan, from shards in any order', () => {
    const whole = run(['scan', 'part-a.ndjson', 'part-b.ndjson', ...columns, '--report', 'whole.html', '--summary', 'whole.csv', '--out', 'whole.jsonl', '--period', 'week'])
    expect(whole.code).toBe(4)
    expect(run(['scan', 'part-a.ndjson', ...columns, '--out', 'a.jsonl']).code).toBe(4)
    expect(run(['scan', 'part-b.ndjson', ...columns, '--out', 'b.jsonl']).code).toBe(4)
    const rebuilt = run(['report', 'b.jsonl', 'a.jsonl', '--report', 'rebuilt.html', '--summary', 'rebuilt.csv', '--period', 'week'])
    expect(rebuilt.code).toBe(0)
    expect(rebuilt.stdout).toMatch(/^Read 572 notes from 2 findings files/)
    expect(read('rebuilt.html')).toBe(read('whole.html'))
    expect(read('rebuilt.csv')).toBe(read('whole.csv'))
    const fromOne = run(['report', 'whole.jsonl', '--report', 'one.html', '--period', 'week'])
    expect(fromOne.code).toBe(0)
    expect(read('one.html')).toBe(read('whole.html'))
  })

  it('peerlint report refuses what is not a findings file (exit 2, one line)', () => {
    fs.writeFileSync(file('not-findings.jsonl'), '{"type":"scan","version":1,"files":[],"redacted":false}\n{"type":"note","file":"x"}\n')
    const result = run(['report', 'not-findings.jsonl', '--report', 'x.html'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe("peerlint: Line 2 of 'not-findings.jsonl' is not a peerlint findings line. Use files written by 'peerlint scan --out'.\n")
    expect(fs.existsSync(file('x.html'))).toBe(false)
    expect(run(['report', 'whole.jsonl']).stderr).toMatch(/^peerlint: Say what to write/)
  })

  it('gives byte-identical outputs with 1, 2 and 3 threads', () => {
    const outputs = (jobs: string) => {
      const result = run(['scan', path.join(root, 'fixtures/exports/notes.csv'), '--text', 'note', '--author', 'staff', '--date', 'date', '--jobs', jobs, '--format', 'json', '--out', `j${jobs}.jsonl`, '--summary', `j${jobs}.csv`, '--report', `j${jobs}.html`])
      expect(result.code).toBe(4)
      return [result.stdout, result.stderr, read(`j${jobs}.jsonl`), read(`j${jobs}.csv`), read(`j${jobs}.html`)]
    }
    const single = outputs('1')
    expect(single[2]!.split('\n').length).toBeGreaterThan(1000)
    expect(outputs('2')).toEqual(single)
    expect(outputs('3')).toEqual(single)
  })

  it('gives the same stylish output and report with 1 and 2 threads, writing no findings file', () => {
    const outputs = (jobs: string) => {
      const result = run(['scan', path.join(root, 'fixtures/exports/notes.csv'), '--text', 'note', '--author', 'staff', '--date', 'date', '--jobs', jobs, '--format', 'stylish', '--report', `st${jobs}.html`])
      expect(result.code).toBe(4)
      return [result.stdout, result.stderr, read(`st${jobs}.html`)]
    }
    const single = outputs('1')
    expect(single[0]).toContain('noncompliant')
    expect(outputs('2')).toEqual(single)
  })

  it('--redact leaves no note text in any output byte', () => {
    const canaries = ['Zorblaxian', 'Quixotlan', 'Vexmoria', 'Plumbrick']
    const rows = [
      'id,author,date,note,mood',
      `r1,Ann,2024-01-10,"Zorblaxian and this writer met; Quixotlan is ""fine"" today.",calm`,
      `r2,Ann,2024-01-11,"Vexmoria is noncompliant, Plumbrick says.",ok`,
      `r3,Bob,Vexmoria,"this writer met Plumbrick",ok`,
      `r4,Bob,2024-01-12,"Zorblaxian refused, extra",Quixotlan,more`
    ]
    fs.writeFileSync(file('secret.csv'), `${rows.join('\n')}\n`)
    const outputs: string[] = []
    for (const format of ['json', 'stylish']) {
      const result = run(['scan', 'secret.csv', '--text', 'note', '--author', 'author', '--date', 'date', '--id', 'id', '--redact', '--quotes', 'check', '--format', format, '--out', `secret-${format}.jsonl`, '--summary', `secret-${format}.csv`, '--report', `secret-${format}.html`])
      expect(result.code).toBe(4)
      outputs.push(result.stdout, result.stderr, read(`secret-${format}.jsonl`), read(`secret-${format}.csv`), read(`secret-${format}.html`))
    }
    const rebuilt = run(['report', 'secret-json.jsonl', '--report', 'secret-rebuilt.html', '--summary', 'secret-rebuilt.csv'])
    outputs.push(rebuilt.stdout, rebuilt.stderr, read('secret-rebuilt.html'), read('secret-rebuilt.csv'))
    const all = outputs.join('\n')
    for (const canary of canaries) expect(all.toLowerCase()).not.toContain(canary.toLowerCase())
    expect(all).not.toContain(' today')
    // It still reports: findings with positions, rewrites and the redaction notice.
    const findings = read('secret-json.jsonl').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.type === 'finding')
    expect(findings.map((line) => line.ruleId)).toEqual(['this-writer', 'scare-quotes', 'noncompliant'])
    for (const line of findings) {
      expect(Object.keys(line)).not.toEqual(expect.arrayContaining(['actual']))
      expect(line).not.toHaveProperty('message')
      expect(line).not.toHaveProperty('before')
      expect(line).toHaveProperty('offset')
    }
    expect(read('secret-json.html')).toContain('Redacted: no note text in this report')
    expect(read('secret-rebuilt.html')).toBe(read('secret-json.html'))
    expect(outputs[0]).toContain('"ruleId":"noncompliant"')
    expect(outputs[5]).toContain('‘non-compliant’ frames a choice as disobedience')
  })
})

describe('pieces', () => {
  it('dates', () => {
    expect(parseDate('2024-02-29', 'auto')).toBe('2024-02-29')
    expect(parseDate('2023-02-29', 'auto')).toBeUndefined()
    expect(parseDate('2024-03-05T23:30:00-05:00', 'iso')).toBe('2024-03-05')
    expect(parseDate('3/5/2024', 'auto')).toBe('2024-03-05')
    expect(parseDate('3/5/2024', 'dd/mm/yyyy')).toBe('2024-05-03')
    expect(parseDate('13/05/2024', 'mm/dd/yyyy')).toBeUndefined()
    expect(parseDate('03/05/2024', 'iso')).toBeUndefined()
    expect(parseDate('yesterday', 'auto')).toBeUndefined()
  })

  it('delimiters, words, excerpts, periods, trends, progress and CSV cells', () => {
    expect(detectDelimiter('a;b;c\n1,2,3')).toBe(';')
    expect(detectDelimiter('"a;b",c\n')).toBe(',')
    expect(detectDelimiter('a\tb\n')).toBe('\t')
    expect(countWords("She's got a well-known dog, 3 cats — and Zoë.")).toBe(9)
    const text = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen this writer met Ann at the park by the river near the old mill on a sunny day in May.'
    const start = text.indexOf('this writer')
    expect(excerpt(text, start, start + 11)).toEqual({before: '…eight nine ten eleven twelve thirteen fourteen fifteen ', after: ' met Ann at the park by the river near the old mill on a…'})
    // At most 60 characters either side, cut at a space; nothing added at the ends of the text.
    expect(excerpt('this writer met Ann.', 0, 11)).toEqual({before: '', after: ' met Ann.'})
    expect(periodOf('2024-12-30', 'week')).toBe('2025-W01')
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53')
    expect(periodRange('2024-11-15', '2025-02-01', 'month')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
    expect(periodRange('2024-12-25', '2025-01-08', 'week')).toEqual(['2024-W52', '2025-W01', '2025-W02'])
    expect(trendOf({words: 2000, findings: 20}, {words: 2000, findings: 80})).toBe('rising')
    expect(trendOf({words: 2000, findings: 27}, {words: 2000, findings: 41})).toBe('steady')
    expect(trendOf({words: 2000, findings: 80}, {words: 2000, findings: 20})).toBe('falling')
    expect(formatProgress({rows: 12340, bytesRead: 41_200_000, totalBytes: 98_000_000, elapsedMs: 10_000}, 10)).toBe('[####------] 42% · 12,340 rows · 41.2/98.0 MB · 1,234 rows/s · 0:14 left')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('Lee, Ann')).toBe('"Lee, Ann"')
  })
})
