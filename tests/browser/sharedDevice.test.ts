/**
 * A shared device (a library PC, a family tablet, a kiosk): a visit to the site's bare
 * address opens the start, never the last person's step; the start offers to continue it,
 * with "Clear my answers" beside the offer, and every page's footer has that control too,
 * each a full-size target. Addresses with answers, reload, Back and Forward work as before.
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { violationsOn } from './support/axe'
import {
  address,
  expectHeading,
  headingWasReplaced,
  open,
  questionMeta,
  siteUrl,
  supportWindowJourney,
  text,
  untilMounted,
  visit,
  watchForReplacedHeading,
} from './support/site'

const outcome = address('en', supportWindowJourney)
const outcomeHeading = text('en', 'mynaportal.o.supportWindow')
const startHeading = text('en', 'mynaportal.q.topic.text')
/** The site's bare address: its base, with no language. */
const bare = '/'

const continueLink = (page: Page) => page.getByRole('link', { name: text('en', 'ui.resume.continue'), exact: true })
const clearIn = (page: Page, where: '.continue-choice' | '.site-footer') =>
  page.locator(where).getByRole('link', { name: text('en', 'ui.privacy.clear'), exact: true })
/** The address shown, as `open` and `visit` take it. */
const path = (page: Page) => page.url().slice(siteUrl.length)

/** Waits until the app is mounted and has drawn what appears once mounted, such as the offer. */
async function settled(page: Page) {
  await untilMounted(page)
  await page.evaluate(() => new Promise(requestAnimationFrame))
}

/** Answers from the start to the supportWindow outcome by its links, as a person does. */
async function answerToOutcome(page: Page) {
  for (const { question, answer } of supportWindowJourney) {
    const label = questionMeta(question).answers.find((option) => option.id === answer)!.label
    await page.getByRole('link', { name: text('en', label), exact: true }).click()
  }
  await expectHeading(page, outcomeHeading, 'supportWindow')
}

/** The smallest side of a control, in CSS px. */
async function smallerSide(control: ReturnType<typeof clearIn>) {
  const box = await control.boundingBox()
  if (!box) throw new Error('The control is not shown')
  return Math.min(box.width, box.height)
}

describe('a shared device, in Chromium at 360 px', () => {
  test('a bare visit shows the start with the offer to continue, which returns to the outcome; its address, reload and Back work as before', async () => {
    const { page, problems, close } = await open('/en/')
    try {
      await answerToOutcome(page)

      await visit(page, bare)
      await expectHeading(page, startHeading, 'start after a bare visit')
      expect(path(page)).toBe('/en/')
      await continueLink(page).waitFor()
      expect(await continueLink(page).getAttribute('href')).toBe(outcome)

      await continueLink(page).click()
      await expectHeading(page, outcomeHeading, 'supportWindow, continued')
      expect(path(page)).toBe(outcome)
      await page.reload()
      await expectHeading(page, outcomeHeading, 'supportWindow after reload')
      await page.goBack()
      await expectHeading(page, startHeading, 'start after Back')
      await continueLink(page).waitFor()
      await page.goForward()
      await expectHeading(page, outcomeHeading, 'supportWindow after Forward')

      await visit(page, outcome)
      await expectHeading(page, outcomeHeading, 'supportWindow by its address')
      expect(path(page)).toBe(outcome)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('the offer appears once the prerendered start has hydrated, without replacing it', async () => {
    const { page, problems, close } = await open(outcome, {}, watchForReplacedHeading)
    try {
      await expectHeading(page, outcomeHeading, 'supportWindow')
      // The prerendered heading shows before the app has started and kept the step.
      await untilMounted(page)
      await visit(page, '/en/')
      await untilMounted(page)
      await continueLink(page).waitFor()
      expect(await headingWasReplaced(page)).toBe(false)
      expect(await violationsOn(page, 'start with the offer to continue')).toEqual([])
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test.each([
    { where: '.continue-choice' as const, on: 'the start, beside the offer', from: bare },
    { where: '.site-footer' as const, on: 'the footer of an outcome', from: outcome },
  ])('"Clear my answers" in $on is a full-size target and forgets the step', async ({ where, from }) => {
    const { page, problems, close } = await open(outcome)
    try {
      await expectHeading(page, outcomeHeading, 'supportWindow')
      // The prerendered heading shows before the app has started and kept the step.
      await untilMounted(page)
      await visit(page, from)
      await settled(page)
      expect(await smallerSide(clearIn(page, where))).toBeGreaterThanOrEqual(44)
      expect(await smallerSide(clearIn(page, '.site-footer'))).toBeGreaterThanOrEqual(44)

      await clearIn(page, where).click()
      await expectHeading(page, startHeading, 'start after clearing')
      await page.getByRole('status').getByText(text('en', 'ui.notice.cleared')).waitFor()
      await expect(continueLink(page).count()).resolves.toBe(0)
      await visit(page, bare)
      await settled(page)
      await expect(continueLink(page).count(), 'nothing to continue after clearing').resolves.toBe(0)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})
