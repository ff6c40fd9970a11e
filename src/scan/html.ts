// report.html: one self-contained page for supervision. Inline CSS and SVG only; a CSP meta tag that
// allows nothing to load; prints cleanly. Plain, warm wording: a starting point for a conversation.
import {lexicon} from '../engine/default-index.js'
import {categories, type Category, type LexiconEntry} from '../lexicon/types.js'
import {rate, type AuthorStats, type Counts, type ReportData} from './aggregate.js'
import {escapeHtml as h, lineChart, periodLabel, type Series} from './chart.js'

const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D31', '#7B4F9D', '#3B7A57', '#B8405E']
const entryById = new Map<string, LexiconEntry>(lexicon.entries.map((entry) => [entry.id, entry]))
const titleOf = (category: Category): string => lexicon.categories.find((info) => info.category === category)?.title ?? category
const summaryOf = (category: Category): string => lexicon.categories.find((info) => info.category === category)?.summary ?? ''

/** 12345 → "12,345"; fixed formatting so the page is the same on every machine. */
export function formatNumber(value: number, digits = 0): string {
  const [whole, fraction] = value.toFixed(digits).split('.') as [string, string | undefined]
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

const rateText = (counts: Counts): string => formatNumber(rate(counts.findings, counts.words), 1)
const percent = (part: number, whole: number): string => (whole === 0 ? '0%' : `${Math.round((part * 100) / whole)}%`)
const writerName = (name: string | null): string => name ?? '(no writer named)'
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return `${day} ${months[month - 1]} ${year}`
}

function rangeLabel(periods: string[]): string {
  if (periods.length === 0) return ''
  const first = periodLabel(periods[0]!)
  const last = periodLabel(periods.at(-1)!)
  return first === last ? first : `${first} – ${last}`
}

/** The heading of an entry: the way it was most often written, or the lexicon's own first form. */
function entryLabel(id: string, data: ReportData, forms: Array<{form: string}>): string {
  const entry = entryById.get(id)
  if (entry?.detector || !entry?.match[0]) {
    const words = id.replace(/-/g, ' ')
    return words.charAt(0).toUpperCase() + words.slice(1)
  }
  if (!data.redacted && forms[0]) return `‘${forms[0].form}’`
  return `‘${entry.match[0]}’`
}

const css = `
:root{--ink:#26231f;--soft:#6b665e;--line:#e3e0da;--paper:#fffdf9;--wash:#f6f2ea;--accent:#2f6f73;--warm:#b2532c}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:980px;margin:0 auto;padding:32px 28px 64px}
h1{font-size:28px;line-height:1.2;margin:0 0 6px}
h2{font-size:21px;margin:40px 0 8px;padding-top:8px;border-top:2px solid var(--line)}
h3{font-size:16px;margin:18px 0 4px}
p{margin:6px 0 10px;max-width:72ch}
.sub{color:var(--soft);margin:0 0 18px}
.lead{font-size:16px}
.badge{display:inline-block;padding:2px 10px;border-radius:12px;background:#e7eef0;color:#23474a;font-size:13px;font-weight:600;margin-left:6px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(128px,1fr));gap:12px;margin:16px 0}
.card{background:var(--wash);border-radius:10px;padding:12px 14px}
.card b{display:block;font-size:26px;line-height:1.15}
.card span{color:var(--soft);font-size:13px}
table{border-collapse:collapse;width:100%;margin:10px 0 6px;font-size:14px}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:var(--soft);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.heat{table-layout:fixed}.heat td,.heat th{padding:5px 6px}.heat td:first-child,.heat th:first-child{width:120px}.heat th.n{white-space:normal;hyphens:auto}
.heat th{font-size:11px;text-transform:none;letter-spacing:0;vertical-align:bottom}
.rising{color:var(--warm);font-weight:600}
.falling{color:#2c7a4b;font-weight:600}
.note{background:#fbf3e6;border-left:4px solid var(--warm);padding:10px 14px;border-radius:4px;margin:12px 0}
.note.calm{background:#eef5f0;border-left-color:#2c7a4b}
.legend{list-style:none;padding:0;margin:4px 0 10px;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px}
.legend i{display:inline-block;width:18px;height:4px;border-radius:2px;vertical-align:middle;margin-right:6px}
.chart{overflow-x:auto}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:10px 16px}
.multiples figure{margin:0}
.multiples figcaption{font-size:13px;font-weight:600}
.multiples figcaption span{font-weight:400;color:var(--soft)}
.bar{background:var(--line);height:8px;border-radius:4px;min-width:80px}
.bar i{display:block;height:8px;border-radius:4px;background:var(--accent)}
.entry{padding:10px 0;border-bottom:1px solid var(--line);break-inside:avoid}
.entry .term{font-weight:700;font-size:16px}
.entry .meta{color:var(--soft);font-size:13px}
.try{margin:4px 0}
.try span{display:inline-block;background:#e5f1e8;color:#1f5130;border-radius:4px;padding:1px 8px;margin:2px 4px 2px 0}
blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid var(--line);color:#48443e;font-size:14px}
mark{background:#fde7c8;color:inherit;padding:0 2px;border-radius:2px}
.small{font-size:13px;color:var(--soft)}
@media print{body{background:#fff;font-size:12px}main{max-width:none;padding:0}h2{break-after:avoid}section,figure,tr{break-inside:avoid}.chart{overflow:visible}}
`

function cards(data: ReportData): string {
  const {total} = data
  const items: Array<[string, string]> = [
    [formatNumber(total.notes), 'notes read'],
    [formatNumber(total.words), 'words'],
    [formatNumber(total.findings), 'phrases found'],
    [rateText(total), 'phrases per 1,000 words'],
    [percent(total.notesWithFinding, total.notes), 'of notes have at least one']
  ]
  if (data.malformed.length > 0) items.push([formatNumber(data.malformed.length), 'rows could not be read'])
  return `<div class="cards">${items.map(([value, label]) => `<div class="card"><b>${value}</b><span>${label}</span></div>`).join('')}</div>`
}

function seriesFor(periods: string[], byPeriod: Map<string, Counts>): Array<number | null> {
  return periods.map((period) => {
    const counts = byPeriod.get(period)
    return counts && counts.words > 0 ? rate(counts.findings, counts.words) : null
  })
}

function overTime(data: ReportData, colors: Map<AuthorStats, string>): string {
  const unit = data.period === 'week' ? 'week' : 'month'
  if (data.periods.length === 0) {
    return `<h2>Over time</h2><p>These notes have no dates, so change over time cannot be shown. Scan again with <code>--date &lt;column&gt;</code> to see it.</p>`
  }
  const dated = data.authors
  const series: Series[] = dated.map((author) => ({
    label: writerName(author.name),
    color: colors.get(author)!,
    values: seriesFor(data.periods, author.periods),
    width: author.trend === 'rising' ? 3 : 1.6,
    opacity: author.trend === 'rising' ? 1 : 0.55,
    endLabel: author.trend === 'rising'
  }))
  series.push({label: 'All notes', color: '#26231f', values: seriesFor(data.periods, data.overTime), width: 3.5, dash: '7 4', endLabel: true})
  const all = series.flatMap((line) => line.values.filter((value): value is number => value !== null))
  const yMax = Math.max(0, ...all)
  const rising = data.authors.filter((author) => author.trend === 'rising')
  const early = rangeLabel(data.earlyPeriods)
  const late = rangeLabel(data.latePeriods)
  const callouts = rising.length
    ? rising
        .map((author) => `<div class="note"><b>Worth a conversation: ${h(writerName(author.name).replace(/\.$/, ''))}.</b> Their notes went from ${formatNumber(author.early ?? 0, 1)} phrases per 1,000 words (${h(early)}) to ${formatNumber(author.late ?? 0, 1)} (${h(late)}). A rise like this often happens gradually and without noticing; it is worth looking at a few recent notes together.</div>`)
        .join('')
    : `<div class="note calm">No writer's notes show a clear rise between ${h(early)} and ${h(late)}.</div>`
  const legend = `<ul class="legend"><li><i style="background:#26231f"></i>All notes (dashed)</li>${dated.map((author) => `<li><i style="background:${colors.get(author)}"></i>${h(writerName(author.name))}${author.trend === 'rising' ? ' <span class="rising">rising</span>' : ''}</li>`).join('')}</ul>`
  const multiples = dated
    .map((author) => {
      const chart = lineChart({
        periods: data.periods,
        series: [
          {label: 'All notes', color: '#9a948a', values: seriesFor(data.periods, data.overTime), width: 1.5, dash: '4 3'},
          {label: writerName(author.name), color: colors.get(author)!, values: seriesFor(data.periods, author.periods), width: 2.5}
        ],
        width: 240,
        height: 120,
        yMax,
        compact: true,
        title: `${writerName(author.name)}: phrases per 1,000 words each ${unit}`
      })
      const trend = author.trend === 'rising' ? '<span class="rising">rising</span>' : author.trend === 'falling' ? '<span class="falling">falling</span>' : author.trend === 'steady' ? 'steady' : 'too few notes to say'
      return `<figure><figcaption>${h(writerName(author.name))} <span>· ${rateText(author.counts)} overall · ${trend}</span></figcaption>${chart}</figure>`
    })
    .join('')
  return `<h2>Over time</h2>
<p>Each line shows how many phrases peerlint found per 1,000 words of notes, ${unit} by ${unit}. A line that climbs means clinical and closed language is becoming more common in those notes: that is what drift looks like. Single ${unit}s jump around; look at the direction over several.</p>
${callouts}
${legend}
<div class="chart">${lineChart({periods: data.periods, series, width: 920, height: 320, title: `Phrases per 1,000 words each ${unit}, all notes and each writer`})}</div>
<h3>Each writer on their own</h3>
<p class="small">Same scale for everyone. The dashed grey line is all notes together.</p>
<div class="multiples">${multiples}</div>`
}

function byAuthor(data: ReportData, colors: Map<AuthorStats, string>): string {
  const early = rangeLabel(data.earlyPeriods)
  const late = rangeLabel(data.latePeriods)
  const hasTrend = data.periods.length >= 2
  const rows = data.authors
    .map((author) => {
      const trend =
        author.early === null || author.late === null
          ? '<td class="n small">too few notes</td>'
          : `<td class="n${author.trend === 'rising' ? ' rising' : author.trend === 'falling' ? ' falling' : ''}">${formatNumber(author.early, 1)} → ${formatNumber(author.late, 1)}</td>`
      return `<tr><td><i style="display:inline-block;width:10px;height:10px;border-radius:5px;background:${colors.get(author)};margin-right:6px"></i>${h(writerName(author.name))}</td><td class="n">${formatNumber(author.counts.notes)}</td><td class="n">${formatNumber(author.counts.words)}</td><td class="n">${formatNumber(author.counts.findings)}</td><td class="n"><b>${rateText(author.counts)}</b></td><td class="n">${percent(author.counts.notesWithFinding, author.counts.notes)}</td>${hasTrend ? trend : ''}</tr>`
    })
    .join('')
  const highest = Math.max(0.001, ...data.authors.flatMap((author) => author.counts.byCategory.map((count) => rate(count, author.counts.words))))
  const heat = data.authors
    .map((author) => {
      const cells = categories
        .map((_, index) => {
          const value = rate(author.counts.byCategory[index] ?? 0, author.counts.words)
          const alpha = value === 0 ? 0 : 0.12 + 0.75 * (value / highest)
          return `<td class="n" style="background:rgba(178,83,44,${alpha.toFixed(2)})">${value === 0 ? '·' : formatNumber(value, 1)}</td>`
        })
        .join('')
      return `<tr><td>${h(writerName(author.name))}</td>${cells}</tr>`
    })
    .join('')
  return `<h2>By writer</h2>
<p>Sorted by phrases per 1,000 words, so writers who write more are not singled out for that. ${hasTrend ? `The last column compares the first part of this period (${h(early)}) with the last (${h(late)}).` : ''}</p>
<table><thead><tr><th>Writer</th><th class="n">Notes</th><th class="n">Words</th><th class="n">Phrases</th><th class="n">Per 1,000 words</th><th class="n">Notes with any</th>${hasTrend ? '<th class="n">Early → late</th>' : ''}</tr></thead><tbody>${rows}</tbody></table>
<h3>Which kinds of language, per writer</h3>
<p class="small">Phrases per 1,000 words in each kind. Darker means more.</p>
<table class="heat"><thead><tr><th>Writer</th>${categories.map((category) => `<th class="n">${h(titleOf(category))}</th>`).join('')}</tr></thead><tbody>${heat}</tbody></table>`
}

function byCategory(data: ReportData): string {
  const most = Math.max(1, ...data.total.byCategory)
  const rows = categories
    .map((category, index) => {
      const count = data.total.byCategory[index] ?? 0
      return `<tr><td><b>${h(titleOf(category))}</b><div class="small">${h(summaryOf(category))}</div></td><td class="n">${formatNumber(count)}</td><td class="n">${formatNumber(rate(count, data.total.words), 1)}</td><td class="n">${percent(data.notesByCategory[index] ?? 0, data.total.notes)}</td><td><div class="bar"><i style="width:${((count * 100) / most).toFixed(1)}%"></i></div></td></tr>`
    })
    .join('')
  return `<h2>Kinds of language</h2>
<p>peerlint looks for nine kinds of language. Each one says something about the person that they did not say about themselves.</p>
<table><thead><tr><th>Kind</th><th class="n">Phrases</th><th class="n">Per 1,000 words</th><th class="n">Notes</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
}

function topEntries(data: ReportData): string {
  const top = data.entries.slice(0, 15)
  if (top.length === 0) return `<h2>Phrases that came up most</h2><p>No phrases were found. These notes are written in open language.</p>`
  const items = top
    .map((entry) => {
      const lex = entryById.get(entry.id)
      const rewrites = (lex?.rewrites ?? []).slice(0, 4)
      const detector = Boolean(lex?.detector)
      const forms = !detector && entry.forms.length > 1 ? ` <span class="meta">(also written ${entry.forms.slice(1, 4).map((form) => `‘${h(form.form)}’`).join(', ')})</span>` : ''
      const examples = entry.examples
        .map((example) => `<blockquote>${h(example.before)}<mark>${h(example.actual.replace(/\s+/g, ' '))}</mark>${h(example.after)}<div class="small">${h(writerName(example.author))}${example.date ? `, ${h(longDate(example.date))}` : ''}</div></blockquote>`)
        .join('')
      return `<div class="entry"><div><span class="term">${h(entryLabel(entry.id, data, entry.forms))}</span>${forms}</div>
<div class="meta">${h(titleOf(entry.category))} · ${formatNumber(entry.count)} ${entry.count === 1 ? 'time' : 'times'} in ${formatNumber(entry.notes)} ${entry.notes === 1 ? 'note' : 'notes'}</div>
${lex ? `<p>${h(lex.why)}</p>` : ''}
<div class="try">Try instead: ${rewrites.map((rewrite) => `<span>${h(rewrite)}</span>`).join('')}</div>
${examples}</div>`
    })
    .join('')
  const shown = data.redacted ? '' : '<p class="small">The examples are short extracts from the notes, with the phrase highlighted.</p>'
  return `<h2>Phrases that came up most</h2><p>The ${top.length} most frequent, with why they matter and open words to use instead.</p>${shown}${items}`
}

function byGroup(data: ReportData): string {
  if (data.groups.length === 0) return ''
  const rows = data.groups
    .map((group) => `<tr><td>${h(group.name ?? '(none)')}</td><td class="n">${formatNumber(group.counts.notes)}</td><td class="n">${formatNumber(group.counts.words)}</td><td class="n">${formatNumber(group.counts.findings)}</td><td class="n"><b>${rateText(group.counts)}</b></td></tr>`)
    .join('')
  return `<h2>By group</h2><table><thead><tr><th>Group</th><th class="n">Notes</th><th class="n">Words</th><th class="n">Phrases</th><th class="n">Per 1,000 words</th></tr></thead><tbody>${rows}</tbody></table>`
}

function malformed(data: ReportData): string {
  if (data.malformed.length === 0) return ''
  const shown = data.malformed.slice(0, 200)
  const more = data.malformed.length - shown.length
  return `<h2>Rows that could not be read</h2>
<p>${formatNumber(data.malformed.length)} ${data.malformed.length === 1 ? 'row was' : 'rows were'} left out of every count above. You may want to fix ${data.malformed.length === 1 ? 'it' : 'them'} in the export and scan again.</p>
<table><thead><tr><th>File</th><th class="n">Row</th><th>Why</th></tr></thead><tbody>${shown.map((row) => `<tr><td>${h(row.file)}</td><td class="n">${row.row}</td><td>${h(row.reason)}</td></tr>`).join('')}</tbody></table>${more > 0 ? `<p class="small">and ${formatNumber(more)} more (all are listed in the findings file).</p>` : ''}`
}

export function renderHtml(data: ReportData): string {
  const colors = new Map<AuthorStats, string>()
  const byName = [...data.authors].sort((a, b) => ((a.name ?? '\uffff') < (b.name ?? '\uffff') ? -1 : 1))
  byName.forEach((author, index) => colors.set(author, palette[index % palette.length]!))
  const span = data.firstDate && data.lastDate ? `${longDate(data.firstDate)} to ${longDate(data.lastDate)}` : 'undated notes'
  const undated = data.periods.length > 0 && data.undated.notes > 0 ? `<p class="small">${formatNumber(data.undated.notes)} notes had no date; they are counted everywhere except over time.</p>` : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Language in peer support notes: ${h(span)}</title>
<style>${css}</style>
</head>
<body>
<main>
<h1>Language in peer support notes</h1>
<p class="sub">${h(span)} · ${formatNumber(data.total.notes)} notes from ${data.files.map((file) => h(file)).join(', ')}${data.redacted ? '<span class="badge">Redacted: no note text in this report</span>' : ''}</p>
<p class="lead">peerlint read these notes and looked for language that tends to close a person's story down: clinical idioms, reading motives into what someone did, doubting their word, obedience framing, and writing ourselves out of the relationship. Everyone slips into this language sometimes. This report is a starting point for supervision, not a score: what matters is the pattern over time, and every phrase below comes with the reason it matters and open words to use instead.</p>
${cards(data)}
${undated}
${overTime(data, colors)}
${byAuthor(data, colors)}
${byCategory(data)}
${topEntries(data)}
${byGroup(data)}
${malformed(data)}
<h2>About this report</h2>
<p class="small">Made by peerlint on this computer; nothing was sent anywhere. A word is a run of letters or digits (inner apostrophes and hyphens included). “Phrases per 1,000 words” is the number of phrases found divided by the number of words, times 1,000, so long and short notes count fairly. Periods are calendar ${data.period === 'week' ? 'weeks (ISO, Monday to Sunday)' : 'months'} of the note's date. ${data.redacted ? 'This report was made with --redact: it shows counts, phrases from peerlint’s own word list and row numbers, and no text from the notes.' : 'Extracts from notes are shown; scan with --redact for a report without any note text.'}</p>
</main>
</body>
</html>
`
}
