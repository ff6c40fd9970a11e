// The page: wires the draft, the highlights, the list of findings, the legend and the settings
// together. Everything runs in this page; nothing is fetched or sent.
import example from '../../fixtures/notes/01-john-in-the-park.drifted.txt?raw'
import {
  applyRewrite,
  blank,
  categories,
  categoryTitle,
  Checker,
  countByCategory,
  findingAt,
  ignoreOf,
  isIgnored,
  isLocale,
  lexicon,
  segments,
  severityLabel,
  shiftFindings,
  shiftIgnores,
  summarise,
  whatItDoes,
  type Category,
  type Finding,
  type Ignore,
  type QuoteHandling
} from './logic.js'
import {browserStorage, forgetDraft, loadDraft, loadSettings, saveDraft, saveSettings, type Settings} from './settings.js'
import './styles.css'

/** One check, as recorded for the timing hook. */
export interface CheckTiming {
  /** Milliseconds for the whole re-check: lint, highlights, list, legend and counts. */
  ms: number
  /** Milliseconds spent in the linter alone. */
  lintMs: number
  /** Milliseconds spent drawing the highlights, and building the list. */
  highlightMs: number
  listMs: number
  chars: number
  findings: number
}

declare global {
  interface Window {
    /** The page's own timing hook: every check since the page opened, newest last. */
    __peerlintTiming?: {checks: CheckTiming[]; last: CheckTiming | undefined}
  }
}

const checkDelayMs = 200
const announceDelayMs = 1200

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id)
  if (!(found instanceof type)) throw new Error(`The page is missing #${id}.`)
  return found
}

const draft = element('draft', HTMLTextAreaElement)
const mirror = element('mirror', HTMLDivElement)
const list = element('findings', HTMLOListElement)
const legend = element('legend', HTMLUListElement)
const summary = element('summary', HTMLParagraphElement)
const announcer = element('announcer', HTMLParagraphElement)
const status = element('status', HTMLParagraphElement)
const ignoredBox = element('ignored', HTMLDivElement)
const ignoredText = element('ignored-text', HTMLParagraphElement)
const unignoreButton = element('unignore', HTMLButtonElement)
const exampleButton = element('example', HTMLButtonElement)
const copyButton = element('copy', HTMLButtonElement)
const clearButton = element('clear', HTMLButtonElement)
const restoreButton = element('restore', HTMLButtonElement)
const keptBox = element('kept', HTMLDivElement)
const forgetButton = element('forget', HTMLButtonElement)
const keepDraftBox = element('keep-draft', HTMLInputElement)
const categorySettings = element('category-settings', HTMLDivElement)

const store = browserStorage(() => window.localStorage)
const checker = new Checker()
const timing = {checks: [] as CheckTiming[], last: undefined as CheckTiming | undefined}
window.__peerlintTiming = timing

let settings: Settings = loadSettings(store)
let text = ''
let found: Finding[] = []
let visible: Finding[] = []
let ignores: Ignore[] = []
let openKey: string | undefined
let setAside: string | undefined
let checkTimer: ReturnType<typeof setTimeout> | undefined
let announceTimer: ReturnType<typeof setTimeout> | undefined
let lastAnnounced = ''

// ---- checking --------------------------------------------------------------------------------

function check(): void {
  clearTimeout(checkTimer)
  checkTimer = undefined
  delete document.documentElement.dataset.pending
  const started = performance.now()
  found = checker.check(text, settings)
  const linted = performance.now()
  const parts = render()
  const ms = performance.now() - started
  const entry: CheckTiming = {ms, lintMs: linted - started, ...parts, chars: text.length, findings: found.length}
  timing.checks.push(entry)
  if (timing.checks.length > 200) timing.checks.shift()
  timing.last = entry
  document.documentElement.dataset.checks = String(timing.checks.length)
}

function scheduleCheck(): void {
  clearTimeout(checkTimer)
  document.documentElement.dataset.pending = 'true'
  checkTimer = setTimeout(check, checkDelayMs)
}

/** Called after every change to the draft, however it happened. */
function textChanged(): void {
  const next = draft.value
  if (next === text) return
  ignores = shiftIgnores(ignores, text, next)
  found = shiftFindings(found, text, next)
  if (openKey !== undefined && !found.some((finding) => finding.key === openKey)) openKey = undefined
  text = next
  fitHeight()
  renderMirror()
  scheduleCheck()
  if (settings.keepDraft) saveDraft(store, settings, text)
}

// ---- rendering -------------------------------------------------------------------------------

/** Redraws everything; returns how long the highlights and the list took, in milliseconds. */
function render(): {highlightMs: number; listMs: number} {
  visible = found.filter((finding) => !isIgnored(finding, ignores))
  if (openKey !== undefined && !visible.some((finding) => finding.key === openKey)) openKey = undefined
  const started = performance.now()
  renderMirror()
  const highlighted = performance.now()
  renderList()
  const listed = performance.now()
  renderLegend()
  renderSummary()
  return {highlightMs: highlighted - started, listMs: listed - highlighted}
}

function fitHeight(): void {
  draft.style.height = 'auto'
  draft.style.height = `${draft.scrollHeight + (draft.offsetHeight - draft.clientHeight)}px`
}

function renderMirror(): void {
  const fragment = document.createDocumentFragment()
  const shown = found.filter((finding) => !isIgnored(finding, ignores))
  for (const segment of segments(text, shown)) {
    if (!segment.finding) {
      fragment.append(segment.text)
      continue
    }
    const mark = document.createElement('mark')
    mark.className = 'hl'
    mark.dataset.category = segment.finding.category
    mark.dataset.severity = segment.finding.severity
    mark.dataset.key = segment.finding.key
    if (segment.finding.key === openKey) mark.classList.add('is-active')
    mark.textContent = segment.text
    fragment.append(mark)
  }
  // A final line break needs something after it to take up its line, as it does in the textarea.
  if (text.endsWith('\n')) fragment.append(' ')
  mirror.replaceChildren(fragment)
}

function lineOf(offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

/** List items already built, by finding key, with what they showed (to reuse them unchanged). */
const built = new Map<string, {item: HTMLLIElement; stamp: string}>()
let nextId = 1

function current(key: string): Finding | undefined {
  return visible.find((finding) => finding.key === key)
}

function renderList(): void {
  const items: HTMLLIElement[] = []
  const keep = new Set<string>()
  for (const finding of visible) {
    const line = lineOf(finding.start)
    const open = finding.key === openKey
    const stamp = `${finding.severity}|${finding.actual}|${line}|${open}|${finding.expected.join('|')}|${finding.why}`
    let entry = built.get(finding.key)
    if (!entry || entry.stamp !== stamp) {
      entry = {item: findingItem(finding, line, open), stamp}
      built.set(finding.key, entry)
    }
    keep.add(finding.key)
    items.push(entry.item)
  }
  for (const key of Array.from(built.keys())) if (!keep.has(key)) built.delete(key)
  // Move only what is out of place, so a focused button that stays in the list keeps its focus.
  items.forEach((item, position) => {
    if (list.children[position] !== item) list.insertBefore(item, list.children[position] ?? null)
  })
  while (list.children.length > items.length) list.lastElementChild?.remove()
  list.hidden = visible.length === 0
}

function findingItem(finding: Finding, line: number, open: boolean): HTMLLIElement {
  const key = finding.key
  const id = nextId++
  const item = document.createElement('li')
  item.className = 'finding'
  item.dataset.category = finding.category
  item.dataset.severity = finding.severity
  item.dataset.key = key
  if (open) item.classList.add('is-open')

  const toggle = document.createElement('button')
  toggle.type = 'button'
  toggle.className = 'finding-toggle'
  toggle.dataset.role = 'toggle'
  toggle.id = `finding-${id}`
  toggle.setAttribute('aria-expanded', String(open))
  toggle.setAttribute('aria-controls', `card-${id}`)
  const swatch = document.createElement('span')
  swatch.className = 'swatch'
  swatch.setAttribute('aria-hidden', 'true')
  const phrase = document.createElement('span')
  phrase.className = 'finding-phrase'
  phrase.textContent = finding.actual.replace(/\s+/g, ' ')
  const meta = document.createElement('span')
  meta.className = 'finding-meta'
  meta.textContent = `${categoryTitle(finding.category)} · ${severityLabel[finding.severity]} · line ${line}`
  const chevron = document.createElement('span')
  chevron.className = 'chevron'
  chevron.setAttribute('aria-hidden', 'true')
  toggle.append(swatch, phrase, meta, chevron)
  toggle.addEventListener('click', () => setOpen(openKey === key ? undefined : key, {focusToggle: true}))
  toggle.addEventListener('focus', () => markActive(key))
  toggle.addEventListener('blur', () => markActive(openKey))
  toggle.addEventListener('keydown', (event) => {
    if (openKey !== key) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') {
      event.preventDefault()
      item.querySelector<HTMLButtonElement>('[data-role="rewrite"]')?.focus()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      setOpen(undefined, {focusToggle: true})
    }
  })

  const card = document.createElement('div')
  card.className = 'card'
  card.id = `card-${id}`
  card.setAttribute('role', 'region')
  card.setAttribute('aria-labelledby', toggle.id)
  card.hidden = !open
  if (open) fillCard(card, finding, id)
  item.append(toggle, card)
  return item
}

function paragraph(className: string, content: string): HTMLParagraphElement {
  const element = document.createElement('p')
  element.className = className
  element.textContent = content
  return element
}

function fillCard(card: HTMLDivElement, finding: Finding, id: number): void {
  const key = finding.key
  card.append(paragraph('does', whatItDoes(finding, settings.locale)), paragraph('why', finding.why))
  if (finding.quoted) card.append(paragraph('quoted', 'It is inside quotation marks. If these are the person’s own words, they can stay.'))

  const tryId = `try-${id}`
  const tryLabel = paragraph('try', 'Use instead')
  tryLabel.id = tryId
  const group = document.createElement('div')
  group.className = 'rewrites'
  group.setAttribute('role', 'group')
  group.setAttribute('aria-labelledby', tryId)
  const buttons = finding.expected.map((rewrite, position) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'rewrite'
    button.dataset.role = 'rewrite'
    button.tabIndex = position === 0 ? 0 : -1
    button.textContent = rewrite
    button.setAttribute('aria-label', `Replace ‘${finding.actual.replace(/\s+/g, ' ')}’ with ${rewrite.replaceAll(blank, 'a blank')}`)
    button.addEventListener('click', () => {
      const now = current(key)
      if (now) useRewrite(now, rewrite)
    })
    return button
  })
  group.addEventListener('keydown', (event) => {
    const current = buttons.indexOf(event.target as HTMLButtonElement)
    if (current === -1) return
    let next: number | undefined
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (current + 1) % buttons.length
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (current - 1 + buttons.length) % buttons.length
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = buttons.length - 1
    else if (event.key === 'Escape') {
      event.preventDefault()
      setOpen(undefined, {focusToggle: true})
      return
    }
    if (next === undefined) return
    event.preventDefault()
    for (const [position, button] of buttons.entries()) button.tabIndex = position === next ? 0 : -1
    buttons[next]?.focus()
  })
  group.append(...buttons)
  card.append(tryLabel, group)
  if (finding.expected.some((rewrite) => rewrite.includes(blank))) {
    card.append(paragraph('hint', `“${blank}” is a blank for you to fill in. After you choose, it is selected so you can type over it.`))
  }

  const ignore = document.createElement('button')
  ignore.type = 'button'
  ignore.className = 'button button-small'
  ignore.dataset.role = 'ignore'
  ignore.textContent = 'Ignore here'
  ignore.setAttribute('aria-label', `Ignore ‘${finding.actual.replace(/\s+/g, ' ')}’ here`)
  ignore.addEventListener('click', () => {
    const now = current(key)
    if (now) ignoreHere(now)
  })
  ignore.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      setOpen(undefined, {focusToggle: true})
    }
  })
  card.append(ignore)
}

function renderLegend(): void {
  const counts = countByCategory(visible)
  const items = categories.map((category) => {
    const item = document.createElement('li')
    item.className = 'legend-item'
    item.dataset.category = category
    const on = settings.categories.includes(category)
    if (!on) item.classList.add('is-off')
    const swatch = document.createElement('span')
    swatch.className = 'swatch'
    swatch.setAttribute('aria-hidden', 'true')
    const name = document.createElement('span')
    name.className = 'legend-name'
    name.textContent = categoryTitle(category)
    const count = document.createElement('span')
    count.className = 'legend-count'
    count.dataset.count = on ? String(counts[category]) : 'off'
    count.textContent = on ? String(counts[category]) : 'off'
    item.append(swatch, name, count)
    return item
  })
  legend.replaceChildren(...items)
}

function renderSummary(): void {
  const sentence = summarise(visible, settings.categories, ignores.length, text.trim() !== '')
  summary.textContent = sentence
  ignoredBox.hidden = ignores.length === 0
  ignoredText.textContent = ignores.length === 1 ? 'You chose to keep 1 phrase as it is.' : `You chose to keep ${ignores.length} phrases as they are.`
  clearTimeout(announceTimer)
  announceTimer = setTimeout(() => {
    if (sentence === lastAnnounced) return
    lastAnnounced = sentence
    announcer.textContent = sentence
  }, announceDelayMs)
}

function markActive(key: string | undefined): void {
  for (const mark of Array.from(mirror.querySelectorAll<HTMLElement>('mark.is-active'))) mark.classList.remove('is-active')
  if (key !== undefined) mirror.querySelector<HTMLElement>(`mark[data-key="${CSS.escape(key)}"]`)?.classList.add('is-active')
}

function setOpen(key: string | undefined, {focusToggle = false, reveal = false} = {}): void {
  openKey = key
  renderList()
  markActive(key)
  const item = key === undefined ? undefined : list.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(key)}"]`)
  if (focusToggle) {
    const target = item ?? (document.activeElement instanceof HTMLElement ? document.activeElement : undefined)
    target?.querySelector<HTMLButtonElement>('[data-role="toggle"]')?.focus()
  }
  if (reveal && item) item.scrollIntoView({block: 'nearest'})
}

// ---- actions ---------------------------------------------------------------------------------

function say(message: string): void {
  // Clearing first makes screen readers read the same message again if it repeats.
  status.textContent = ''
  requestAnimationFrame(() => {
    status.textContent = message
  })
}

/** Replaces text[start, end) the way typing would, so the browser's Undo can take it back. */
function replaceRange(start: number, end: number, insert: string, expected: string): void {
  draft.focus({preventScroll: true})
  draft.setSelectionRange(start, end)
  let done = false
  try {
    done = document.execCommand('insertText', false, insert)
  } catch {
    done = false
  }
  if (!done || draft.value !== expected) draft.value = expected
  textChanged()
}

function useRewrite(finding: Finding, rewrite: string): void {
  const position = visible.findIndex((candidate) => candidate.key === finding.key)
  const edit = applyRewrite(draft.value, finding, rewrite)
  if (!edit) {
    say('That phrase changed since the last check, so the list has been refreshed.')
    text = draft.value
    check()
    return
  }
  const scrollY = window.scrollY
  replaceRange(edit.start, edit.end, edit.insert, edit.text)
  draft.setSelectionRange(edit.selectionStart, edit.selectionEnd)
  openKey = undefined
  check()
  const hasBlank = edit.selectionEnd > edit.selectionStart
  const was = finding.actual.replace(/\s+/g, ' ')
  if (hasBlank) {
    draft.focus()
    say(`Changed ‘${was}’ to ‘${edit.insert}’. The blank is selected: type what fits.`)
    return
  }
  window.scrollTo({top: scrollY})
  const left = visible.length
  say(`Changed ‘${was}’ to ‘${edit.insert}’. ${left === 0 ? 'Nothing left to look at.' : left === 1 ? '1 phrase left to look at.' : `${left} phrases left to look at.`}`)
  focusFindingNear(position)
}

function focusFindingNear(position: number): void {
  const toggles = Array.from(list.querySelectorAll<HTMLButtonElement>('[data-role="toggle"]'))
  const target = toggles[Math.min(Math.max(position, 0), toggles.length - 1)]
  if (target) target.focus()
  else copyButton.focus()
}

function ignoreHere(finding: Finding): void {
  const position = visible.findIndex((candidate) => candidate.key === finding.key)
  ignores = [...ignores, ignoreOf(finding)]
  openKey = undefined
  check()
  say(`‘${finding.actual.replace(/\s+/g, ' ')}’ stays as you wrote it here.`)
  focusFindingNear(position)
}

function setText(next: string): void {
  if (draft.value === next) return
  replaceRange(0, draft.value.length, next, next)
  draft.setSelectionRange(0, 0)
  check()
}

exampleButton.addEventListener('click', () => {
  const current = draft.value
  if (current.trim() !== '' && current !== example) setAside = current
  setText(example)
  restoreButton.hidden = setAside === undefined
  draft.focus()
  draft.setSelectionRange(0, 0)
  say(
    `Loaded an example: Pat Deegan’s note about a walk with John in the park. ${visible.length} phrases are highlighted; press Tab to go through them.` +
      (setAside === undefined ? '' : ' Your own draft is set aside: “Put my draft back” brings it back.')
  )
})

clearButton.addEventListener('click', () => {
  if (draft.value === '') {
    say('Your note is already empty.')
    draft.focus()
    return
  }
  setAside = draft.value
  setText('')
  ignores = []
  check()
  restoreButton.hidden = false
  draft.focus()
  say('Cleared. “Put my draft back” brings it back.')
})

restoreButton.addEventListener('click', () => {
  if (setAside === undefined) return
  const previous = setAside
  setAside = undefined
  setText(previous)
  restoreButton.hidden = true
  draft.focus()
  say('Your draft is back.')
})

copyButton.addEventListener('click', async () => {
  const value = draft.value
  if (value.trim() === '') {
    say('There is nothing to copy yet.')
    return
  }
  let copied = false
  try {
    await navigator.clipboard.writeText(value)
    copied = true
  } catch {
    draft.focus()
    draft.select()
    try {
      copied = document.execCommand('copy')
    } catch {
      copied = false
    }
  }
  if (!copied) {
    draft.focus()
    draft.select()
    say('This browser did not let the page copy. Your note is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.')
    return
  }
  const left = visible.length
  say(
    `Copied your note. You can paste it into the record now.${
      left === 0 ? '' : left === 1 ? ' 1 phrase is still highlighted, in case you want another look.' : ` ${left} phrases are still highlighted, in case you want another look.`
    }`
  )
})

unignoreButton.addEventListener('click', () => {
  const count = ignores.length
  ignores = []
  check()
  say(count === 1 ? 'The phrase you kept is highlighted again.' : `The ${count} phrases you kept are highlighted again.`)
  list.querySelector<HTMLButtonElement>('[data-role="toggle"]')?.focus()
})

// ---- the draft -------------------------------------------------------------------------------

draft.addEventListener('input', textChanged)

function followCaret(reveal: boolean): void {
  if (draft.selectionStart !== draft.selectionEnd) return
  const finding = findingAt(visible, draft.selectionStart)
  if (finding?.key === openKey) return
  if (finding) setOpen(finding.key, {reveal})
  else if (openKey !== undefined) setOpen(undefined)
}

draft.addEventListener('click', () => followCaret(true))
draft.addEventListener('keyup', (event) => {
  if (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End' || event.key === 'PageUp' || event.key === 'PageDown') followCaret(false)
})
window.addEventListener('resize', fitHeight)

// ---- settings --------------------------------------------------------------------------------

function persistSettings(): void {
  saveSettings(store, settings)
}

function buildCategorySettings(): void {
  const rows = lexicon.categories.map((info) => {
    const label = document.createElement('label')
    label.className = 'choice choice-category'
    label.dataset.category = info.category
    const input = document.createElement('input')
    input.type = 'checkbox'
    input.name = 'category'
    input.value = info.category
    input.checked = settings.categories.includes(info.category)
    const descriptionId = `about-${info.category}`
    input.setAttribute('aria-describedby', descriptionId)
    input.addEventListener('change', () => {
      const chosen = new Set<Category>(settings.categories)
      if (input.checked) chosen.add(info.category)
      else chosen.delete(info.category)
      settings = {...settings, categories: categories.filter((category) => chosen.has(category))}
      persistSettings()
      check()
    })
    const swatch = document.createElement('span')
    swatch.className = 'swatch'
    swatch.setAttribute('aria-hidden', 'true')
    const text = document.createElement('span')
    text.className = 'choice-text'
    const name = document.createElement('span')
    name.className = 'choice-name'
    name.textContent = info.title
    const about = document.createElement('span')
    about.className = 'choice-about'
    about.id = descriptionId
    about.textContent = info.summary
    text.append(name, about)
    label.append(input, swatch, text)
    return label
  })
  categorySettings.replaceChildren(...rows)
}

for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="quotes"]'))) {
  radio.checked = radio.value === settings.quotes
  radio.addEventListener('change', () => {
    if (!radio.checked) return
    settings = {...settings, quotes: radio.value as QuoteHandling}
    persistSettings()
    check()
  })
}

for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="locale"]'))) {
  radio.checked = radio.value === settings.locale
  radio.addEventListener('change', () => {
    if (!radio.checked || !isLocale(radio.value)) return
    settings = {...settings, locale: radio.value}
    persistSettings()
    check()
  })
}

keepDraftBox.checked = settings.keepDraft
keepDraftBox.addEventListener('change', () => {
  settings = {...settings, keepDraft: keepDraftBox.checked}
  persistSettings()
  if (settings.keepDraft) {
    const kept = saveDraft(store, settings, draft.value)
    say(kept ? 'Your draft will be kept on this device.' : 'This browser is not letting the page keep anything, so your draft will not be kept.')
  } else {
    forgetDraft(store)
    say('Your kept draft is deleted. Nothing is kept on this device now.')
  }
  keptBox.hidden = !settings.keepDraft
})

forgetButton.addEventListener('click', () => {
  forgetDraft(store)
  settings = {...settings, keepDraft: false}
  keepDraftBox.checked = false
  persistSettings()
  keptBox.hidden = true
  say('The saved draft is deleted, and your draft is no longer kept. Your note is still here on the page.')
  draft.focus()
})

// ---- start -----------------------------------------------------------------------------------

buildCategorySettings()
// Build the checker's word index now, so the first check as you type is as quick as the rest.
checker.check('This writer met John.', {categories: [...categories], quotes: settings.quotes})
const kept = loadDraft(store, settings)
keptBox.hidden = !settings.keepDraft
if (kept !== undefined) {
  draft.value = kept
  say('Your kept draft is back from last time.')
}
text = draft.value
fitHeight()
check()
document.documentElement.dataset.ready = 'true'

// While the page sits idle, run the lexicon's own example sentences through the checker a few at a
// time. The browser then has the checking code compiled and ready, so the first long note pasted in
// is checked as quickly as every later edit. Nothing here touches the draft.
const warmUpSentences = lexicon.entries.flatMap((entry) => [...entry.examples.flagged, ...(entry.examples.clean ?? [])])
const warmUpChecker = new Checker(0)
function warmUp(from: number): void {
  const batch = warmUpSentences.slice(from, from + 40)
  if (batch.length === 0) {
    document.documentElement.dataset.warm = 'true'
    return
  }
  warmUpChecker.check(batch.join(' '), settings)
  setTimeout(() => warmUp(from + batch.length), 0)
}
setTimeout(() => warmUp(0), 0)
