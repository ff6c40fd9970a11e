// The drift report in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// it renders, logs no console errors, requests nothing but itself, fits the page, and a screenshot is
// saved under test-artifacts/ to look at.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {peerlint, root} from './helpers.js'

let work: string
let browser: Browser
const artifacts = path.join(root, 'test-artifacts')

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-scan-browser-'))
  fs.mkdirSync(artifacts, {recursive: true})
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  fs.rmSync(work, {recursive: true, force: true})
})

describe('report.html in Chromium', () => {
  it('renders the fixture export with the drifting writer rising, offline and without errors', async () => {
    const report = path.join(work, 'r.html')
    const result = peerlint(['scan', 'fixtures/exports/notes.csv', '--text', 'note', '--author', 'staff', '--date', 'date', '--report', report, '--summary', path.join(work, 's.csv')])
    expect(result.code).toBe(4) // the fixture has malformed rows on purpose
    const summary = fs.readFileSync(path.join(work, 's.csv'), 'utf8').split('\r\n')
    const samRate = (month: string) => Number(summary.find((row) => row.startsWith(`author,Sam K.,${month},all,`))?.split(',')[7])
    expect(samRate('2024-10') + samRate('2024-11') + samRate('2024-12')).toBeGreaterThan(2.5 * (samRate('2024-01') + samRate('2024-02') + samRate('2024-03')))

    const page = await browser.newPage({viewport: {width: 1100, height: 900}})
    const problems: string[] = []
    const requests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('request', (request) => requests.push(request.url()))
    const url = pathToFileURL(report).href
    await page.goto(url, {waitUntil: 'load'})

    expect(problems).toEqual([])
    expect(requests).toEqual([url])
    expect(await page.title()).toBe('Language in peer support notes: 1 January 2024 to 27 December 2024')
    expect(await page.locator('h2').allTextContents()).toEqual(['Over time', 'By writer', 'Kinds of language', 'Phrases that came up most', 'Rows that could not be read', 'About this report'])
    expect(await page.locator('.note').first().textContent()).toMatch(/^Worth a conversation: Sam K\. Their notes went from [\d.]+ phrases per 1,000 words \(Jan 2024 – Mar 2024\) to [\d.]+ \(Oct 2024 – Dec 2024\)/)
    expect(await page.locator('td.rising').count()).toBe(1)
    // Sam's line in the main chart rises: its last points sit higher (smaller y) than its first.
    const points = await page.locator('.chart svg polyline[stroke="#56B4E9"]').first().getAttribute('points')
    const ys = (points ?? '').split(' ').map((point) => Number(point.split(',')[1]))
    expect(ys.length).toBeGreaterThan(6)
    expect(ys.slice(-3).reduce((a, b) => a + b) / 3).toBeLessThan(ys.slice(0, 3).reduce((a, b) => a + b) / 3 - 50)
    // Nothing wider than the page, on screen or in print.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1100)
    await page.screenshot({path: path.join(artifacts, 'scan-report.png'), fullPage: true})
    await page.screenshot({path: path.join(artifacts, 'scan-report-top.png')})
    await page.emulateMedia({media: 'print'})
    const pdf = await page.pdf({format: 'A4'})
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(fs.statSync(path.join(artifacts, 'scan-report.png')).size).toBeGreaterThan(50_000)
    await page.close()
  }, 60_000)
})
