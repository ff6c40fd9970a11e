// The machine-readable report formats (sarif, github, checkstyle, junit, compact): each formatter on
// hand-built results, SARIF against the official 2.1.0 schema, and the real binary end to end.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {validateSarif} from './support/sarif-schema.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lexicon} from '../src/engine/default-index.js'
import {reportCheckstyle} from '../src/report/checkstyle.js'
import {formatNames, formatters} from '../src/report/formatters.js'
import {escapeData, escapeProperty, reportGithub} from '../src/report/github.js'
import type {JsonMessage, JsonResult} from '../src/report/json.js'
import {reportJunit} from '../src/report/junit.js'
import {reportCompact} from '../src/report/compact.js'
import {artifactLocation, matchCase, reportSarif, toSarif, type SarifLog} from '../src/report/sarif.js'
import {xmlAttribute, xmlText} from '../src/report/xml.js'
import {peerlint, root} from './helpers.js'

// ---------------------------------------------------------------------------------------------------
// Fixtures

function finding(overrides: Partial<JsonMessage> & Pick<JsonMessage, 'ruleId'>): JsonMessage {
  return {
    category: 'distancing-language',
    severity: 'warning',
    message: `‘${overrides.actual ?? 'x'}’ says something.`,
    actual: 'x',
    expected: [],
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    offset: 0,
    endOffset: 1,
    url: `docs/lexicon.md#${overrides.ruleId}`,
    ...overrides
  }
}

/** "This writer met George." — the fixable entry; its first rewrite is "I". */
const thisWriter = finding({
  ruleId: 'this-writer',
  category: 'distancing-language',
  severity: 'warning',
  message: '‘This writer’ writes you out of the relationship. Try ‘I’.',
  actual: 'This writer',
  expected: ['I'],
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 12,
  offset: 0,
  endOffset: 11
})

/** "George is noncompliant with his medications." on line 2 — not fixable. */
const noncompliant = finding({
  ruleId: 'noncompliant',
  category: 'compliance-control',
  severity: 'error',
  message: "‘noncompliant’ frames a choice as disobedience. Try ‘doesn't want to take …’ or ‘decided not to take …’.",
  actual: 'noncompliant',
  expected: ["doesn't want to take …", 'decided not to take …', 'has stopped taking …'],
  line: 2,
  column: 11,
  endLine: 2,
  endColumn: 23,
  offset: 34,
  endOffset: 46
})

/** An info finding whose message holds every character the formats must escape, spanning a line break. */
const awkward = finding({
  ruleId: 'scare-quotes',
  category: 'credibility-doubt',
  severity: 'info',
  message: 'Line one, 100% <sure> & "quoted" \'x\': a\r\nline two',
  actual: '"fine"',
  expected: ['drop the quotation marks'],
  line: 3,
  column: 5,
  endLine: 4,
  endColumn: 3,
  offset: 60,
  endOffset: 70
})

const awkwardPath = 'notes/a, b: & <c> "d" 50%.txt'

const results: JsonResult[] = [
  {path: 'notes/park.txt', messages: [thisWriter, noncompliant]},
  {path: awkwardPath, messages: [awkward]},
  {path: 'notes/open.txt', messages: []}
]

const stdinResults: JsonResult[] = [{path: '<stdin>', messages: [{...thisWriter, actual: 'this writer', message: '‘this writer’ writes you out of the relationship. Try ‘I’.'}]}]

const context = {color: false, cwd: '/work/project', version: '1.2.3'}

// ---------------------------------------------------------------------------------------------------
// SARIF schema validation (draft-04), with the URI formats checked the way GitHub's upload checks them

function expectValidSarif(log: unknown): void {
  const valid = validateSarif(log)
  expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors, null, 2)).toEqual([])
  expect(valid).toBe(true)
}

describe('the SARIF schema check itself', () => {
  it('rejects what GitHub rejects: a missing message, a relative helpUri, a raw space in a URI', () => {
    const good = toSarif(results, context)
    expectValidSarif(good)

    const noMessage = structuredClone(good) as unknown as {runs: Array<{results: Array<Record<string, unknown>>}>}
    delete noMessage.runs[0]!.results[0]!.message
    expect(validateSarif(noMessage)).toBe(false)

    const relativeHelp = structuredClone(good)
    relativeHelp.runs[0]!.tool.driver.rules[0]!.helpUri = 'docs/lexicon.md#this-writer'
    expect(validateSarif(relativeHelp)).toBe(false)

    const rawSpace = structuredClone(good)
    rawSpace.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'notes/a b.txt'
    expect(validateSarif(rawSpace)).toBe(false)
  })
})

// ---------------------------------------------------------------------------------------------------

describe('the registry', () => {
  it('offers every machine format to --format', () => {
    expect(formatNames()).toEqual(expect.arrayContaining(['stylish', 'json', 'sarif', 'github', 'checkstyle', 'junit', 'compact']))
    for (const name of ['sarif', 'github', 'checkstyle', 'junit', 'compact']) {
      expect(typeof formatters[name]!(results, context)).toBe('string')
    }
    expect(formatters.sarif!(results, context)).toBe(reportSarif(results, context))
    expect(formatters.compact!(results, context)).toBe(reportCompact(results))
  })
})

describe('sarif', () => {
  const log = toSarif(results, context)
  const run = log.runs[0]!
  const driver = run.tool.driver

  it('is one valid SARIF 2.1.0 run named peerlint, with the version from the context', () => {
    expectValidSarif(log)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.runs).toHaveLength(1)
    expect(driver.name).toBe('peerlint')
    expect(driver.version).toBe('1.2.3')
    expect(driver.semanticVersion).toBe('1.2.3')
    expect(driver.informationUri).toMatch(/^https:\/\//)
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(JSON.parse(reportSarif(results, context))).toEqual(log)
  })

  it('has one rule per entry that appears, in order of first appearance, described from the lexicon', () => {
    expect(driver.rules.map((rule) => rule.id)).toEqual(['this-writer', 'noncompliant', 'scare-quotes'])
    const entry = lexicon.entries.find((candidate) => candidate.id === 'noncompliant')!
    const rule = driver.rules[1]!
    expect(rule.name).toBe('Noncompliant')
    expect(driver.rules[0]!.name).toBe('ThisWriter')
    expect(rule.shortDescription.text).toBe(`‘${entry.match[0]}’ frames a choice as disobedience.`)
    expect(rule.fullDescription.text).toBe(entry.why)
    for (const rewrite of entry.rewrites) {
      expect(rule.help.text).toContain(`- ${rewrite}`)
      expect(rule.help.markdown).toContain(`- ‘${rewrite}’`)
    }
    expect(rule.help.text).toContain(entry.sources[0])
    expect(rule.helpUri).toBe('https://unpkg.com/peerlint@1.2.3/docs/lexicon.md#noncompliant')
    expect(rule.help.markdown).toContain(`(${rule.helpUri})`)
    const title = lexicon.categories.find((info) => info.category === 'compliance-control')!.title
    expect(rule.properties).toEqual({category: 'compliance-control', tags: ['peerlint', 'compliance-control', title], fixable: false})
    expect(rule.defaultConfiguration.level).toBe(entry.severity === 'info' ? 'note' : entry.severity)
    expect(driver.rules[0]!.properties.fixable).toBe(true)
  })

  it('puts every finding at its region, with the level for its severity and the rule it points at', () => {
    expect(run.results).toHaveLength(3)
    const [first, second, third] = run.results
    expect(first!.ruleId).toBe('this-writer')
    expect(first!.level).toBe('warning')
    expect(second!.level).toBe('error')
    expect(third!.level).toBe('note')
    for (const result of run.results) expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
    expect(second!.message.text).toBe(noncompliant.message)
    expect(second!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: {uri: 'notes/park.txt', uriBaseId: '%SRCROOT%'},
          region: {startLine: 2, startColumn: 11, endLine: 2, endColumn: 23, charOffset: 34, charLength: 12}
        }
      }
    ])
    expect(third!.locations[0]!.physicalLocation.region).toEqual({startLine: 3, startColumn: 5, endLine: 4, endColumn: 3, charOffset: 60, charLength: 10})
  })

  it('offers the first rewrite as a fix only for a fixable entry', () => {
    const [fixable, notFixable, scare] = run.results
    expect(fixable!.fixes).toEqual([
      {
        description: {text: 'Replace ‘This writer’ with ‘I’.'},
        artifactChanges: [
          {
            artifactLocation: {uri: 'notes/park.txt', uriBaseId: '%SRCROOT%'},
            replacements: [
              {
                deletedRegion: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 12, charOffset: 0, charLength: 11},
                insertedContent: {text: 'I'}
              }
            ]
          }
        ]
      }
    ])
    expect(notFixable).not.toHaveProperty('fixes')
    // scare-quotes is not fixable: its rewrites are advice ("drop the quotation marks"), not replacements
    expect(lexicon.entries.find((entry) => entry.id === 'scare-quotes')!.fixable).toBe(false)
    expect(scare).not.toHaveProperty('fixes')
  })

  it('keeps the case of the words a fix replaces', () => {
    expect(matchCase('Claims', 'says')).toBe('Says')
    expect(matchCase('claims', 'says')).toBe('says')
    expect(matchCase('CLAIMS', 'says')).toBe('SAYS')
    expect(matchCase('This writer', 'I')).toBe('I')
    const claims = finding({ruleId: 'claims', category: 'credibility-doubt', actual: 'Claims', expected: ['says'], endColumn: 7, endOffset: 6})
    const [result] = toSarif([{path: 'a.txt', messages: [claims]}], context).runs[0]!.results
    expect(result!.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent.text).toBe('Says')
  })

  it('percent-encodes paths into URI references, makes absolute paths file: URIs, and names stdin "stdin"', () => {
    expect(run.results[2]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'notes/a%2C%20b%3A%20%26%20%3Cc%3E%20%22d%22%2050%25.txt',
      uriBaseId: '%SRCROOT%'
    })
    expect(artifactLocation('/home/me/notes/a b.txt')).toEqual({uri: 'file:///home/me/notes/a%20b.txt'})
    expect(artifactLocation('C:\\notes\\a.txt')).toEqual({uri: 'file:///C:/notes/a.txt'})
    expect(artifactLocation('c:/x.txt')).toEqual({uri: 'file:///c:/x.txt'})
    const stdin = toSarif(stdinResults, context)
    expectValidSarif(stdin)
    const result = stdin.runs[0]!.results[0]!
    expect(result.locations[0]!.physicalLocation.artifactLocation).toEqual({uri: 'stdin'})
    expect(result.fixes![0]!.artifactChanges[0]!.artifactLocation).toEqual({uri: 'stdin'})
    expect(result.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent.text).toBe('I')
  })

  it('describes a rule the built-in lexicon does not know from the finding itself', () => {
    const custom = finding({ruleId: 'org-case-load', category: 'distancing-language', severity: 'info', expected: ['the people I work with'], url: 'https://example.org/terms#case-load'})
    const own = toSarif([{path: 'a.txt', messages: [custom]}], context)
    expectValidSarif(own)
    const rule = own.runs[0]!.tool.driver.rules[0]!
    expect(rule.id).toBe('org-case-load')
    expect(rule.name).toBe('OrgCaseLoad')
    expect(rule.helpUri).toBe('https://example.org/terms#case-load')
    expect(rule.help.text).toContain('- the people I work with')
    expect(rule.defaultConfiguration.level).toBe('note')
    expect(rule.properties.fixable).toBe(false)
    expect(own.runs[0]!.results[0]).not.toHaveProperty('fixes')
  })

  it('is a valid, empty run when nothing was found or nothing was checked', () => {
    for (const input of [[], [{path: 'notes/open.txt', messages: []}]]) {
      const empty = toSarif(input, context)
      expectValidSarif(empty)
      expect(empty.runs[0]!.results).toEqual([])
      expect(empty.runs[0]!.tool.driver.rules).toEqual([])
    }
  })

  it('leaves out semanticVersion when the version is not semver', () => {
    const log = toSarif([], {version: 'dev'})
    expectValidSarif(log)
    expect(log.runs[0]!.tool.driver.version).toBe('dev')
    expect(log.runs[0]!.tool.driver).not.toHaveProperty('semanticVersion')
  })
})

describe('github', () => {
  it('writes one workflow command per finding, with the command for its severity', () => {
    const lines = reportGithub(results).split('\n')
    expect(lines.at(-1)).toBe('')
    expect(lines.slice(0, -1)).toEqual([
      '::warning file=notes/park.txt,line=1,col=1,endLine=1,endColumn=12,title=peerlint this-writer::‘This writer’ writes you out of the relationship. Try ‘I’.',
      "::error file=notes/park.txt,line=2,col=11,endLine=2,endColumn=23,title=peerlint noncompliant::‘noncompliant’ frames a choice as disobedience. Try ‘doesn't want to take …’ or ‘decided not to take …’.",
      '::notice file=notes/a%2C b%3A & <c> "d" 50%25.txt,line=3,col=5,endLine=4,endColumn=3,title=peerlint scare-quotes::Line one, 100%25 <sure> & "quoted" \'x\': a%0D%0Aline two'
    ])
  })

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50% a:b,c\r\nd')).toBe('50%25 a:b,c%0D%0Ad')
    expect(escapeProperty('50% a:b,c\r\nd')).toBe('50%25 a%3Ab%2Cc%0D%0Ad')
    expect(escapeProperty('%3A')).toBe('%253A')
  })

  it('leaves the file out for stdin, and writes nothing for a clean or empty run', () => {
    expect(reportGithub(stdinResults)).toBe('::warning line=1,col=1,endLine=1,endColumn=12,title=peerlint this-writer::‘this writer’ writes you out of the relationship. Try ‘I’.\n')
    expect(reportGithub([])).toBe('')
    expect(reportGithub([{path: 'notes/open.txt', messages: []}])).toBe('')
  })
})

describe('checkstyle', () => {
  it('writes an error element per finding, and an empty file element for a clean file', () => {
    expect(reportCheckstyle(results)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="notes/park.txt">',
        '    <error line="1" column="1" severity="warning" message="‘This writer’ writes you out of the relationship. Try ‘I’. (this-writer)" source="peerlint.distancing-language.this-writer"/>',
        '    <error line="2" column="11" severity="error" message="‘noncompliant’ frames a choice as disobedience. Try ‘doesn&apos;t want to take …’ or ‘decided not to take …’. (noncompliant)" source="peerlint.compliance-control.noncompliant"/>',
        '  </file>',
        '  <file name="notes/a, b: &amp; &lt;c&gt; &quot;d&quot; 50%.txt">',
        '    <error line="3" column="5" severity="info" message="Line one, 100% &lt;sure&gt; &amp; &quot;quoted&quot; &apos;x&apos;: a&#13;&#10;line two (scare-quotes)" source="peerlint.credibility-doubt.scare-quotes"/>',
        '  </file>',
        '  <file name="notes/open.txt"/>',
        '</checkstyle>',
        ''
      ].join('\n')
    )
  })

  it('is a bare checkstyle element for an empty run', () => {
    expect(reportCheckstyle([])).toBe('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n')
  })
})

describe('junit', () => {
  const xml = reportJunit(results)

  it('has one testsuite per file, a failing testcase per finding and a passing one for a clean file', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="peerlint" tests="4" failures="3" errors="0" time="0">\n')).toBe(true)
    expect(xml.endsWith('</testsuites>\n')).toBe(true)
    expect(xml.match(/<testsuite /g)).toHaveLength(3)
    expect(xml).toContain('<testsuite name="notes/park.txt" tests="2" failures="2" errors="0" skipped="0" time="0">')
    expect(xml).toContain('<testcase name="2:11 noncompliant" classname="notes/park.txt" time="0">')
    expect(xml).toContain(
      '<failure message="‘noncompliant’ frames a choice as disobedience. Try ‘doesn&apos;t want to take …’ or ‘decided not to take …’." type="error">' +
        "notes/park.txt:2:11: error ‘noncompliant’ frames a choice as disobedience. Try ‘doesn't want to take …’ or ‘decided not to take …’. [noncompliant]\n" +
        "Rewrites: ‘doesn't want to take …’, ‘decided not to take …’, ‘has stopped taking …’\n" +
        'Why: docs/lexicon.md#noncompliant</failure>'
    )
    expect(xml).toContain('<testsuite name="notes/open.txt" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase name="peerlint" classname="notes/open.txt" time="0"/>\n  </testsuite>')
  })

  it('escapes XML special characters in names, attributes and text', () => {
    const escapedPath = 'notes/a, b: &amp; &lt;c&gt; &quot;d&quot; 50%.txt'
    expect(xml).toContain(`<testsuite name="${escapedPath}" tests="1" failures="1"`)
    expect(xml).toContain(`<testcase name="3:5 scare-quotes" classname="${escapedPath}" time="0">`)
    expect(xml).toContain('<failure message="Line one, 100% &lt;sure&gt; &amp; &quot;quoted&quot; &apos;x&apos;: a&#13;&#10;line two" type="info">')
    expect(xml).toContain('notes/a, b: &amp; &lt;c&gt; "d" 50%.txt:3:5: info Line one, 100% &lt;sure&gt; &amp; "quoted" \'x\': a\r\nline two [scare-quotes]')
    // nothing unescaped: every & starts an entity or a character reference
    expect(xml.match(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/g)).toBeNull()
  })

  it('is an empty testsuites element for an empty run', () => {
    expect(reportJunit([])).toBe('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="peerlint" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n')
  })
})

describe('xml escaping', () => {
  it('escapes markup and drops characters XML 1.0 cannot hold', () => {
    expect(xmlText('a < b && c > d "\'')).toBe('a &lt; b &amp;&amp; c &gt; d "\'')
    expect(xmlAttribute('a<b>&"\'\t\n\r')).toBe('a&lt;b&gt;&amp;&quot;&apos;&#9;&#10;&#13;')
    expect(xmlText('bell\u0007 nul\u0000 lone\uD800 ok\u{1F600}')).toBe('bell nul lone ok\u{1F600}')
    expect(xmlAttribute(42)).toBe('42')
  })
})

describe('compact', () => {
  it('is one line per finding and nothing else', () => {
    expect(reportCompact(results)).toBe(
      [
        'notes/park.txt:1:1: warning ‘This writer’ writes you out of the relationship. Try ‘I’. [this-writer]',
        "notes/park.txt:2:11: error ‘noncompliant’ frames a choice as disobedience. Try ‘doesn't want to take …’ or ‘decided not to take …’. [noncompliant]",
        'notes/a, b: & <c> "d" 50%.txt:3:5: info Line one, 100% <sure> & "quoted" \'x\': a line two [scare-quotes]',
        ''
      ].join('\n')
    )
    expect(reportCompact(stdinResults)).toBe('<stdin>:1:1: warning ‘this writer’ writes you out of the relationship. Try ‘I’. [this-writer]\n')
    expect(reportCompact([])).toBe('')
    expect(reportCompact([{path: 'notes/open.txt', messages: []}])).toBe('')
  })
})

// ---------------------------------------------------------------------------------------------------
// End to end: the built binary (npm run build first)

describe('peerlint --format sarif|github|checkstyle|junit|compact', () => {
  let work: string
  const drifted = 'This writer met George in the park.\nGeorge is noncompliant with his medications.\n'

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-formats-'))
    fs.mkdirSync(path.join(work, 'notes'))
    fs.writeFileSync(path.join(work, 'notes/park visit.txt'), drifted)
    fs.writeFileSync(path.join(work, 'notes/open.txt'), "I met George in the park. George doesn't want to take his medication.\n")
  })
  afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

  it('writes valid SARIF to --output-file, with regions and the fix, and keeps the exit code', () => {
    const run = peerlint(['notes', '--format', 'sarif', '--output-file', 'peerlint.sarif'], {cwd: work})
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('')
    expect(run.code).toBe(1)
    const log = JSON.parse(fs.readFileSync(path.join(work, 'peerlint.sarif'), 'utf8')) as SarifLog
    expectValidSarif(log)
    const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version
    expect(log.runs[0]!.tool.driver.version).toBe(version)
    const results = log.runs[0]!.results
    expect(results.map((result) => result.ruleId)).toEqual(['this-writer', 'noncompliant'])
    const [writer, noncompliant] = results
    const location = writer!.locations[0]!.physicalLocation
    expect(location.artifactLocation).toEqual({uri: 'notes/park%20visit.txt', uriBaseId: '%SRCROOT%'})
    expect(location.region).toEqual({startLine: 1, startColumn: 1, endLine: 1, endColumn: 12, charOffset: 0, charLength: 11})
    const region = noncompliant!.locations[0]!.physicalLocation.region
    expect(drifted.slice(region.charOffset, region.charOffset + region.charLength)).toBe('noncompliant')
    expect(region).toMatchObject({startLine: 2, startColumn: 11, endLine: 2, endColumn: 23})
    expect(writer!.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent.text).toBe('I')
    expect(noncompliant).not.toHaveProperty('fixes')
    expect(log.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toEqual(['this-writer', 'noncompliant'])
  })

  it('writes valid SARIF for all the bundled notes, one result per finding in the JSON report', () => {
    const sarif = peerlint(['fixtures/notes', '--format', 'sarif'])
    const json = peerlint(['fixtures/notes', '--format', 'json'])
    expect(sarif.code).toBe(1)
    const log = JSON.parse(sarif.stdout) as SarifLog
    expectValidSarif(log)
    const reported = JSON.parse(json.stdout) as JsonResult[]
    const messages = reported.flatMap((result) => result.messages.map((message) => ({path: result.path, message})))
    expect(log.runs[0]!.results).toHaveLength(messages.length)
    log.runs[0]!.results.forEach((result, index) => {
      const {path: file, message} = messages[index]!
      expect(result.ruleId).toBe(message.ruleId)
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe(file.split('/').map(encodeURIComponent).join('/'))
      expect(result.locations[0]!.physicalLocation.region.charOffset).toBe(message.offset)
    })
    const fixable = new Set(lexicon.entries.filter((entry) => entry.fixable).map((entry) => entry.id))
    const fixed = log.runs[0]!.results.filter((result) => result.fixes)
    expect(fixed.length).toBeGreaterThan(0)
    for (const result of log.runs[0]!.results) expect(Boolean(result.fixes)).toBe(fixable.has(result.ruleId))
  })

  it('writes a clean, valid SARIF run and exits 0 when nothing is found', () => {
    const run = peerlint(['notes/open.txt', '--format', 'sarif'], {cwd: work})
    expect(run.code).toBe(0)
    const log = JSON.parse(run.stdout) as SarifLog
    expectValidSarif(log)
    expect(log.runs[0]!.results).toEqual([])
  })

  it('reads stdin into SARIF as "stdin"', () => {
    const run = peerlint(['--format', 'sarif'], {cwd: work, input: drifted})
    expect(run.code).toBe(1)
    const log = JSON.parse(run.stdout) as SarifLog
    expectValidSarif(log)
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({uri: 'stdin'})
  })

  it('prints GitHub workflow commands for annotations', () => {
    const run = peerlint(['notes', '--format', 'github'], {cwd: work})
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^::warning file=notes\/park visit\.txt,line=1,col=1,endLine=1,endColumn=12,title=peerlint this-writer::‘This writer’ /)
    expect(lines[1]).toMatch(/^::(warning|error) file=notes\/park visit\.txt,line=2,col=11,endLine=2,endColumn=23,title=peerlint noncompliant::‘noncompliant’ /)
  })

  it('writes checkstyle, junit and compact, to stdout or --output-file', () => {
    const compact = peerlint(['notes', '--format', 'compact'], {cwd: work})
    expect(compact.code).toBe(1)
    expect(compact.stdout).toMatch(/^notes\/park visit\.txt:1:1: warning ‘This writer’ .* \[this-writer\]\nnotes\/park visit\.txt:2:11: \w+ ‘noncompliant’ .* \[noncompliant\]\n$/)
    const checkstyle = peerlint(['notes', '--format', 'checkstyle', '--output-file', 'checkstyle.xml'], {cwd: work})
    expect(checkstyle.code).toBe(1)
    expect(checkstyle.stdout).toBe('')
    const xml = fs.readFileSync(path.join(work, 'checkstyle.xml'), 'utf8')
    expect(xml).toContain('<file name="notes/park visit.txt">')
    expect(xml).toContain('<file name="notes/open.txt"/>')
    const junit = peerlint(['notes', '--format', 'junit'], {cwd: work})
    expect(junit.stdout).toContain('<testsuites name="peerlint" tests="3" failures="2" errors="0" time="0">')
  })
})
