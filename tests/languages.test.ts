// @vitest-environment happy-dom
/**
 * Seven languages: every screen complete in each, nothing falling back to another
 * language, the switcher one tap away, Japanese beside a translation on demand.
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { mynaportalFlow as flow } from '../flows/mynaportal'
import { languages } from '../locales/languages'
import { formatAddress } from '../src/engine/address'
import { heading, mountApp, press } from './support/mountApp'
import { localeMessages } from './support/locales'
import { everyScreen } from './support/paths'

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

afterEach(() => {
  document.body.innerHTML = ''
})

const keyShaped = /\b(ui|common|mynaportal)\.[A-Za-z]+(\.[A-Za-z0-9]+)*/
/** The FAQ's two numbers: the free dial and the number for IP phones. */
const faqPhones = ['0120-95-0178', '050-3816-9405']

describe.each(languages)('in $code', ({ code, lang }) => {
  test('every screen of the flow is complete: no message key, no empty heading, no phone number the FAQ does not give', async () => {
    const problems: string[] = []
    for (const { state, answers } of everyScreen(flow)) {
      const wrapper = await mountApp(formatAddress('/', code, answers))
      const shown = wrapper.text()
      if (keyShaped.test(shown)) problems.push(`${state}: shows ${shown.match(keyShaped)![0]}`)
      if (!heading(wrapper).trim()) problems.push(`${state}: empty heading`)
      const phones = [...shown.matchAll(/\d{2,5}-\d{1,4}-\d{3,4}/g)].map((match) => match[0])
      problems.push(...phones.filter((number) => !faqPhones.includes(number)).map((number) => `${state}: shows ${number}`))
      const tel = wrapper.findAll('a[href^="tel:"]').map((link) => link.attributes('href')!)
      problems.push(...tel.filter((href) => !faqPhones.map((number) => `tel:${number.replace(/-/g, '')}`).includes(href)).map((href) => `${state}: links ${href}`))
    }
    expect(problems).toEqual([])
    expect(document.documentElement.lang).toBe(lang)
  }, 30_000)
})

describe('the language switcher', () => {
  test('offers each language named in itself, with its lang, and marks the one on screen', async () => {
    const wrapper = await mountApp('/ko/')
    const items = wrapper.findAll('.language-switcher a').map((link) => [link.text(), link.attributes('lang')])
    expect(items).toEqual([
      ['日本語', 'ja'],
      ['やさしい にほんご', 'ja'],
      ['English', 'en'],
      ['简体中文', 'zh-CN'],
      ['繁體中文', 'zh-TW'],
      ['한국어', 'ko'],
      ['Tiếng Việt', 'vi'],
    ])
    expect(wrapper.get('.language-switcher a[aria-current="true"]').text()).toBe('한국어')
    expect(wrapper.get('.language-switcher summary').text()).toContain('Language')
  })

  test('shows the choice at once, and the page follows when the language has arrived', async () => {
    const wrapper = await mountApp('/ja/topic-login/')
    await wrapper.get('.language-switcher a[lang="vi"]').trigger('click')
    expect(wrapper.get('.language-switcher a[aria-current="true"]').text()).toBe('Tiếng Việt')
    await vi.waitFor(() => expect(heading(wrapper)).toBe(localeMessages.vi!['mynaportal.q.card.text']))
    expect(location.pathname).toBe('/vi/topic-login/')
  })

  test('a link in another language opens in it, with no Japanese shown first', async () => {
    const wrapper = await mountApp('/zh-TW/topic-family/')
    expect(heading(wrapper)).toBe(localeMessages['zh-TW']!['mynaportal.o.familyProxy'])
  })
})

describe('Japanese beside a translation', () => {
  test('an outcome in English keeps the Japanese hidden until asked, then shows it', async () => {
    const wrapper = await mountApp('/en/topic-help/helpkind-system/')
    const beside = wrapper.findAll('.source-beside')
    expect(beside.map((item) => item.text())).toEqual(
      expect.arrayContaining([localeMessages.ja!['mynaportal.o.freeDialSystem'], localeMessages.ja!['mynaportal.guide.callAboutSystem']]),
    )
    expect(beside.every((item) => item.attributes('lang') === 'ja')).toBe(true)
    expect(wrapper.get('.outcome').classes()).not.toContain('outcome--source-shown')
    await press(wrapper, 'Show in Japanese')
    expect(wrapper.get('.outcome').classes()).toContain('outcome--source-shown')
    expect(wrapper.get('.source-toggle').attributes('aria-pressed')).toBe('true')
  })

  test.each(['ja', 'ja-easy'])('in %s there is nothing to show beside', async (code) => {
    const wrapper = await mountApp(`/${code}/topic-family/`)
    expect(wrapper.find('.source-beside').exists()).toBe(false)
    expect(wrapper.find('.source-toggle').exists()).toBe(false)
  })

  test('やさしい日本語 shows readings over the kanji', async () => {
    const wrapper = await mountApp('/ja-easy/topic-login/')
    expect(wrapper.get('h1').findAll('ruby').length).toBeGreaterThan(0)
    await flushPromises()
  })
})
