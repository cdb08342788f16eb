/**
 * The outcome's touches in a real browser: the free dial's open-now line on a device in
 * another time zone with a fixed clock, the same as in Japan, and the checklist ticked by
 * touch and kept across a reload. (What the line says at which moment: tests/content/ and
 * tests/outcome.test.ts.)
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { address, flow, patience, patiently, sharedBrowser, siteUrl, supportWindowJourney, text, untilMounted } from './support/site'

const freeDialSystem = '/en/topic-help/helpkind-system/'
const supportWindow = address('en', supportWindowJourney)

async function pageAt(moment: string, timezoneId: string, path: string) {
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 360, height: 800 }, timezoneId, locale: 'en-US' })
  context.setDefaultTimeout(patience)
  context.setDefaultNavigationTimeout(patience)
  const page = await context.newPage()
  await page.clock.setFixedTime(new Date(moment))
  await page.goto(siteUrl + path)
  await page.locator('h1').waitFor()
  return { page, close: () => context.close() }
}

/** The free dial's open-now line, once the card is scrolled into view (the page hydrates it then). */
async function openNowLine(page: Page) {
  await page.locator('.contact').last().scrollIntoViewIfNeeded()
  return page.locator('.open-now').innerText()
}

describe('the free dial, open now', () => {
  /** The open-now line on a device in a time zone at a moment, once the card is drawn. */
  async function lineOn(timezoneId: string, moment: string) {
    const { page, close } = await pageAt(moment, timezoneId, freeDialSystem)
    try {
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId)
      await expect.poll(() => openNowLine(page), patiently).not.toBe('')
      return await openNowLine(page)
    } finally {
      await close()
    }
  }

  // Moments where the device's own calendar and clock would give another answer than Japan's.
  test.each([
    // 10:00 on a Saturday in Japan is 20:00 on the Friday in New York.
    ['America/New_York', '2026-11-28T10:00+09:00'],
    // 9:30 on 4 January in Japan is 0:30 in London.
    ['Europe/London', '2027-01-04T09:30+09:00'],
  ])('on a device in %s at %s it reads as on a device in Japan', async (zone, moment) => {
    const inJapan = await lineOn(flow.timeZone, moment)
    expect(await lineOn(zone, moment)).toBe(inJapan)
  })
})

describe('the checklist', () => {
  test('tapping an item’s words ticks it, and the tick survives a reload', async () => {
    const { page, close } = await pageAt('2026-11-27T10:00+09:00', 'Asia/Tokyo', supportWindow)
    try {
      const card = page.getByRole('checkbox', { name: text('en', 'mynaportal.needs.card') })
      await page.getByText(text('en', 'mynaportal.needs.card'), { exact: true }).click()
      await expect.poll(() => card.isChecked(), patiently).toBe(true)
      // A tick is stored by the app: one made on the prerendered page is handed to it as it hydrates.
      await untilMounted(page)
      await page.reload()
      await page.locator('h1').waitFor()
      await expect.poll(() => card.isChecked(), patiently).toBe(true)
      expect(await page.getByRole('checkbox', { name: text('en', 'mynaportal.needs.pin') }).isChecked()).toBe(false)
    } finally {
      await close()
    }
  })
})
