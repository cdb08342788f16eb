/**
 * Moving around as people do: the browser's Back and Forward, reload, a link copied into
 * another browser, switching language mid-way, and Change on an earlier answer.
 */
import { describe, expect, test } from 'vitest'
import { expectHeading, languageName, open, say, siteUrl, text, untilMounted } from './support/site'

const q = (key: string) => text('en', `mynaportal.q.${key}`)
/** The name of the link that reopens a question, in English. */
const changeTo = (key: string) => say('en', 'ui.outcome.changeQuestion', { question: q(key) })

describe('navigation in Chromium', () => {
  test("the browser's Back and Forward move between steps, and reload keeps the step", async () => {
    const { page, problems, close } = await open('/en/')
    try {
      await page.getByRole('link', { name: q('topic.login'), exact: true }).click()
      await page.getByRole('link', { name: text('en', 'common.yes'), exact: true }).click()
      await expectHeading(page, q('certificate.text'), 'certificate')
      await page.goBack()
      await expectHeading(page, q('card.text'), 'card after Back')
      await page.goBack()
      await expectHeading(page, q('topic.text'), 'start after Back')
      await page.goForward()
      await expectHeading(page, q('card.text'), 'card after Forward')
      await page.goForward()
      await expectHeading(page, q('certificate.text'), 'certificate after Forward')
      await page.reload()
      await expectHeading(page, q('certificate.text'), 'certificate after reload')
      expect(new URL(page.url()).pathname).toBe('/en/topic-login/card-yes/')
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('a copied link opens the same step, with the same answers, in a fresh browser', async () => {
    const first = await open('/ja/')
    let link: string
    try {
      await first.page.getByRole('link', { name: text('ja', 'mynaportal.q.topic.help'), exact: true }).click()
      await first.page.getByRole('link', { name: text('ja', 'mynaportal.q.helpkind.system'), exact: true }).click()
      await expectHeading(first.page, text('ja', 'mynaportal.o.freeDialSystem'), 'freeDialSystem')
      link = first.page.url()
    } finally {
      await first.close()
    }
    const second = await open(link.slice(siteUrl.length))
    try {
      await expectHeading(second.page, text('ja', 'mynaportal.o.freeDialSystem'), 'freeDialSystem from a copied link')
      await expect(second.page.locator('.answer-summary').innerText()).resolves.toContain(text('ja', 'mynaportal.q.helpkind.system'))
    } finally {
      await second.close()
    }
  })

  test('switching language mid-journey keeps the step, and Back still works', async () => {
    const { page, close } = await open('/ja/topic-login/card-yes/')
    try {
      await page.locator('.language-switcher summary').click()
      await page.getByRole('link', { name: languageName('en'), exact: true }).click()
      await expectHeading(page, q('certificate.text'), 'certificate in English')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
      await page.getByRole('link', { name: 'Back', exact: true }).click()
      await expectHeading(page, q('card.text'), 'card in English after Back')
    } finally {
      await close()
    }
  })

  test('a link in another case and a switch of language add no step to history', async () => {
    const { page, problems, close } = await open('/EN/topic-login/')
    const path = () => new URL(page.url()).pathname
    // A new tab's history holds its blank page too: steps are counted from the link's entry.
    const opened = await page.evaluate(() => history.length)
    const steps = async () => (await page.evaluate(() => history.length)) - opened + 1
    try {
      await untilMounted(page)
      await expectHeading(page, q('card.text'), 'card in English')
      expect(path()).toBe('/en/topic-login/')
      expect(await steps()).toBe(1)
      await page.locator('.language-switcher summary').click()
      await page.getByRole('link', { name: languageName('ja'), exact: true }).click()
      await expectHeading(page, text('ja', 'mynaportal.q.card.text'), 'card in Japanese')
      expect(path()).toBe('/ja/topic-login/')
      expect(await steps()).toBe(1)
      await page.getByRole('link', { name: text('ja', 'common.yes'), exact: true }).click()
      await expectHeading(page, text('ja', 'mynaportal.q.certificate.text'), 'certificate in Japanese')
      expect(await steps()).toBe(2)
      await page.goBack()
      await expectHeading(page, text('ja', 'mynaportal.q.card.text'), 'card in Japanese after Back')
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('Change keeps later answers that still apply and drops those that do not, with a notice', async () => {
    const { page, close } = await open('/en/topic-login/card-yes/certificate-unknown/pc-yes/reader-no/phonereader-unknown/')
    try {
      await expectHeading(page, text('en', 'mynaportal.o.checkList'), 'checkList')
      // A deciding answer: "why this result" and "your answers" both offer its Change.
      await page
        .getByRole('link', { name: changeTo('certificate.text'), exact: true })
        .first()
        .click()
      await expectHeading(page, q('certificate.text'), 'certificate reopened')
      await page.getByRole('link', { name: text('en', 'common.yes'), exact: true }).click()
      await expectHeading(page, text('en', 'mynaportal.o.checkList'), 'checkList after changing the certificate')
      await expect(page.locator('main').innerText()).resolves.not.toContain(text('en', 'mynaportal.contact.wardOffice.name'))

      const changePc = page.getByRole('link', { name: changeTo('pc.text'), exact: true })
      await expect(changePc.count()).resolves.toBe(2)
      await page
        .getByRole('region', { name: text('en', 'ui.outcome.answers') })
        .getByRole('link', { name: changeTo('pc.text'), exact: true })
        .click()
      await page.getByRole('link', { name: text('en', 'common.no'), exact: true }).click()
      await expectHeading(page, text('en', 'mynaportal.o.supportWindow'), 'supportWindow after changing the PC answer')
      // Two later answers (the reader and the smartphone) no longer fit: the message's plural form.
      const dropped = say('en', 'ui.notice.changeDropped', { count: 2 })
      await expect(page.getByRole('status').first().innerText()).resolves.toContain(dropped)
    } finally {
      await close()
    }
  })

  test('the QR code for another device is drawn as its section scrolls into view', async () => {
    const { page, problems, close } = await open('/en/topic-login/card-yes/certificate-unknown/pc-no/')
    try {
      const section = page.getByRole('region', { name: text('en', 'ui.outcome.otherDevice') })
      await section.waitFor()
      await expect(section.locator('svg.qr-code').count()).resolves.toBe(0)
      await section.scrollIntoViewIfNeeded()
      await section.getByRole('img', { name: text('en', 'ui.outcome.qrCode') }).waitFor()
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})
