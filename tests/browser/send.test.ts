/**
 * "Send this guidance" on an outcome: the browser's share sheet (Web Share API) gets the
 * outcome's headline and the full address of the answers; without one, the address is
 * copied to the clipboard and a polite live region says so; if copying fails too, the
 * address is shown selected. In every language the button and its messages pass axe;
 * it is not on paper, not in the page without JavaScript, and asks nothing of another origin.
 */
import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { languages } from '../../locales/languages'
import { everyJourney, type OutcomeScreen } from '../../src/engine/replay'
import type { Answer } from '../../src/engine/types'
import { loadAxe, violationsOn } from './support/axe'
import { address, expectHeading, flow, locales, open, patiently, siteUrl, text } from './support/site'

declare global {
  interface Window {
    /** What the page handed the stubbed share sheet, in order. */
    shared?: ShareData[]
    /** What the page wrote to the stubbed clipboard, in order. */
    copied?: string[]
  }
}

interface Case {
  locale: string
  screen: OutcomeScreen
  answers: Answer[]
}

/** Every outcome once, those with a headline of their own (not the outcome's title) first. */
const outcomes: Omit<Case, 'locale'>[] = []
for (const { answered, screen } of everyJourney(flow)) {
  if (screen.kind !== 'outcome' || outcomes.some((known) => known.screen.id === screen.id)) continue
  outcomes.push({ screen, answers: answered.map(({ question, answer }) => ({ question, answer })) })
}
const hasHeadline = ({ screen }: Omit<Case, 'locale'>) => Number(screen.title !== screen.meta.title)
outcomes.sort((a, b) => hasHeadline(b) - hasHeadline(a))

/** A different outcome in each language. */
const cases: Case[] = languages.map(({ code }, index) => ({ locale: code, ...outcomes[index % outcomes.length]! }))

/** The browser has a share sheet, which here records what it is given and then shares, or is closed (AbortError), or refuses. */
function withShareSheet(ending: 'shared' | 'closed' | 'refused') {
  return (page: Page) =>
    page.addInitScript((ending) => {
      window.shared = []
      window.copied = []
      Navigator.prototype.share = async function (data) {
        window.shared!.push({ ...data })
        if (ending === 'closed') throw new DOMException('Share canceled', 'AbortError')
        if (ending === 'refused') throw new DOMException('Permission denied', 'NotAllowedError')
      }
      Clipboard.prototype.writeText = async function (copied) {
        window.copied!.push(copied)
      }
    }, ending)
}

/** The browser has no share sheet (as Chromium on Linux); its clipboard works, or refuses every write. */
function withoutShareSheet(clipboard: 'works' | 'refuses') {
  return (page: Page) =>
    page.addInitScript((clipboard) => {
      Reflect.deleteProperty(Navigator.prototype, 'share')
      Reflect.deleteProperty(Navigator.prototype, 'canShare')
      if (clipboard === 'refuses') {
        Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied', 'NotAllowedError'))
      }
    }, clipboard)
}

async function openOutcome({ locale, screen, answers }: Case, stub: (page: Page) => Promise<unknown>, options = {}) {
  const opened = await open(address(locale, answers), { permissions: ['clipboard-read', 'clipboard-write'], ...options }, stub)
  await expectHeading(opened.page, text(locale, screen.title), `${locale} ${screen.id}`)
  const section = opened.page.getByRole('region', { name: text(locale, 'ui.outcome.otherDevice'), exact: true })
  return {
    ...opened,
    button: opened.page.getByRole('button', { name: text(locale, 'ui.outcome.send'), exact: true }),
    status: section.getByRole('status'),
    field: section.getByRole('textbox', { name: text(locale, 'ui.outcome.pageAddress'), exact: true }),
    /** The full address of the outcome: the page's origin and path, no reopened question. */
    url: siteUrl + address(locale, answers),
  }
}

/** Lets the page finish what a press started: a rejected share settles within a frame. */
function settled(page: Page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

/** What a screen reader reads in an element, furigana readings left out. */
async function readAloud(element: Locator) {
  return (await element.ariaSnapshot()).replace(/\s+/g, ' ')
}

describe('with a share sheet', () => {
  test.each(cases)('$locale, $screen.id: the sheet gets the headline and the full address, once', async (outcome) => {
    const { page, button, status, url, problems, close } = await openOutcome(outcome, withShareSheet('shared'))
    try {
      expect(page.url()).toBe(url)
      await button.click()
      await expect.poll(() => page.evaluate(() => window.shared?.length), patiently).toBe(1)
      await settled(page)
      expect(await page.evaluate(() => window.shared)).toEqual([{ title: text(outcome.locale, outcome.screen.title), url }])
      expect(await page.evaluate(() => window.copied)).toEqual([])
      expect(await status.textContent()).toBe('')
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('closing the sheet is not an error: no message, nothing copied', async () => {
    const { page, button, status, field, problems, close } = await openOutcome(cases[0]!, withShareSheet('closed'))
    try {
      await button.click()
      await expect.poll(() => page.evaluate(() => window.shared?.length), patiently).toBe(1)
      await settled(page)
      expect(await status.textContent()).toBe('')
      expect(await field.count()).toBe(0)
      expect(await page.evaluate(() => window.copied)).toEqual([])
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('a sheet that will not open: the address is copied instead', async () => {
    const outcome = cases[0]!
    const { page, button, status, url, problems, close } = await openOutcome(outcome, withShareSheet('refused'))
    try {
      await button.click()
      await expect.poll(() => readAloud(status), patiently).toContain(text(outcome.locale, 'ui.outcome.sendCopied'))
      expect(await page.evaluate(() => window.copied)).toEqual([url])
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})

describe('without a share sheet', () => {
  test.each(cases)('$locale, $screen.id: copies the address, says so in a live region, and passes axe', async (outcome) => {
    const { page, button, status, url, problems, close } = await openOutcome(outcome, withoutShareSheet('works'))
    try {
      await loadAxe(page)
      await button.waitFor()
      const violations = await violationsOn(page, `${outcome.locale} ${outcome.screen.id} with the send button`, true)
      // The live region is in the page, empty, before anything is said in it.
      expect(await status.getAttribute('aria-live')).toBe('polite')
      expect(await status.textContent()).toBe('')

      await button.click()
      await expect.poll(() => readAloud(status), patiently).toContain(text(outcome.locale, 'ui.outcome.sendCopied'))
      expect(await status.isVisible()).toBe(true)
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
      violations.push(...(await violationsOn(page, `${outcome.locale} ${outcome.screen.id} with the confirmation`, true)))
      expect(violations).toEqual([])
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test.each(locales)('%s: if copying fails, says so and shows the address selected, to copy by hand', async (locale) => {
    const outcome = cases.find((candidate) => candidate.locale === locale)!
    const { page, button, status, field, url, problems, close } = await openOutcome(outcome, withoutShareSheet('refuses'))
    try {
      await loadAxe(page)
      await button.click()
      await expect.poll(() => readAloud(status), patiently).toContain(text(locale, 'ui.outcome.sendFailed'))
      expect(await field.inputValue()).toBe(url)
      const selection = await field.evaluate((input: HTMLInputElement) => ({
        focused: document.activeElement === input,
        selected: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
      }))
      expect(selection).toEqual({ focused: true, selected: url })
      expect(await violationsOn(page, `${locale} ${outcome.screen.id} with the address to copy`, true)).toEqual([])
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})

describe('where it is not', () => {
  test('on paper: the button is not printed', async () => {
    const { page, button, problems, close } = await openOutcome(cases[0]!, withShareSheet('shared'))
    try {
      await button.waitFor()
      expect(await button.isVisible()).toBe(true)
      await page.emulateMedia({ media: 'print' })
      await expect.poll(() => button.isVisible(), patiently).toBe(false)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('when its chunk will not download: no button, and the outcome stays, with its address', async () => {
    const outcome = cases[0]!
    let refused = 0
    const { page, button, problems, close } = await openOutcome(outcome, (page) =>
      page.route(/\/assets\/SendResult-[\w-]{8}\.js$/, async (route) => {
        await route.abort()
        refused++
      }),
    )
    try {
      await expect.poll(() => refused, patiently).toBe(1)
      const section = page.getByRole('region', { name: text(outcome.locale, 'ui.outcome.otherDevice'), exact: true })
      await expect.poll(() => section.textContent(), patiently).toContain(siteUrl + address(outcome.locale, outcome.answers))
      await settled(page)
      await expectHeading(page, text(outcome.locale, outcome.screen.title), outcome.screen.id)
      expect(await button.count()).toBe(0)
      expect(problems.filter((problem) => !problem.includes('net::ERR_FAILED'))).toEqual([])
    } finally {
      await close()
    }
  })

  test('in the page without JavaScript: no button that could not work', async () => {
    const outcome = cases[0]!
    const { page, problems, close } = await open(address(outcome.locale, outcome.answers), { javaScriptEnabled: false })
    try {
      await expectHeading(page, text(outcome.locale, outcome.screen.title), outcome.screen.id)
      expect(await page.getByRole('button', { name: text(outcome.locale, 'ui.outcome.send'), exact: true }).count()).toBe(0)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})
