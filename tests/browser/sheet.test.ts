/**
 * The outcome's touches in a real browser: the free dial's open-now line on a device in
 * another time zone with a fixed clock, and the checklist ticked by touch and kept
 * across a reload.
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { address, sharedBrowser, siteUrl, supportWindowJourney, text, untilMounted } from './support/site'

const freeDialSystem = '/en/topic-help/helpkind-system/'
const supportWindow = address('en', supportWindowJourney)

async function pageAt(moment: string, timezoneId: string, path: string) {
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 360, height: 800 }, timezoneId, locale: 'en-US' })
  context.setDefaultTimeout(15_000)
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
  test('in New York on the evening of 29 December, Japan is already in its New Year closure', async () => {
    // 18:00 on 29 December in New York is 08:00 on 30 December in Japan.
    const { page, close } = await pageAt('2026-12-29T18:00-05:00', 'America/New_York', freeDialSystem)
    try {
      await expect.poll(() => openNowLine(page)).toBe(`${text('en', 'ui.contact.closedNow')}\nOpens Monday, January 4 at 9:30`)
    } finally {
      await close()
    }
  })

  test('at 9:30 on 4 January in Japan it is open, whatever the device says', async () => {
    const { page, close } = await pageAt('2027-01-04T09:30+09:00', 'Europe/London', freeDialSystem)
    try {
      await expect.poll(() => openNowLine(page)).toBe('Open now, until 20:00')
    } finally {
      await close()
    }
  })
})

describe('the checklist', () => {
  test('tapping an item’s words ticks it, and the tick survives a reload', async () => {
    const { page, close } = await pageAt('2026-11-27T10:00+09:00', 'Asia/Tokyo', supportWindow)
    try {
      const card = page.getByRole('checkbox', { name: text('en', 'mynaportal.needs.card') })
      await page.getByText(text('en', 'mynaportal.needs.card'), { exact: true }).click()
      await expect.poll(() => card.isChecked()).toBe(true)
      // A tick is stored by the app: one made on the prerendered page is handed to it as it hydrates.
      await untilMounted(page)
      await page.reload()
      await page.locator('h1').waitFor()
      await expect.poll(() => card.isChecked()).toBe(true)
      expect(await page.getByRole('checkbox', { name: text('en', 'mynaportal.needs.pin') }).isChecked()).toBe(false)
    } finally {
      await close()
    }
  })
})
