/**
 * Every printed sheet: each path to an outcome, in every language, laid out as print media
 * at the printable width of the sheet's own @page rule, and checked as a reader holding it
 * would: one A4 page, no text under 11 pt (9 pt for the Japanese beside a translation), no
 * text covered by other text or by the QR code, nothing cut off at the edges, and the steps
 * one under another in one column. The longest sheet of each language is also printed to a
 * real PDF, which must agree: one page, its last line near where the layout put it (a page
 * Chromium had to shrink to fit would end far higher up).
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, describe, expect, test } from 'vitest'
import { languages } from '../../locales/languages'
import { replay } from '../../src/engine/replay'
import { pathsToOutcomes } from '../support/paths'
import { address, expectHeading, flow, open, showInApp, text, untilRequestsSettled } from './support/site'

const run = promisify(execFile)
const pdfDir = 'test-results/pdf'
mkdirSync(pdfDir, { recursive: true })

const paths = pathsToOutcomes(flow)
const longest: string[] = []

afterAll(() => {
  console.log(
    `sheets: ${paths.length} paths × ${languages.length} languages laid out for print; the longest per language:\n${longest.join('\n')}`,
  )
})

/** The printable area of an A4 sheet, in CSS pixels, from the margins of the page's own @page rule. */
function printableArea() {
  const mm = 96 / 25.4
  const margins = { top: 0, right: 0, bottom: 0, left: 0 }
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSPageRule)) continue
      for (const side of ['top', 'right', 'bottom', 'left'] as const) {
        const value = rule.style.getPropertyValue(`margin-${side}`)
        if (value && !value.endsWith('mm')) throw new Error(`@page margin-${side} is ${value}: the check reads millimetres`)
        if (value) margins[side] = parseFloat(value)
      }
    }
  }
  return { width: (210 - margins.left - margins.right) * mm, height: (297 - margins.top - margins.bottom) * mm, top: margins.top }
}

type Area = ReturnType<typeof printableArea>

/** How far down the first page of a PDF its lowest ink is, in mm from the sheet's top edge. */
async function lowestInk(file: string): Promise<number> {
  const image = file.replace(/\.pdf$/, '-ink')
  await run('pdftoppm', ['-png', '-gray', '-r', '96', '-f', '1', '-l', '1', '-singlefile', file, image])
  const png = PNG.sync.read(readFileSync(`${image}.png`))
  for (let y = png.height - 1; y >= 0; y--) {
    for (let x = 0; x < png.width; x++) if (png.data[(y * png.width + x) * 4]! < 160) return ((y + 1) / png.height) * 297
  }
  return 0
}

interface Sheet {
  /** How tall the sheet's content is, how much of the page is left below it, and where its last text ends, in mm. */
  heightMm: number
  roomMm: number
  inkMm: number
  problems: string[]
}

/** Measures the sheet on screen under print media; runs in the page, so it stands alone. */
function measureSheet(page: Area): Sheet {
  const px = 25.4 / 96
  const points = (size: number) => (size * 96) / 72 - 0.01
  const problems: string[] = []
  const snippet = (value: string) => value.replace(/\s+/g, ' ').trim().slice(0, 40)
  type Box = { rect: DOMRect; owner: Element; what: string }
  const boxes: Box[] = []

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement
    // Furigana are readings above full-size text; visually hidden text is for screen readers, not paper.
    if (!node.textContent?.trim() || !owner || owner.closest('rt, rp, .visually-hidden') || !owner.checkVisibility()) continue
    const size = parseFloat(getComputedStyle(owner).fontSize)
    const floor = owner.closest('.source-beside') ? 9 : 11
    if (size < points(floor)) problems.push(`"${snippet(node.textContent)}" is ${((size * 72) / 96).toFixed(1)} pt, under ${floor} pt`)
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const rect of range.getClientRects()) {
      if (rect.width > 0.5 && rect.height > 0.5) boxes.push({ rect, owner, what: `"${snippet(node.textContent)}"` })
    }
  }
  // A printed link writes its address after it (::after), which is no text node of its own.
  for (const link of document.querySelectorAll('a[href^="http"]')) {
    if (!link.checkVisibility()) continue
    for (const rect of link.getClientRects()) boxes.push({ rect, owner: link, what: `the address ${link.getAttribute('href')}` })
  }
  const qr = document.querySelector('svg.qr-code')
  if (!qr) problems.push('no QR code')
  else boxes.push({ rect: qr.getBoundingClientRect(), owner: qr, what: 'the QR code' })

  for (const { rect, what } of boxes) {
    if (rect.left < -0.5 || rect.right > page.width + 0.5)
      problems.push(`${what} is cut off at the side (${rect.left.toFixed(0)}-${rect.right.toFixed(0)} px of ${page.width.toFixed(0)})`)
  }
  // Lines of text may touch (a glyph's box is taller than the line): covered means half a line or more.
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      if (a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
      if (width > 1 && height > 0.5 * Math.min(a.rect.height, b.rect.height)) problems.push(`${a.what} and ${b.what} overlap`)
    }
  }
  const steps = [...document.querySelectorAll('.steps > li')].map((step) => step.getBoundingClientRect())
  steps.slice(1).forEach((step, index) => {
    const before = steps[index]!
    if (step.top < before.bottom - 0.5 || Math.abs(step.left - before.left) > 1)
      problems.push(`step ${index + 2} is not under step ${index + 1} in the same column`)
  })
  // The viewport is shorter than any sheet, so the document's height is its content's.
  const height = document.documentElement.scrollHeight
  if (height > page.height + 0.5) problems.push(`runs ${((height - page.height) * px).toFixed(1)} mm past one A4 page`)
  if (document.documentElement.scrollWidth > page.width + 0.5) problems.push('is wider than the page')
  const ink = Math.max(...boxes.map(({ rect }) => rect.bottom))
  return { heightMm: height * px, roomMm: (page.height - height) * px, inkMm: page.top + ink * px, problems }
}

async function sheetAt(page: Page, locale: string, answers: (typeof paths)[number]['answers'], area: Area) {
  const screen = replay(flow, answers).screen
  await showInApp(page, address(locale, answers))
  await expectHeading(page, text(locale, screen.kind === 'outcome' ? screen.title : ''), address(locale, answers))
  // Print media draws the QR code once its encoder has loaded.
  await page.locator('svg.qr-code path').waitFor({ state: 'attached' })
  // A language's font may still be arriving; measured before it, lines take the fallback's size.
  await page.evaluate(() => document.fonts.ready)
  // And what the sheet waits for (a chunk, the holiday calendar for the opening hours).
  await untilRequestsSettled(page)
  return page.evaluate(measureSheet, area)
}

describe.each(languages.map((language) => language.code))('in %s', (locale) => {
  test('every path prints on one A4 page: nothing under 11 pt, covered or cut off, the steps in order', async () => {
    const { page, close } = await open(`/${locale}/`)
    try {
      await page.emulateMedia({ media: 'print' })
      const area = await page.evaluate(printableArea)
      await page.setViewportSize({ width: Math.floor(area.width), height: 200 })
      const problems: string[] = []
      let tallest = { path: '', sheet: { heightMm: 0, roomMm: 0, inkMm: 0, problems: [] } as Sheet }
      for (const { answers } of paths) {
        const sheet = await sheetAt(page, locale, answers, area)
        const path = address(locale, answers)
        problems.push(...sheet.problems.map((problem) => `${path}: ${problem}`))
        if (sheet.heightMm > tallest.sheet.heightMm) tallest = { path, sheet }
      }
      expect(problems).toEqual([])

      // The real PDF of the tallest sheet agrees with the layout.
      const file = `${pdfDir}/longest-${locale}.pdf`
      await showInApp(page, tallest.path)
      await page.locator('svg.qr-code path').waitFor({ state: 'attached' })
      await untilRequestsSettled(page)
      await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true })
      const pages = Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [file])).stdout)?.[1])
      const ink = await lowestInk(file)
      longest.push(
        `  ${locale}: ${tallest.path} ${tallest.sheet.roomMm.toFixed(1)} mm left; ` +
          `its PDF: ${pages} page, last line at ${ink.toFixed(1)} mm (layout: ${tallest.sheet.inkMm.toFixed(1)} mm)`,
      )
      expect(pages, `${tallest.path}: PDF pages`).toBe(1)
      // Paper may balance the columns a little differently; a sheet Chromium shrank to fit would end a quarter higher.
      expect(ink, `${tallest.path}: last line in the PDF, mm`).toBeLessThanOrEqual(tallest.sheet.inkMm + 2)
      expect(ink, `${tallest.path}: last line in the PDF, mm`).toBeGreaterThan(tallest.sheet.inkMm - 8)
    } finally {
      await close()
    }
  })
})
