// @vitest-environment happy-dom
/**
 * The facts of the FAQ, exactly as it states them (management number 439552), appear on
 * the outcomes they belong to, in every language; and the facts define no phone number the
 * FAQ does not give. A fact that changes on the FAQ page changes here first.
 */
import { describe, expect, test } from 'vitest'
import { mynaportalFlow as flow } from '../../flows/mynaportal'
import { languages } from '../../locales/languages'
import { formatAddress } from '../../src/lib/address'
import { formatMonthDay, formatTime } from '../../src/lib/format'
import { localeMessages } from '../support/locales'
import { mountApp } from '../support/mountApp'
import { pathsToOutcomes } from '../support/paths'

/** The facts as the FAQ (management number 439552) gives them. */
const faq = {
  freeDial: '0120-95-0178',
  ipPhone: '050-3816-9405',
  hours: [
    ['9:30', '20:00'],
    ['9:30', '17:30'],
  ],
  closure: [
    { month: 12, day: 29 },
    { month: 1, day: 3 },
  ],
  smartphoneList: 'https://www2.jpki.go.jp/prepare/pdf/nfclist.pdf',
  supportWindow: 'https://www.city.sapporo.jp/kikaku/mynumber/mynumberriyou.html',
  manual: 'https://img.myna.go.jp/manual/sitemap.html',
  months: '13',
}

const paths = pathsToOutcomes(flow)

async function outcomePage(outcome: string, locale: string) {
  const path = paths.find((candidate) => candidate.outcome === outcome)!
  const wrapper = await mountApp(formatAddress('/', locale, path.answers))
  expect(wrapper.find('.outcome').exists()).toBe(true)
  const hrefs = wrapper.findAll('a').map((link) => link.attributes('href'))
  const hours = wrapper.findAll('.contact__hours dd').map((row) => row.text())
  return { text: wrapper.text(), hrefs, hours }
}

describe.each(languages)('in $code', ({ code: locale, lang }) => {
  test.each(['freeDialAccount', 'freeDialSystem', 'loginWithReader', 'checkList'])(
    '%s gives the free dial, the IP-phone number, the hours and the year-end closure',
    async (outcome) => {
      const { text, hrefs, hours } = await outcomePage(outcome, locale)
      expect(text).toContain(faq.freeDial)
      expect(text).toContain(faq.ipPhone)
      expect(hrefs).toContain('tel:0120950178')
      expect(hrefs).toContain('tel:05038169405')
      // Hours as the FAQ writes them (9:30), days the reader's way by Intl (12月29日, December 29).
      const range = localeMessages[locale]!['ui.contact.timeRange']!
      expect(hours).toEqual(
        faq.hours.map(([opens, closes]) => range.replace('{opens}', formatTime(opens!)).replace('{closes}', formatTime(closes!))),
      )
      expect(hours.join(' ').match(/\d+/g)?.map(Number)).toEqual([9, 30, 20, 0, 9, 30, 17, 30])
      for (const day of faq.closure) expect(text).toContain(formatMonthDay(lang, day))
    },
  )

  test.each(['loginWithPhoneForPc', 'checkList'])('%s links the list of smartphone models', async (outcome) => {
    expect((await outcomePage(outcome, locale)).hrefs).toContain(faq.smartphoneList)
  })

  test.each(['supportWindow'])('%s links the support window page', async (outcome) => {
    expect((await outcomePage(outcome, locale)).hrefs).toContain(faq.supportWindow)
  })

  test.each([
    'topic-family/',
    'topic-help/helpkind-using/manual-no/account-yes/',
    'topic-login/card-yes/certificate-yes/pc-yes/reader-yes/',
  ])('%s links the operation manual', async (path) => {
    const wrapper = await mountApp(`/${locale}/${path}`)
    expect(wrapper.findAll('a').map((link) => link.attributes('href'))).toContain(faq.manual)
  })

  test.each(['historyGone'])('%s says results are deleted after 13 months', async (outcome) => {
    expect((await outcomePage(outcome, locale)).text).toContain(faq.months)
  })
})

test('the only phone numbers anywhere are the two the FAQ gives', () => {
  const given = Object.values(flow.contacts).flatMap((contact) => (contact.phones ?? []).map((phone) => phone.number))
  expect(given.sort()).toEqual([faq.freeDial, faq.ipPhone].sort())
})
