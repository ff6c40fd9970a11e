// Inputs beyond plain text: Markdown, HTML and .docx templates, and template placeholders in every kind
// of input. Every finding's position must point at the words in the text the user sees.
import fs from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {buildDocx, templates} from '../fixtures/templates/generate-docx.js'
import {findings, lint, type LintOptions} from '../src/engine/lint.js'
import {lintHtml} from '../src/engine/html.js'
import {lintMarkdown} from '../src/engine/markdown.js'
import {maskPlaceholders, placeholderSpans} from '../src/engine/placeholders.js'
import type {PeerlintMessage} from '../src/engine/rule.js'
import {UsageError} from '../src/node/errors.js'
import {inputKind, lintInput} from '../src/node/lint-input.js'
import {root} from './helpers.js'

const bytes = (text: string) => new TextEncoder().encode(text)

interface Seen {
  id: string
  actual: string
  line: number
  column: number
}

/** The findings as id, words, line and column, after checking that each one's offsets hold its words. */
function seen(text: string, messages: PeerlintMessage[]): Seen[] {
  for (const message of messages) {
    const {start, end} = message.place
    expect(text.slice(start.offset, end.offset), `offsets of ${message.ruleId}`).toBe(message.actual)
    const before = text.slice(0, start.offset).split('\n')
    expect({line: start.line, column: start.column}).toEqual({line: before.length, column: before[before.length - 1]!.length + 1})
    const upToEnd = text.slice(0, end.offset).split('\n')
    expect({line: end.line, column: end.column}).toEqual({line: upToEnd.length, column: upToEnd[upToEnd.length - 1]!.length + 1})
    expect(message.line).toBe(start.line)
    expect(message.column).toBe(start.column)
  }
  return messages.map((message) => ({id: message.ruleId, actual: message.actual, line: message.place.start.line, column: message.place.start.column}))
}

async function check(fileName: string, content: string | Uint8Array, options: LintOptions = {}): Promise<Seen[]> {
  const {file, text} = await lintInput(fileName, typeof content === 'string' ? bytes(content) : content, options)
  expect(file.path).toBe(fileName)
  expect(String(file.value)).toBe(text)
  return seen(text, findings(file))
}

const ids = (found: Seen[]) => found.map((finding) => finding.id)

describe('inputKind', () => {
  it('goes by the extension, in any case, and reads everything else as text', () => {
    expect(['a.md', 'b.MARKDOWN', 'dir.md/c.markdown'].map(inputKind)).toEqual(['markdown', 'markdown', 'markdown'])
    expect(['a.html', 'b.HTM', 'templates/form.htm'].map(inputKind)).toEqual(['html', 'html', 'html'])
    expect(['a.docx', 'B.DOCX'].map(inputKind)).toEqual(['docx', 'docx'])
    expect(['a.txt', 'notes', '.md', 'a.mdx', 'a.doc', 'a.md.txt', 'html/notes.txt', 'C:\\notes\\a.text'].map(inputKind)).toEqual(Array(8).fill('text'))
  })
})

describe('template placeholders', () => {
  const forms = ['{{the_client}}', '{{ the client }}', '{the client}', '{client}', '[[the patient]]', '[[Client]]', '<<the client>>', '<<Client name>>']

  it('finds the four kinds and blanks only the identifier, keeping the length', () => {
    const text = 'Name: {{client_name}}, {client}, [[Participant]], <<name>> and &lt;&lt;the client&gt;&gt;.'
    const masked = maskPlaceholders(text)
    expect(masked).toHaveLength(text.length)
    expect(masked).toBe('Name: {{           }}, {      }, [[           ]], <<    >> and &lt;&lt;          &gt;&gt;.')
    expect(placeholderSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['{{client_name}}', '{client}', '[[Participant]]', '<<name>>', '&lt;&lt;the client&gt;&gt;'])
  })

  it('leaves ordinary braces and brackets alone', () => {
    for (const text of ['She said {quietly, and then louder} that she was fine.', 'Items [1] and [2].', 'a < b and b > c', 'f(x) = {1, 2}']) {
      expect(maskPlaceholders(text)).toBe(text)
    }
  })

  it('never flags a placeholder itself, in plain text, Markdown and HTML (the same words outside one are flagged)', async () => {
    for (const form of forms) {
      const words = form.replace(/^[{[<]+\s*|\s*[}\]>]+$/g, '').replace(/_/g, ' ')
      expect(ids(seen(words, findings(lint(words)))), `bare ${words}`).not.toEqual([])
      expect(findings(lint(form)), form).toEqual([])
      expect(await check('t.txt', `${form}\n`), form).toEqual([])
      expect(await check('t.md', `# ${form}\n\n${form}\n`), form).toEqual([])
    }
    for (const form of ['{{the_client}}', '{the client}', '[[the patient]]', '&lt;&lt;the client&gt;&gt;']) {
      expect(await check('t.html', `<p>${form}</p><input placeholder="${form}">`), form).toEqual([])
    }
  })

  it('flags the words around a placeholder: a field labelled "Client name:" is flagged', async () => {
    const text = 'Client name: {{client_name}}\n{{client_name}} was noncompliant with [[Plan]].'
    const expected = [
      {id: 'the-client', actual: 'Client', line: 1, column: 1},
      {id: 'noncompliant', actual: 'noncompliant', line: 2, column: 21}
    ]
    expect(seen(text, findings(lint(text)))).toEqual(expected)
    expect(await check('t.txt', text)).toEqual(expected)
    expect(await check('t.md', text)).toEqual(expected)
    expect(await check('t.html', text)).toEqual(expected)
  })

  it('does not let a phrase run across a placeholder, and reports the words as written', () => {
    const text = 'Ask the {{role}} client what helps.'
    expect(seen(text, findings(lint(text)))).toEqual([{id: 'the-client', actual: 'client', line: 1, column: 18}])
    expect(lint(text).value).toBe(text)
  })
})

describe('Markdown', () => {
  it('reports positions in the file as written, through headings, emphasis, quotes, lists, escapes and references', async () => {
    const text = [
      '# Client name', //                                       1
      '',
      'Was the **patient**', //                                 3
      'compliant with medication?',
      '',
      '> Describe the client\\\'s day &amp; the', //            6
      '> patient\u2019s plan.',
      '',
      '- Note any refusals.', //                                9
      '  Writer observed it.'
    ].join('\n')
    expect(await check('t.md', text)).toEqual([
      {id: 'the-client', actual: 'Client', line: 1, column: 3},
      {id: 'the-patient', actual: 'the **patient', line: 3, column: 5},
      {id: 'compliant', actual: 'compliant with medication', line: 4, column: 1},
      {id: 'the-client', actual: 'the client', line: 6, column: 12},
      {id: 'the-patient', actual: 'the\n> patient\u2019s', line: 6, column: 36},
      {id: 'refusing', actual: 'refusals', line: 9, column: 12},
      {id: 'this-writer', actual: 'Writer', line: 10, column: 3}
    ])
  })

  it('writes the message with the words as read, without the markup', () => {
    const [finding] = findings(lintMarkdown('Was the **patient** here?'))
    expect(finding?.actual).toBe('the **patient')
    expect(finding?.reason).toMatch(/^‘the patient’/)
  })

  it('never checks code blocks, inline code, URLs, autolinks, HTML comments or front matter', async () => {
    const skipped = [
      '---',
      'title: The client intake',
      'owner: the patient team',
      '---',
      '',
      'Fields: `the_client`, `noncompliant`.',
      '',
      '```',
      'the client was noncompliant',
      '```',
      '',
      '    indented: the patient refused meds',
      '',
      'See <https://example.org/the-client> and https://example.org/noncompliant/patient or www.example.org/client.',
      'Write to <client@example.org> or client.services@example.org.',
      '',
      '<!-- the client was noncompliant -->',
      '',
      '[Our guide](https://example.org/the-patient "the client guide")',
      '',
      '[guide]: https://example.org/client "The client guide"'
    ].join('\n')
    expect(await check('t.md', skipped)).toEqual([])
    // The same words as prose are flagged, so it is the Markdown that keeps them out.
    expect(ids(await check('t.md', 'The client was noncompliant. The patient refused meds. Our client guide.'))).toEqual(['the-client', 'noncompliant', 'the-patient', 'refused-meds', 'the-client'])
  })

  it('reads front matter only at the start, and a thematic break is not front matter', async () => {
    expect(await check('t.md', 'Intro.\n\n---\n\nThe client.\n\n---\n')).toEqual([{id: 'the-client', actual: 'The client', line: 5, column: 1}])
    expect(await check('t.md', '+++\ntitle = "the client"\n+++\n\nHello.\n')).toEqual([])
  })

  it('checks link text, image alt text and block-level HTML, with positions', async () => {
    const text = ['See [the client guide](https://example.org).', '', '![The patient smiling](photo.png)', '', '<div title="Client notes">', '', 'Hello.', '', '</div>'].join('\n')
    expect(await check('t.md', text)).toEqual([
      {id: 'the-client', actual: 'the client', line: 1, column: 6},
      {id: 'the-patient', actual: 'The patient', line: 3, column: 3},
      {id: 'the-client', actual: 'Client', line: 5, column: 13}
    ])
  })

  it('keeps a phrase inside one block: a heading does not run into the next line', async () => {
    expect(await check('t.md', '## About the\nclient was here\n')).toEqual([{id: 'the-client', actual: 'client', line: 2, column: 1}])
    expect(await check('t.txt', 'About the\nclient was here\n')).toEqual([{id: 'the-client', actual: 'the\nclient', line: 1, column: 7}])
  })

  it('keeps positions with CRLF line endings and a byte order mark', async () => {
    const text = '# Intake\r\n\r\nDescribe the client\u2019s day.\r\n'
    const {file, text: decoded} = await lintInput('t.md', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]), {})
    expect(decoded).toBe(text)
    expect(seen(decoded, findings(file))).toEqual([{id: 'the-client', actual: 'the client\u2019s', line: 3, column: 10}])
  })

  it('applies options and organisation settings', async () => {
    const text = 'The client was noncompliant.'
    expect(ids(await check('t.md', text, {allow: ['client']}))).toEqual(['noncompliant'])
    expect(ids(await check('t.md', text, {categories: ['distancing-language']}))).toEqual(['the-client'])
    const [finding] = findings((await lintInput('t.md', bytes(text), {categorySeverity: {'distancing-language': 'error'}})).file)
    expect(finding?.severity).toBe('error')
  })
})

describe('HTML', () => {
  it('reports visible text across inline elements, with positions in the file', async () => {
    const text = ['<!doctype html>', '<h1>Client intake</h1>', '<p>The <b>client</b> was <em>noncompliant</em> &amp; Writer observed it.</p>', '<table><tr><td>the</td><td>client</td></tr></table>'].join('\n')
    expect(await check('t.html', text)).toEqual([
      {id: 'the-client', actual: 'Client', line: 2, column: 5},
      {id: 'the-client', actual: 'The <b>client', line: 3, column: 4},
      {id: 'noncompliant', actual: 'noncompliant', line: 3, column: 30},
      {id: 'this-writer', actual: 'Writer', line: 3, column: 54},
      {id: 'the-client', actual: 'client', line: 4, column: 28}
    ])
  })

  it('checks placeholder, title, aria-label and alt values, pointing at the value in the file', async () => {
    const text = [
      '<form>',
      '  <input placeholder="The client\u2019s name" data-x="the patient">',
      "  <textarea aria-label='Writer observed' name=the_client></textarea>",
      '  <button title=noncompliant>Save</button>',
      '  <img src="the-patient.png" alt = "The patient at the window">',
      '  <select aria-label="Was the client &amp; family there?"><option>Yes</option></select>',
      '</form>'
    ].join('\n')
    expect(await check('t.html', text)).toEqual([
      {id: 'the-client', actual: 'The client\u2019s', line: 2, column: 23},
      {id: 'this-writer', actual: 'Writer', line: 3, column: 25},
      {id: 'noncompliant', actual: 'noncompliant', line: 4, column: 17},
      {id: 'the-patient', actual: 'The patient', line: 5, column: 37},
      {id: 'the-client', actual: 'the client', line: 6, column: 27}
    ])
  })

  it('never checks scripts, styles, templates, code, comments or other attributes', async () => {
    const text = [
      '<html><head><title>Notes</title>',
      '<style>.the-client::after { content: "the client" }</style>',
      '<script>const note = "the patient was noncompliant"</script>',
      '<meta name="description" content="the client">',
      '</head><body>',
      '<!-- the client was noncompliant -->',
      '<template><p>The client</p></template>',
      '<p>Field <code>the_client</code> and <a href="https://example.org/the-client">our guide</a>.</p>',
      '<pre>the patient refused meds</pre>',
      '<input name="client" value="the client" class="patient">',
      '</body></html>'
    ].join('\n')
    expect(await check('t.html', text)).toEqual([])
    expect(ids(await check('t.html', '<p>The client was noncompliant. The patient refused meds.</p>'))).toEqual(['the-client', 'noncompliant', 'the-patient', 'refused-meds'])
  })

  it('keeps a phrase inside one element or attribute', async () => {
    expect(await check('t.html', '<p>Ask the</p><p>client</p>')).toEqual([{id: 'the-client', actual: 'client', line: 1, column: 18}])
    expect(await check('t.html', '<label>the</label><input title="client">')).toEqual([{id: 'the-client', actual: 'client', line: 1, column: 33}])
  })

  it('keeps positions with CRLF line endings', async () => {
    const text = '<p>Hello.</p>\r\n<p>\r\nThe client</p>\r\n'
    const {file} = await lintInput('t.htm', bytes(text), {})
    expect(seen(text, findings(file))).toEqual([{id: 'the-client', actual: 'The client', line: 3, column: 1}])
  })

  it('is the same through lintHtml and lintInput', async () => {
    const text = '<p>Writer observed.</p>'
    expect(seen(text, findings(lintHtml(text)))).toEqual(await check('t.html', text))
  })
})

describe('peerlint-disable comments in Markdown and HTML', () => {
  it('work through lintInput in Markdown', async () => {
    const text = [
      '<!-- peerlint-disable-next-line the-client -->',
      'Client name: ____ and noncompliant',
      'The client is here. <!-- peerlint-disable-line -->',
      '<!-- peerlint-disable distancing-language -->',
      '',
      'Writer observed the client.',
      '',
      '<!-- peerlint-enable distancing-language -->',
      '',
      'The client left.'
    ].join('\n')
    expect(await check('t.md', text)).toEqual([
      {id: 'noncompliant', actual: 'noncompliant', line: 2, column: 23},
      {id: 'the-client', actual: 'The client', line: 10, column: 1}
    ])
  })

  it('work through lintInput in HTML, and unused ones are reported when asked', async () => {
    const text = ['<!-- peerlint-disable-next-line -->', '<label>Client name:</label>', '<p>The client. <!-- peerlint-disable-line the-patient --></p>'].join('\n')
    expect(await check('t.html', text)).toEqual([{id: 'the-client', actual: 'The client', line: 3, column: 4}])
    const {file} = await lintInput('t.html', bytes(text), {reportUnusedDisableDirectives: true})
    expect(findings(file).map((finding) => [finding.ruleId, finding.line])).toEqual([
      ['the-client', 3],
      ['unused-disable-directive', 3]
    ])
  })
})

describe('DOCX', () => {
  it('reports by paragraph: each paragraph and table cell is a line', async () => {
    const document = await buildDocx([
      {bold: 'Shift handover: {{unit}}'},
      'The client was noncompliant.',
      '',
      {table: [['Resident', 'Notes'], ['{{resident_name}}', 'Writer observed her pacing.']]},
      'Was the patient compliant with medication?'
    ])
    const {file, text} = await lintInput('handover.docx', document, {})
    expect(text).toBe(['Shift handover: {{unit}}', 'The client was noncompliant.', '', 'Resident', 'Notes', '{{resident_name}}', 'Writer observed her pacing.', 'Was the patient compliant with medication?'].join('\n'))
    expect(seen(text, findings(file))).toEqual([
      {id: 'the-client', actual: 'The client', line: 2, column: 1},
      {id: 'noncompliant', actual: 'noncompliant', line: 2, column: 16},
      {id: 'this-writer', actual: 'Writer', line: 7, column: 1},
      {id: 'the-patient', actual: 'the patient', line: 8, column: 5},
      {id: 'compliant', actual: 'compliant with medication', line: 8, column: 17}
    ])
  })

  it('never runs a phrase from one paragraph into the next', async () => {
    const {file} = await lintInput('a.docx', await buildDocx(['Ask the', 'client.']), {})
    expect(findings(file).map((finding) => [finding.actual, finding.line])).toEqual([['client', 2]])
  })

  it('keeps paragraph directives working on their own lines', async () => {
    const {file} = await lintInput('a.docx', await buildDocx(['peerlint-disable-next-line distancing-language', 'The client.', 'The client.']), {})
    expect(findings(file).map((finding) => [finding.ruleId, finding.line])).toEqual([['the-client', 3]])
  })

  it('says in one line that a damaged or non-Word .docx cannot be read, naming the file and nothing of its content', async () => {
    const notAZip = bytes('the client was noncompliant')
    const noDocument = await new JSZip().file('notes.txt', 'the client').generateAsync({type: 'uint8array'})
    const complete = await buildDocx(['The client.'])
    const truncated = complete.subarray(0, complete.length - 40)
    for (const content of [notAZip, noDocument, truncated, new Uint8Array()]) {
      const attempt = lintInput('forms/intake.docx', content, {})
      await expect(attempt).rejects.toBeInstanceOf(UsageError)
      const error = (await attempt.catch((caught: unknown) => caught)) as Error
      expect(error.message).toMatch(/^'forms\/intake\.docx' is not a readable \.docx file/)
      expect(error.message).not.toMatch(/\n|client/)
    }
  })

  it('decodes text files as before: binary and non-UTF-8 input are usage errors', async () => {
    await expect(lintInput('a.md', new Uint8Array([0x74, 0, 0x65]), {})).rejects.toThrow(/'a\.md' looks like a binary file/)
    await expect(lintInput('a.html', new Uint8Array([0x74, 0xff, 0x65]), {})).rejects.toThrow(/'a\.html' is not UTF-8 text/)
  })
})

describe('fixtures/templates', () => {
  const folder = path.join(root, 'fixtures/templates')
  const names = fs.readdirSync(folder).filter((name) => /\.(md|html|docx)$/.test(name))
  const lint = async (name: string) => {
    const {file, text} = await lintInput(`fixtures/templates/${name}`, fs.readFileSync(path.join(folder, name)), {})
    return seen(text, findings(file))
  }

  it('has drifted and open templates of every kind', () => {
    for (const extension of ['md', 'html', 'docx']) {
      expect(names.filter((name) => name.endsWith(`.drifted.${extension}`)), extension).not.toEqual([])
      expect(names.filter((name) => name.endsWith(`.open.${extension}`)), extension).not.toEqual([])
    }
  })

  it.each(names.filter((name) => name.includes('.open.')))('%s is clean', async (name) => {
    expect(await lint(name)).toEqual([])
  })

  const drifted: Record<string, Array<[number, string, string]>> = {
    'intake.drifted.md': [
      [11, 'the-client', 'the client'],
      [13, 'the-client', 'Client'],
      [19, 'the-client', "the client's"],
      [19, 'low-functioning', 'level of functioning'],
      [21, 'the-client', 'the client'],
      [21, 'lacks-insight', 'insight into their illness'],
      [23, 'noncompliant', 'noncompliance'],
      [27, 'the-client', 'the client'],
      [27, 'suicidal-ideation', 'suicidal ideation'],
      [28, 'the-client', 'the client'],
      [28, 'danger-to-self-or-others', 'danger to self or others'],
      [32, 'this-writer', 'Writer'],
      [32, 'the-client', "the client's"]
    ],
    'progress-note.drifted.html': [
      [13, 'the-client', 'Client'],
      [17, 'the-client', "the client's"],
      [17, 'low-functioning', 'level of functioning'],
      [21, 'the-patient', 'the patient'],
      [21, 'compliant', 'compliant with medication'],
      [27, 'this-writer', 'Writer'],
      [27, 'the-client', "the client's"],
      [27, 'her-affect', 'mood and affect'],
      [30, 'refusing', 'refusals'],
      [30, 'redirected', 'redirected'],
      [30, 'the-client', 'the client'],
      [32, 'the-patient', "The patient's"]
    ],
    'shift-handover.drifted.docx': [
      [8, 'agitated', 'Agitated'],
      [8, 'attention-seeking', 'attention-seeking'],
      [8, 'refused-meds', 'refused meds'],
      [9, 'redirected-person', 'redirect her'],
      [9, 'escalating', 'escalates'],
      [11, 'the-patient', 'the patient'],
      [11, 'compliant', 'compliant with medication'],
      [12, 'decompensating', 'decompensation'],
      [14, 'this-writer', 'Writer'],
      [14, 'the-client', 'the client'],
      [15, 'noncompliant', 'Noncompliant'],
      [15, 'members-plural', 'residents']
    ]
  }

  it('lists every drifted template', () => {
    expect(Object.keys(drifted).sort()).toEqual(names.filter((name) => name.includes('.drifted.')).sort())
  })

  it.each(Object.entries(drifted))('%s flags its drifted language', async (name, expected) => {
    expect((await lint(name)).map((finding) => [finding.line, finding.id, finding.actual])).toEqual(expected)
  })

  it('the committed .docx files are what generate-docx.ts builds', async () => {
    for (const [name, items] of Object.entries(templates)) {
      expect(Buffer.from(await buildDocx(items)).equals(fs.readFileSync(path.join(folder, name))), name).toBe(true)
    }
  })
})
