// The peer worker's page, end to end, in a real headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core). Opens the built page (dist/web/index.html) from file:// and from
// `peerlint serve`. Screenshots and timings are written to test-artifacts/.
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findings, lint} from '../src/index.js'
import {binary, root} from './helpers.js'
import {startServeProcess} from './support/serve.js'

const chromiumPath = '/usr/bin/chromium'
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']
const pageFile = path.join(root, 'dist/web/index.html')
const pageUrl = pathToFileURL(pageFile).href
const artifacts = path.join(root, 'test-artifacts')
const park = fs.readFileSync(path.join(root, 'fixtures/notes/01-john-in-the-park.drifted.txt'), 'utf8')
const slow = 90_000

let browser: Browser

beforeAll(async () => {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`The browser tests need Chromium at ${chromiumPath}. Install it with 'apt-get install chromium' (.ci/run does this when it is missing).`)
  }
  if (!fs.existsSync(pageFile)) throw new Error(`${pageFile} is missing: run 'npm run build' first (npm test does this for you).`)
  browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs, timeout: 60_000})
  fs.mkdirSync(artifacts, {recursive: true})
}, slow)

afterAll(async () => {
  await browser?.close()
})

interface Session {
  context: BrowserContext
  page: Page
  /** Every URL the page asked for. */
  requests: string[]
  /** Console errors and warnings, and uncaught errors. */
  problems: string[]
}

async function open(url: string, options: {width?: number; height?: number; scale?: number; offline?: boolean; context?: BrowserContext} = {}): Promise<Session> {
  const context = options.context ?? (await browser.newContext({viewport: {width: options.width ?? 1280, height: options.height ?? 900}, deviceScaleFactor: options.scale ?? 1}))
  const requests: string[] = []
  const problems: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  if (options.offline) await context.setOffline(true)
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  await page.goto(url)
  await page.waitForSelector('html[data-ready="true"]')
  return {context, page, requests, problems}
}

/** Waits until the page has checked the draft as it is now. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const draft = document.querySelector<HTMLTextAreaElement>('#draft')
    const last = window.__peerlintTiming?.last
    return draft !== null && last !== undefined && document.documentElement.dataset.pending === undefined && last.chars === draft.value.length
  })
}

async function marks(page: Page): Promise<Array<[string, string]>> {
  return page.$$eval('#mirror mark', (elements) => elements.map((mark) => [mark.textContent ?? '', (mark as HTMLElement).dataset.category ?? ''] as [string, string]))
}

async function legendCounts(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(
    await page.$$eval('#legend .legend-item', (items) => items.map((item) => [(item as HTMLElement).dataset.category ?? '', item.querySelector('.legend-count')?.textContent ?? '']))
  ) as Record<string, string>
}

async function draftValue(page: Page): Promise<string> {
  return page.$eval('#draft', (draft) => (draft as HTMLTextAreaElement).value)
}

async function focused(page: Page): Promise<{id: string; role: string; text: string; key: string}> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    return {
      id: active?.id ?? '',
      role: active?.dataset.role ?? '',
      text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      key: active?.closest<HTMLElement>('.finding')?.dataset.key ?? ''
    }
  })
}

function toggle(page: Page, phrase: string) {
  return page.locator('.finding-toggle', {has: page.locator('.finding-phrase', {hasText: new RegExp(`^${phrase}$`)})})
}

function engineView(text: string): Array<[string, string]> {
  return findings(lint(text)).map((finding) => [finding.actual, finding.category])
}

/** Only the page's own file (or own server) was asked for: nothing else, anywhere. */
function expectOnlyOwnRequests(session: Session, base: string): void {
  const foreign = session.requests.filter((url) => !url.startsWith(base) && !url.startsWith('data:'))
  expect(foreign, `requests beyond the page's own files: ${foreign.join(', ')}`).toEqual([])
  expect(session.requests.length).toBeGreaterThan(0)
}

function save(name: string, data: unknown): void {
  fs.writeFileSync(path.join(artifacts, name), `${JSON.stringify(data, null, 2)}\n`)
}

describe('the page, opened from file:// with the network off', () => {
  it('a newcomer tries the example, sees it highlighted, applies the rewrites and copies a clean note', async () => {
    const session = await open(pageUrl, {offline: true})
    const {page, context} = session
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await expect(page.title()).resolves.toBe('peerlint · check a draft note')
      await page.getByRole('button', {name: 'Try an example'}).click()
      await settled(page)
      expect(await draftValue(page)).toBe(park)
      expect(await marks(page)).toEqual([
        ['this writer', 'distancing-language'],
        ['agitated', 'clinical-jargon'],
        ['was very delusional', 'clinical-jargon']
      ])
      expect(await marks(page)).toEqual(engineView(park))
      expect(await page.textContent('#summary')).toMatch(/^3 phrases to look at: 2 clinical jargon, 1 distancing/)
      const counts = await legendCounts(page)
      expect(counts['clinical-jargon']).toBe('2')
      expect(counts['distancing-language']).toBe('1')
      expect(counts['motive-attribution']).toBe('0')
      // Meaning never by colour alone: every finding names its category in words.
      const toggles = await page.$$eval('.finding-toggle', (buttons) => buttons.map((button) => button.textContent ?? ''))
      expect(toggles).toHaveLength(3)
      expect(toggles[0]).toContain('Distancing')
      expect(toggles[1]).toContain('Clinical jargon')

      await toggle(page, 'this writer').click()
      await expect(toggle(page, 'this writer').getAttribute('aria-expanded')).resolves.toBe('true')
      const card = page.locator('.finding.is-open .card')
      await expect(card.textContent()).resolves.toContain('third person')
      await page.screenshot({path: path.join(artifacts, 'web-desktop.png'), fullPage: true})

      await card.getByRole('button', {name: /with I$/}).click()
      await settled(page)
      expect(await draftValue(page)).toBe(park.replace('this writer', 'I'))
      expect(await page.textContent('#summary')).toMatch(/^2 phrases to look at: 2 clinical jargon\./)
      expect((await legendCounts(page))['distancing-language']).toBe('0')
      await expect(page.textContent('#status')).resolves.toMatch(/Changed ‘this writer’ to ‘I’/)

      await toggle(page, 'agitated').click()
      await page.locator('.finding.is-open').getByRole('button', {name: /with upset$/}).click()
      await settled(page)
      await toggle(page, 'was very delusional').click()
      await page.locator('.finding.is-open').getByRole('button', {name: /with believes that a blank$/}).click()
      await settled(page)
      // The blank is selected, and typing fills it in.
      const selected = await page.$eval('#draft', (draft) => {
        const area = draft as HTMLTextAreaElement
        return {text: area.value.slice(area.selectionStart, area.selectionEnd), focused: document.activeElement === area}
      })
      expect(selected).toEqual({text: '…', focused: true})
      await page.keyboard.type('people are watching him')
      await settled(page)

      const clean = park.replace('this writer', 'I').replace('agitated', 'upset').replace('was very delusional', 'believes that people are watching him')
      expect(clean.trim()).toBe('John and I met in the park today. He was upset, needed to walk the whole time and believes that people are watching him. He thought he was being watched.')
      expect(await draftValue(page)).toBe(clean)
      expect(await marks(page)).toEqual([])
      expect(engineView(clean)).toEqual([])
      expect(await page.textContent('#summary')).toMatch(/^Nothing highlighted/)
      expect(Object.values(await legendCounts(page)).every((count) => count === '0')).toBe(true)

      await page.getByRole('button', {name: 'Copy note'}).click()
      await page.waitForFunction(() => (document.querySelector('#status')?.textContent ?? '').startsWith('Copied your note'), undefined, {timeout: 5000}).catch(async () => {
        throw new Error(`Copy did not report success: '${await page.textContent('#status')}'`)
      })
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(clean)

      expectOnlyOwnRequests(session, pageUrl)
      // Nothing was stored: keeping the draft is off, and no setting was changed.
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
      expect(session.problems).toEqual([])
    } finally {
      await context.close()
    }
  }, slow)

  it('highlights a typed note with the right categories; clicking a highlight opens it; a rewrite updates the counts', async () => {
    const session = await open(pageUrl, {offline: true})
    const {page, context} = session
    try {
      const text = 'Pt is noncompliant with her meds and was being manipulative with staff. This writer educated her on the importance of taking them.'
      await page.locator('#draft').click()
      await page.keyboard.type(text)
      await settled(page)
      const found = await marks(page)
      expect(found).toEqual(engineView(text))
      expect(new Set(found.map(([, category]) => category))).toEqual(new Set(['distancing-language', 'compliance-control', 'motive-attribution', 'directive-language']))
      expect(await page.textContent('#summary')).toMatch(/^5 phrases to look at/)

      // Click on the highlighted word in the note itself.
      const box = await page.locator('#mirror mark', {hasText: 'noncompliant'}).boundingBox()
      expect(box).not.toBeNull()
      await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2)
      await expect(toggle(page, 'noncompliant').getAttribute('aria-expanded')).resolves.toBe('true')
      await expect(page.locator('#mirror mark.is-active').textContent()).resolves.toBe('noncompliant')

      await page.locator('.finding.is-open').getByRole('button', {name: /with decided not to take a blank$/}).click()
      await settled(page)
      const after = await draftValue(page)
      expect(after).toBe(text.replace('noncompliant with', 'decided not to take … with'))
      const selection = await page.$eval('#draft', (draft) => [(draft as HTMLTextAreaElement).selectionStart, (draft as HTMLTextAreaElement).selectionEnd])
      expect(selection).toEqual([after.indexOf('…'), after.indexOf('…') + 1])
      await page.keyboard.type('them')
      await settled(page)
      expect(await draftValue(page)).toBe(text.replace('noncompliant with her meds', 'decided not to take them with her meds'))
      expect((await legendCounts(page))['compliance-control']).toBe('0')
      expect(await page.textContent('#summary')).toMatch(/^4 phrases to look at/)
      await page.waitForFunction(() => (document.querySelector('#announcer')?.textContent ?? '').startsWith('4 phrases to look at'))
      expectOnlyOwnRequests(session, pageUrl)
      expect(session.problems).toEqual([])
    } finally {
      await context.close()
    }
  }, slow)

  it('works with the keyboard alone: Tab to a finding, Enter to open, arrows through rewrites, ignore here', async () => {
    const session = await open(pageUrl, {offline: true})
    const {page, context} = session
    try {
      const tabUntil = async (want: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 25) => {
        for (let step = 0; step < limit; step++) {
          await page.keyboard.press('Tab')
          const now = await focused(page)
          if (want(now)) return now
        }
        throw new Error(`Tab never reached the element (last: ${JSON.stringify(await focused(page))})`)
      }
      await tabUntil((f) => f.id === 'example')
      await page.keyboard.press('Enter')
      await settled(page)
      expect((await focused(page)).id).toBe('draft')
      expect(await draftValue(page)).toBe(park)

      // From the note, Tab reaches the first finding after the Copy and Clear buttons.
      const first = await tabUntil((f) => f.role === 'toggle', 4)
      expect(first.text).toContain('this writer')
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
      expect(outline).not.toBe('none')
      await page.keyboard.press('Enter')
      await expect(toggle(page, 'this writer').getAttribute('aria-expanded')).resolves.toBe('true')
      await page.keyboard.press('Tab')
      expect(await focused(page)).toMatchObject({role: 'rewrite', text: 'I'})
      await page.keyboard.press('Enter')
      await settled(page)
      expect(await draftValue(page)).toBe(park.replace('this writer', 'I'))

      // Focus moves on to the next finding.
      const next = await focused(page)
      expect(next.role).toBe('toggle')
      expect(next.text).toContain('agitated')
      await page.keyboard.press('Enter')
      await page.keyboard.press('ArrowDown')
      expect(await focused(page)).toMatchObject({role: 'rewrite', text: 'upset'})
      await page.keyboard.press('ArrowRight')
      expect((await focused(page)).text).toBe('restless')
      await page.keyboard.press('ArrowRight')
      expect((await focused(page)).text).toBe('wanted to keep moving')
      await page.keyboard.press('ArrowRight')
      expect((await focused(page)).text).toBe('upset')
      await page.keyboard.press('ArrowLeft')
      expect((await focused(page)).text).toBe('wanted to keep moving')
      await page.keyboard.press('ArrowLeft')
      expect((await focused(page)).text).toBe('restless')
      await page.keyboard.press('Enter')
      await settled(page)
      expect(await draftValue(page)).toBe(park.replace('this writer', 'I').replace('agitated', 'restless'))

      // Escape closes a finding and leaves focus on it.
      expect((await focused(page)).text).toContain('was very delusional')
      await page.keyboard.press('Enter')
      await page.keyboard.press('Escape')
      await expect(toggle(page, 'was very delusional').getAttribute('aria-expanded')).resolves.toBe('false')
      expect((await focused(page)).role).toBe('toggle')

      // Ignore here: Enter, Tab past the rewrites (one stop), Enter on "Ignore here".
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      expect((await focused(page)).role).toBe('rewrite')
      await page.keyboard.press('Tab')
      expect(await focused(page)).toMatchObject({role: 'ignore', text: 'Ignore here'})
      await page.keyboard.press('Enter')
      await settled(page)
      expect(await marks(page)).toEqual([])
      expect(await page.textContent('#summary')).toMatch(/^Nothing highlighted \(1 phrase you chose to keep\)/)
      await page.waitForFunction(() => (document.querySelector('#announcer')?.textContent ?? '').startsWith('Nothing highlighted'))
      expect(await page.getAttribute('#announcer', 'aria-live')).toBe('polite')
      expect(await page.getAttribute('#status', 'role')).toBe('status')

      // Typing elsewhere keeps the ignore; "Show them again" brings it back.
      await page.locator('#draft').focus()
      await page.keyboard.press('Control+Home')
      await page.keyboard.type('Tuesday. ')
      await settled(page)
      expect(await marks(page)).toEqual([])
      await page.locator('#unignore').focus()
      await page.keyboard.press('Enter')
      await settled(page)
      expect(await marks(page)).toEqual([['was very delusional', 'clinical-jargon']])
      expect(session.problems).toEqual([])
    } finally {
      await context.close()
    }
  }, slow)

  it('re-checks a 5,000-character note in under 30 ms (the page’s own timing hook)', async () => {
    const session = await open(pageUrl, {offline: true})
    const {page, context} = session
    try {
      const directory = path.join(root, 'fixtures/notes')
      const drifted = fs.readdirSync(directory).filter((name) => name.endsWith('.drifted.txt')).sort()
      const paragraphs = drifted.map((name) => fs.readFileSync(path.join(directory, name), 'utf8').trim())
      // Three different 5,000-character notes, drifted throughout (a worst case: well over a hundred
      // findings each). Each paragraph starts differently in each note, so none of them has been
      // checked before: the page's per-paragraph cache cannot help.
      const notes = ['Monday', 'Tuesday', 'Wednesday'].map((day, index) =>
        paragraphs
          .slice(index * 5)
          .concat(paragraphs.slice(0, index * 5))
          .map((paragraph, position) => `${day} visit ${position + 1}. ${paragraph}`)
          .join('\n\n')
          .slice(0, 5000)
      )
      for (const note of notes) expect(note.length).toBe(5000)

      // The page warms its checker up on the lexicon's examples while idle after loading.
      await page.waitForSelector('html[data-warm="true"]')
      const fresh = []
      for (const note of notes) {
        await page.fill('#draft', note)
        await settled(page)
        const timing = await page.evaluate(() => window.__peerlintTiming!.last!)
        expect(timing.chars).toBe(5000)
        expect(timing.findings).toBe(findings(lint(note)).length)
        expect(timing.findings).toBeGreaterThan(50)
        fresh.push(timing)
      }

      // Re-checks as the writer types at the end of the last note.
      const edits = []
      await page.locator('#draft').focus()
      for (const word of [' He', ' was', ' agitated', ' today', '.']) {
        await page.keyboard.press('Control+End')
        await page.keyboard.type(word, {delay: 0})
        await settled(page)
        edits.push(await page.evaluate(() => window.__peerlintTiming!.last!))
      }
      expect(edits.at(-1)!.findings).toBe(findings(lint(await draftValue(page))).length)
      expect(edits.at(-1)!.findings).toBe(fresh.at(-1)!.findings + 1)

      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
      const freshMedian = median(fresh.map((timing) => timing.ms))
      save('web-timing.json', {note: '5,000 characters of drifted fixture notes', freshChecks: fresh, freshMedianMs: freshMedian, editRechecks: edits})
      console.log(
        `peerlint page, 5,000-character notes: re-checks after an edit ${edits.map((e) => e.ms.toFixed(1)).join(', ')} ms; ` +
          `checks of a freshly pasted note ${fresh.map((f) => `${f.ms.toFixed(1)} (lint ${f.lintMs.toFixed(1)}, ${f.findings} findings)`).join(', ')} ms`
      )
      // The requirement: re-checking a 5,000-character note takes under 30 ms. One garbage collection
      // (or a busy CI machine running other test files) can land in any single check, so the median
      // of the re-checks is held to 30 ms, and every single one only to a generous guard.
      expect(median(edits.map((edit) => edit.ms)), 're-check after an edit in a 5,000-character note (median)').toBeLessThan(30)
      for (const edit of edits) expect(edit.ms, 'any single re-check after an edit').toBeLessThan(150)
      // A freshly pasted note has no paragraph checked before (typically 10–25 ms here); it is recorded in
      // web-timing.json and only guarded against pathological slowness.
      expect(freshMedian, 'check of a freshly pasted 5,000-character note (median of three)').toBeLessThan(150)
      expect(session.problems).toEqual([])
    } finally {
      await context.close()
    }
  }, slow)

  it('keeps settings, keeps no draft unless asked, and deletes a kept draft with a visible button', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}})
    try {
      const first = await open(pageUrl, {context})
      const {page} = first
      await page.locator('#draft').fill(park)
      await settled(page)
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])

      await page.locator('#settings summary').click()
      await page.getByRole('checkbox', {name: /Clinical jargon/}).uncheck()
      await settled(page)
      expect(await marks(page)).toEqual([['this writer', 'distancing-language']])
      expect((await legendCounts(page))['clinical-jargon']).toBe('off')
      await page.getByRole('radio', {name: 'Check them like the rest'}).check()

      await page.reload()
      await page.waitForSelector('html[data-ready="true"]')
      expect(await draftValue(page)).toBe('')
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['peerlint.settings.v1'])
      expect(await page.evaluate(() => localStorage.getItem('peerlint.settings.v1'))).not.toContain('park')
      await page.locator('#settings summary').click()
      expect(await page.getByRole('checkbox', {name: /Clinical jargon/}).isChecked()).toBe(false)
      expect(await page.getByRole('radio', {name: 'Check them like the rest'}).isChecked()).toBe(true)
      expect(await page.getByRole('radio', {name: 'US English'}).isChecked()).toBe(true)
      expect(await page.locator('#kept').isVisible()).toBe(false)

      // Spelling of suggestions follows the chosen locale.
      await page.locator('#draft').fill('I met the new intake at the clubhouse this morning.')
      await settled(page)
      await toggle(page, 'the new intake').click()
      expect(await page.locator('.finding.is-open .rewrite').first().textContent()).toBe('someone new to the program')
      await page.getByRole('radio', {name: 'British English'}).check()
      await settled(page)
      expect(await page.locator('.finding.is-open .rewrite').first().textContent()).toBe('someone new to the programme')

      await page.getByRole('checkbox', {name: 'Keep my draft on this device'}).check()
      await page.locator('#draft').fill('Met Sam at the library.')
      await settled(page)
      expect(await page.evaluate(() => localStorage.getItem('peerlint.draft.v1'))).toBe('Met Sam at the library.')
      await page.reload()
      await page.waitForSelector('html[data-ready="true"]')
      expect(await draftValue(page)).toBe('Met Sam at the library.')
      const forget = page.getByRole('button', {name: 'Delete saved draft'})
      expect(await forget.isVisible()).toBe(true)
      await forget.click()
      expect(await page.evaluate(() => localStorage.getItem('peerlint.draft.v1'))).toBeNull()
      expect(await page.$eval('#keep-draft', (box) => (box as HTMLInputElement).checked)).toBe(false)
      expect(await page.locator('#kept').isVisible()).toBe(false)
      expect(await draftValue(page)).toBe('Met Sam at the library.')
      await page.reload()
      await page.waitForSelector('html[data-ready="true"]')
      expect(await draftValue(page)).toBe('')
      expect(first.problems).toEqual([])
    } finally {
      await context.close()
    }
  }, slow)

  it('has a strict Content-Security-Policy that blocks any connection', async () => {
    const session = await open(pageUrl)
    const {page, context} = session
    try {
      const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')
      expect(policy).toContain("default-src 'none'")
      expect(policy).toContain("connect-src 'none'")
      expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+';/)
      expect(policy).not.toContain('unsafe')
      expect(await page.$$eval('script[src], link[rel="stylesheet"], link[rel="preload"], link[rel="modulepreload"], iframe, img[src^="http"]', (found) => found.length)).toBe(0)
      const attempt = await page.evaluate(async () => {
        try {
          await fetch('http://127.0.0.1:9/anything')
          return 'sent'
        } catch {
          return 'blocked'
        }
      })
      expect(attempt).toBe('blocked')
      expect(session.problems.join('\n')).toMatch(/Content Security Policy/)
      expectOnlyOwnRequests({...session, requests: session.requests.filter((url) => url !== 'http://127.0.0.1:9/anything')}, pageUrl)
    } finally {
      await context.close()
    }
  }, slow)
})

describe('layout, contrast and zoom', () => {
  const layouts = [
    {name: 'web-320.png', width: 320, height: 720, scale: 1},
    {name: 'web-zoom-200.png', width: 640, height: 450, scale: 2}
  ]
  it.each(layouts)('$name: fits without sideways scrolling, with the note and its highlights lined up', async ({name, width, height, scale}) => {
    const session = await open(pageUrl, {width, height, scale, offline: true})
    const {page, context} = session
    try {
      await page.getByRole('button', {name: 'Try an example'}).click()
      await settled(page)
      await toggle(page, 'agitated').click()
      const fit = await page.evaluate(() => ({scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth}))
      expect(fit.scroll).toBeLessThanOrEqual(fit.view)
      const boxes = await page.evaluate(() => {
        const mirror = document.querySelector<HTMLElement>('#mirror')!.getBoundingClientRect()
        const draft = document.querySelector<HTMLElement>('#draft')!.getBoundingClientRect()
        return {mirror: [mirror.left, mirror.top, mirror.width, mirror.height], draft: [draft.left, draft.top, draft.width, draft.height]}
      })
      expect(boxes.mirror).toEqual(boxes.draft)
      // Every button is at least 24 px tall, so it can be tapped.
      const small = await page.$$eval('button', (buttons) => buttons.filter((b) => b.getClientRects().length > 0 && b.getBoundingClientRect().height < 24).map((b) => b.textContent))
      expect(small).toEqual([])
      await page.screenshot({path: path.join(artifacts, name), fullPage: true})
      expect(session.problems).toEqual([])
    } finally {
      await context.close()
    }
  }, slow)

  it('meets WCAG AA contrast for its text, highlights and colour swatches', async () => {
    const session = await open(pageUrl)
    const {page, context} = session
    try {
      await page.getByRole('button', {name: 'Try an example'}).click()
      await settled(page)
      await toggle(page, 'agitated').click()
      await page.locator('#settings summary').click()
      const report = await page.evaluate(() => {
        const parse = (value: string): [number, number, number, number] => {
          const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0]
          return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1]
        }
        const luminance = ([r, g, b]: number[]) => {
          const channel = (c: number) => {
            const s = c / 255
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
          }
          return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
        }
        const ratio = (a: number[], b: number[]) => {
          const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
          return (light + 0.05) / (dark + 0.05)
        }
        const background = (element: Element | null): number[] => {
          for (let node = element; node; node = node.parentElement) {
            const color = parse(getComputedStyle(node).backgroundColor)
            if (color[3] > 0) return color
          }
          return [255, 255, 255, 1]
        }
        const failures: string[] = []
        let checked = 0
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement
          if (!parent || (node.textContent ?? '').trim() === '') continue
          if (parent.closest('#mirror, .visually-hidden, [hidden], .skip-link')) continue
          if (parent.getClientRects().length === 0) continue
          const style = getComputedStyle(parent)
          const size = parseFloat(style.fontSize)
          const bold = Number(style.fontWeight) >= 700
          const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5
          const value = ratio(parse(style.color), background(parent))
          checked++
          if (value < needed) failures.push(`${(node.textContent ?? '').trim().slice(0, 40)}: ${value.toFixed(2)} < ${needed}`)
        }
        const ink = parse(getComputedStyle(document.querySelector('#draft')!).color)
        for (const mark of Array.from(document.querySelectorAll<HTMLElement>('#mirror mark, .swatch'))) {
          const style = getComputedStyle(mark)
          const fill = parse(style.backgroundColor)
          if (mark.matches('mark')) {
            checked++
            const value = ratio(ink, fill)
            if (value < 4.5) failures.push(`note text on ${mark.dataset.category} highlight: ${value.toFixed(2)}`)
            const line = ratio(parse(style.textDecorationColor), fill)
            if (line < 3) failures.push(`underline on ${mark.dataset.category}: ${line.toFixed(2)}`)
          } else {
            checked++
            const edge = ratio(parse(style.borderTopColor), [255, 255, 255, 1])
            if (edge < 3) failures.push(`swatch edge ${mark.closest<HTMLElement>('[data-category]')?.dataset.category}: ${edge.toFixed(2)}`)
          }
        }
        return {failures, checked}
      })
      expect(report.checked).toBeGreaterThan(60)
      expect(report.failures).toEqual([])
    } finally {
      await context.close()
    }
  }, slow)
})


describe('the page, served by `peerlint serve`', () => {
  it('loads, checks the example and asks for nothing but its own page', async () => {
    const {child, url} = await startServeProcess()
    try {
      const session = await open(url)
      const {page, context} = session
      try {
        await page.getByRole('button', {name: 'Try an example'}).click()
        await settled(page)
        expect(await marks(page)).toEqual(engineView(park))
        expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("default-src 'none'")
        expectOnlyOwnRequests(session, url)
        expect(session.problems).toEqual([])
      } finally {
        await context.close()
      }
    } finally {
      const code = await new Promise<number | null>((resolve) => {
        child.once('exit', (exit) => resolve(exit))
        child.kill('SIGTERM')
      })
      expect(code).toBe(0)
    }
  }, slow)
})
