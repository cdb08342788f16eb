/**
 * The smoke set for a site built under a city's sub-path (`npm run build -- --base …`), served
 * as its hosts serve it, with nothing at the origin's root: a journey with Back, Change and
 * another language; a garbage link; offline; print in two languages; the review page; the
 * accessibility statement and report. Every page checks that each link, script, style and
 * request stays under the base (`open()` reports any request outside it), so an absolute `/`
 * anywhere fails here.
 */
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { pageWords } from '../../scripts/accessibility/page.mjs'
import { replay } from '../../src/engine/replay'
import { missingFrom, mustPrint, needPdftotext, pdfFile, printAndRead, qrCodeOn } from './support/paper'
import {
  address,
  expectHeading,
  flow,
  languageName,
  open,
  patience,
  patiently,
  questionMeta,
  siteBase,
  siteUrl,
  supportWindowJourney,
  text,
  untilMounted,
} from './support/site'

beforeAll(needPdftotext)

const outcome = replay(flow, supportWindowJourney).screen
if (outcome.kind !== 'outcome') throw new Error('The journey must end in an outcome')

test('the site is built for a sub-path, not the root', () => {
  expect(siteBase).not.toBe('/')
  expect(new URL(siteUrl).pathname).toBe(siteBase.replace(/\/$/, ''))
})

/** Every address of this site that the page names (links, scripts, styles, images, forms) that is not under the base. */
function outsideBase(page: Page) {
  return page.evaluate(
    ({ base, origin }) =>
      [...document.querySelectorAll<HTMLElement>('[href], [src], [action]')]
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '')
        .map((value) => new URL(value, location.href))
        .filter((url) => url.origin === origin && !url.pathname.startsWith(base))
        .map((url) => url.href),
    { base: siteBase, origin: new URL(siteUrl).origin },
  )
}

/** The path of the page, under the base. */
function pathOf(page: Page) {
  return new URL(page.url()).pathname
}

test('a journey from the bare base: every step, Back, Change, another language and reload stay under the base', async () => {
  const { page, problems, close } = await open('/')
  try {
    // Chromium here asks for English: a bare visit opens the start in it.
    await expectHeading(page, text('en', questionMeta('topic').text), 'start')
    expect(await outsideBase(page)).toEqual([])
    for (const { question, answer } of supportWindowJourney) {
      const meta = questionMeta(question)
      await expectHeading(page, text('en', meta.text), question)
      expect(await outsideBase(page), question).toEqual([])
      const label = meta.answers.find((option) => option.id === answer)!.label
      await page.getByRole('link', { name: text('en', label), exact: true }).click()
    }
    await expectHeading(page, text('en', outcome.title), outcome.id)
    expect(pathOf(page)).toBe(siteBase + address('en', supportWindowJourney).slice(1))
    expect(await outsideBase(page)).toEqual([])
    // The addresses shown to open the result elsewhere (on screen, and on paper) are the page's own, base included.
    await expect.poll(() => page.locator('.address-text').allTextContents(), patiently).toEqual(expect.arrayContaining([page.url()]))
    expect(new Set(await page.locator('.address-text').allTextContents())).toEqual(new Set([page.url()]))

    await page.goBack()
    const last = supportWindowJourney.at(-1)!.question
    await expectHeading(page, text('en', questionMeta(last).text), `Back to ${last}`)
    await page.goForward()
    await expectHeading(page, text('en', outcome.title), outcome.id)

    await page
      .getByRole('link', { name: text('en', 'ui.outcome.change') })
      .first()
      .click()
    await expectHeading(page, text('en', questionMeta(supportWindowJourney[0]!.question).text), 'Change')
    expect(pathOf(page).startsWith(siteBase)).toBe(true)
    await page.goBack()
    await expectHeading(page, text('en', outcome.title), outcome.id)

    await page.locator('.language-switcher summary').click()
    await page.getByRole('link', { name: languageName('ja'), exact: true }).click()
    await expectHeading(page, text('ja', outcome.title), `${outcome.id} in ja`)
    expect(pathOf(page)).toBe(siteBase + address('ja', supportWindowJourney).slice(1))
    expect(await outsideBase(page)).toEqual([])

    await page.reload()
    await expectHeading(page, text('ja', outcome.title), `${outcome.id} reloaded`)
    await untilMounted(page)
  } finally {
    await close()
  }
  expect(problems).toEqual([])
})

test('a garbage link under the base gets the empty shell, a notice and the nearest valid step, under the base', async () => {
  const step = supportWindowJourney.slice(0, 2)
  const { page, problems, close } = await open(`${address('ja', step)}%3Cscript%3Ealert(1)%3C%2Fscript%3E/`)
  try {
    await expectHeading(page, text('ja', questionMeta(supportWindowJourney[2]!.question).text), 'nearest valid step')
    await page.getByText(text('ja', 'ui.notice.rejected')).waitFor()
    expect(pathOf(page)).toBe(siteBase + address('ja', step).slice(1))
    expect(await outsideBase(page)).toEqual([])
    // What the host served: the shell, with its status.
    const served = await page.request.get(`${siteUrl}/no-such-language/`)
    expect(served.status()).toBe(404)
    expect(await served.text()).toContain('<div id="app"></div>')
  } finally {
    await close()
  }
  expect(problems).toEqual([])
})

test.each([
  { name: 'a step', path: '/ja/topic-login', heading: 'mynaportal.q.card.text' },
  { name: 'the accessibility report', path: '/accessibility/report', heading: undefined },
])('$name without its last slash opens at the address with it, its styles and links under the base', async ({ path, heading }) => {
  const { page, problems, close } = await open(path)
  try {
    expect(pathOf(page)).toBe(`${siteBase}${path.slice(1)}/`)
    if (heading) await expectHeading(page, text('ja', heading), path)
    expect(await outsideBase(page)).toEqual([])
  } finally {
    await close()
  }
  // A page whose styles resolved outside its folder would get the shell instead, which the browser refuses as a style sheet.
  expect(problems).toEqual([])
})

test('offline: the service worker is scoped to the base and opens a step never visited, and the accessibility statement', async () => {
  const { page, context, problems, close } = await open('/ja/', { serviceWorkers: 'allow' })
  try {
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: patience })
    const registration = await page.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((found) => ({ scope: found?.scope, script: found?.active?.scriptURL })),
    )
    expect(registration).toEqual({ scope: `${siteUrl}/`, script: `${siteUrl}/sw.js` })
    await context.setOffline(true)
    await page.goto(siteUrl + address('en', supportWindowJourney))
    await expectHeading(page, text('en', outcome.title), `${outcome.id} offline`)
    expect(pathOf(page)).toBe(siteBase + address('en', supportWindowJourney).slice(1))
    expect(await outsideBase(page)).toEqual([])
    // The accessibility statement is no step the app draws: the worker keeps it as it is.
    await page.goto(`${siteUrl}/accessibility/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('ja')
    expect(await page.locator('script').count()).toBe(0)
    await page.locator('h1').waitFor()
  } finally {
    await close()
  }
  // Going offline fails the requests then under way, as the browser says in the console.
  expect(problems.filter((problem) => !problem.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([])
})

test.each(['ja', 'en'])('printed in %s: everything it says, the address under the base, and a QR code that opens it', async (locale) => {
  const { page, problems, close } = await open(`/${locale}/`)
  try {
    await page.emulateMedia({ media: 'print' })
    const paper = await printAndRead(page, locale, `subpath-${outcome.id}`, supportWindowJourney)
    expect(missingFrom(paper, mustPrint(locale, supportWindowJourney)), `${locale}: missing on paper`).toEqual([])
    const decoded = await qrCodeOn(pdfFile(locale, `subpath-${outcome.id}`))
    expect(decoded).toBe(siteUrl + address(locale, supportWindowJourney))
    await page.emulateMedia({ media: 'screen' })
    await page.goto(decoded!)
    await expectHeading(page, text(locale, outcome.title), `${outcome.id} from the QR code`)
  } finally {
    await close()
  }
  expect(problems).toEqual([])
})

test('the review page works under the base and its links into the guide stay there', async () => {
  const { page, problems, close } = await open('/review/', { viewport: { width: 1280, height: 900 } })
  try {
    const link = page.locator(`a[href="${siteBase}${address('ja', supportWindowJourney).slice(1)}"]`)
    await link.first().waitFor()
    expect(await outsideBase(page)).toEqual([])
  } finally {
    await close()
  }
  expect(problems).toEqual([])
})

test('the footer leads to the accessibility statement under the base, and from it the report, English and the guide stay there', async () => {
  const { page, problems, close } = await open('/ja/')
  try {
    await page
      .locator('footer')
      .getByRole('link', { name: text('ja', 'ui.accessibility'), exact: true })
      .click()
    await page.waitForURL(`${siteUrl}/accessibility/`, { timeout: patience })
    expect(await outsideBase(page)).toEqual([])
    await page.getByRole('link', { name: pageWords.ja.report, exact: true }).click()
    await page.waitForURL(`${siteUrl}/accessibility/report/`, { timeout: patience })
    expect(await outsideBase(page)).toEqual([])
    await page.getByRole('link', { name: pageWords.ja.other.name, exact: true }).click()
    await page.waitForURL(`${siteUrl}/accessibility/report/en/`, { timeout: patience })
    expect(await outsideBase(page)).toEqual([])
    await page.getByRole('link', { name: pageWords.en.back, exact: true }).click()
    await expectHeading(page, text('en', questionMeta('topic').text), 'the guide from the English report')
    expect(pathOf(page)).toBe(`${siteBase}en/`)
    expect(problems).toEqual([])
  } finally {
    await close()
  }
})
