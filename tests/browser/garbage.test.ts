/**
 * Fifty links as they arrive after being copied, cut, edited or forged: ten beginnings
 * (valid steps, bare languages, an unknown language, none) times five kinds of junk. Each
 * must open the nearest valid step (or the start), say in a short notice that part of the
 * link could not be used, run no script it carries, and leave no error. What "nearest" is
 * comes from the engine itself: the answers that replay, cut at the first that does not.
 *
 * The links with no language or an unknown one arrive as page loads, where the language is
 * chosen. The others arrive as history entries in the open page (as Back to an edited entry
 * would), which the app reads with the same code as a page load's address: fifty page loads
 * would cost the suite a minute it does not have.
 */
import { describe, expect, test } from 'vitest'
import { languages } from '../../locales/languages'
import { parseAddress } from '../../src/lib/address'
import { replay } from '../../src/engine/replay'
import { address, flow, open, showInApp, siteUrl, text, untilMounted } from './support/site'

const beginnings = [
  '',
  '/ja',
  '/en',
  '/ko',
  '/zh-TW',
  '/xx',
  '/ja/topic-login',
  '/en/topic-login/card-yes',
  '/vi/topic-help',
  '/ja/topic-login/card-yes/certificate-yes',
]
const junk = [
  '/nothere-yes/card-maybe/',
  '/..%2F..%2Fetc%2Fpasswd/%F0%9F%99%82%20card/',
  '/%3Cscript%3Ealert(1)%3C%2Fscript%3E/',
  '/?change=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  `/${'x'.repeat(3000)}/?change=${'y'.repeat(3000)}`,
]
const links = beginnings.flatMap((beginning) => junk.map((end) => `${beginning}${end}`))
const codes = languages.map((language) => language.code)
/** Chromium here asks for en-US: an unknown language opens in English. */
const browserLanguage = 'en'

/** Where the app should land for a link, and what it should say, worked out by the engine. */
function expected(link: string) {
  const url = new URL(siteUrl + link)
  const parsed = parseAddress(url.pathname, url.search)
  const journey = replay(flow, parsed.answers)
  const kept = journey.answered.map(({ question, answer }) => ({ question, answer }))
  const changeFits = kept.some((answer) => answer.question === parsed.change)
  const knownLanguage = parsed.locale !== undefined && codes.includes(parsed.locale)
  const locale = knownLanguage ? parsed.locale! : browserLanguage
  const leftOut = parsed.malformed || journey.rejected.length > 0 || (parsed.change !== undefined && !changeFits)
  const notice = parsed.locale !== undefined && !knownLanguage ? 'ui.notice.unknownLanguage' : leftOut ? 'ui.notice.rejected' : undefined
  return { locale, path: address(locale, kept, changeFits ? parsed.change : undefined), notice }
}

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
      for (const link of links) {
        const want = expected(link)
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
        if (!want.notice) {
          wrong.push(`${shortLink}: is not garbage (nothing to say about it)`)
          continue
        }
        const notice = page.locator('.notice', { hasText: text(want.locale, want.notice) })
        await notice.waitFor({ timeout: 10_000 }).catch(() => wrong.push(`${shortLink}: no notice "${text(want.locale, want.notice!)}"`))
        const landed = new URL(page.url())
        if (`${landed.pathname}${landed.search}` !== want.path)
          wrong.push(`${shortLink}: landed on ${landed.pathname}${landed.search}, not ${want.path}`)
        if (!(await page.locator('h1').innerText()).trim()) wrong.push(`${shortLink}: empty heading`)
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
