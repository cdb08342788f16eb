/**
 * Fifty links as they arrive after being copied, cut, edited or forged: ten beginnings
 * (valid steps, bare languages, an unknown language, none) times five kinds of junk. Each
 * must open the step the table below names (the nearest valid one, or the start), show its
 * question, say in a short notice that part of the link could not be used, run no script
 * it carries, and leave no error.
 *
 * The links with no language or an unknown one arrive as page loads, where the language is
 * chosen. The others arrive as history entries in the open page (as Back to an edited entry
 * would), which the app reads with the same code as a page load's address: fifty page loads
 * would cost the suite a minute it does not have.
 */
import { describe, expect, test } from 'vitest'
import { languages } from '../../locales/languages'
import { open, patience, showInApp, siteUrl, text, untilMounted } from './support/site'

const junk = [
  '/nothere-yes/card-maybe/',
  '/..%2F..%2Fetc%2Fpasswd/%F0%9F%99%82%20card/',
  '/%3Cscript%3Ealert(1)%3C%2Fscript%3E/',
  '/?change=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  `/${'x'.repeat(3000)}/?change=${'y'.repeat(3000)}`,
]

const rejected = 'ui.notice.rejected'
const unknownLanguage = 'ui.notice.unknownLanguage'

/**
 * Where each beginning lands, whatever junk follows it: the address, the key of the question
 * it asks, and the notice, one for all five kinds of junk or one for each. Chromium here
 * asks for en-US, so a link without a language the app knows opens in English.
 */
const landings: { from: string; lands: string; heading: string; notice: string | string[] }[] = [
  // With no language first, the junk's first part is read as one: unknown, but for a bare `?change=`.
  {
    from: '',
    lands: '/en/',
    heading: 'mynaportal.q.topic.text',
    notice: [unknownLanguage, unknownLanguage, unknownLanguage, rejected, unknownLanguage],
  },
  { from: '/ja', lands: '/ja/', heading: 'mynaportal.q.topic.text', notice: rejected },
  { from: '/en', lands: '/en/', heading: 'mynaportal.q.topic.text', notice: rejected },
  { from: '/ko', lands: '/ko/', heading: 'mynaportal.q.topic.text', notice: rejected },
  { from: '/zh-TW', lands: '/zh-TW/', heading: 'mynaportal.q.topic.text', notice: rejected },
  { from: '/xx', lands: '/en/', heading: 'mynaportal.q.topic.text', notice: unknownLanguage },
  { from: '/ja/topic-login', lands: '/ja/topic-login/', heading: 'mynaportal.q.card.text', notice: rejected },
  { from: '/en/topic-login/card-yes', lands: '/en/topic-login/card-yes/', heading: 'mynaportal.q.certificate.text', notice: rejected },
  { from: '/vi/topic-help', lands: '/vi/topic-help/', heading: 'mynaportal.q.helpkind.text', notice: rejected },
  {
    from: '/ja/topic-login/card-yes/certificate-yes',
    lands: '/ja/topic-login/card-yes/certificate-yes/',
    heading: 'mynaportal.q.pc.text',
    notice: rejected,
  },
]

const links = landings.flatMap(({ from, lands, heading, notice }) =>
  junk.map((end, kind) => ({
    link: `${from}${end}`,
    lands,
    locale: lands.split('/')[1]!,
    heading,
    notice: typeof notice === 'string' ? notice : notice[kind]!,
  })),
)
const codes = languages.map((language) => language.code)

describe('garbage links', () => {
  test(`${links.length} links: each opens the nearest valid step with a notice, and runs nothing it carries`, async () => {
    const { page, problems, close } = await open('/ja/')
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const wrong: string[] = []
    let loads = 0
    try {
      for (const want of links) {
        const { link } = want
        const url = new URL(siteUrl + link)
        const arrivesByLoad = url.pathname.split('/')[1] === '' || !codes.includes(decodeURIComponent(url.pathname.split('/')[1]!))
        // Each link as if new: no answers or language kept from the link before, no notice left on screen.
        await page.evaluate(() => {
          sessionStorage.clear()
          localStorage.clear()
          document.querySelector<HTMLButtonElement>('.notice button')?.click()
        })
        if (arrivesByLoad) await page.goto(url.href)
        else await showInApp(page, `${url.pathname}${url.search}`)
        await untilMounted(page)
        const shortLink = link.length > 80 ? `${link.slice(0, 77)}…` : link
        const notice = page.locator('.notice', { hasText: text(want.locale, want.notice) })
        await notice.waitFor({ timeout: patience }).catch(() => wrong.push(`${shortLink}: no notice "${text(want.locale, want.notice)}"`))
        const landed = new URL(page.url())
        if (`${landed.pathname}${landed.search}` !== want.lands)
          wrong.push(`${shortLink}: landed on ${landed.pathname}${landed.search}, not ${want.lands}`)
        const shown = (await page.locator('h1').innerText()).trim()
        if (shown !== text(want.locale, want.heading)) wrong.push(`${shortLink}: the heading reads "${shown}", not ${want.heading}`)
        loads += arrivesByLoad ? 1 : 0
      }
    } finally {
      await close()
    }
    console.log(`garbage links: ${links.length} (${loads} as page loads, ${links.length - loads} as history entries)`)
    expect(wrong).toEqual([])
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
  })
})
