// @vitest-environment happy-dom
/**
 * The languages on offer: the switcher one tap away, Japanese beside a translation on
 * demand, furigana in やさしい日本語. On the test-only library flow, written in Japanese
 * and English; that every screen is complete in each language of the shipped guide is
 * checked on the walk through every path in Chromium (browser/journeys.test.ts).
 */
import { describe, expect, test, vi } from 'vitest'
import { languages } from '../locales/languages'
import { sourceLanguage } from '../src/i18n'
import { mountLibrary, words } from './support/library'
import { localeMessages, say } from './support/locales'
import { heading, patiently, press } from './support/mountApp'

describe('the language switcher', () => {
  test('offers each language named in itself, with its lang, and marks the one on screen', async () => {
    const wrapper = await mountLibrary('/ko/')
    const items = wrapper.findAll('.language-switcher a').map((link) => [link.text(), link.attributes('lang')])
    expect(items).toEqual(languages.map((language) => [language.name, language.lang]))
    expect(wrapper.get('.language-switcher a[aria-current="true"]').text()).toBe(languages.find(({ code }) => code === 'ko')!.name)
    expect(wrapper.get('.language-switcher summary').text()).toContain(say('ko', 'ui.languages'))
  })

  test('the page, its address and the menu follow once the language has arrived', async () => {
    const wrapper = await mountLibrary('/ja/member-yes/')
    await wrapper.get('.language-switcher a[lang="en"]').trigger('click')
    await vi.waitFor(() => expect(heading(wrapper)).toBe(words('en', 'library.q.card')), patiently)
    expect(location.pathname).toBe('/en/member-yes/')
    expect(wrapper.get('.language-switcher a[aria-current="true"]').text()).toBe(languages.find(({ code }) => code === 'en')!.name)
  })

  test('a link in another language opens in it', async () => {
    const wrapper = await mountLibrary('/en/member-no/')
    expect(heading(wrapper)).toBe(words('en', 'library.o.join'))
    expect(document.documentElement.lang).toBe('en')
  })
})

describe('Japanese beside a translation', () => {
  test('an outcome in English keeps the Japanese hidden until asked, then shows it', async () => {
    const wrapper = await mountLibrary('/en/member-no/')
    const beside = wrapper.findAll('.source-beside')
    expect(beside.map((item) => item.text())).toEqual(
      expect.arrayContaining([words('ja', 'library.o.join'), words('ja', 'library.step.join')]),
    )
    expect(beside.every((item) => item.attributes('lang') === sourceLanguage.lang)).toBe(true)
    expect(wrapper.get('.outcome').classes()).not.toContain('outcome--source-shown')
    await press(wrapper, words('en', 'ui.outcome.showJapanese'))
    expect(wrapper.get('.outcome').classes()).toContain('outcome--source-shown')
    expect(wrapper.get('.source-toggle').attributes('aria-pressed')).toBe('true')
  })

  test.each(languages.filter((language) => language.lang === sourceLanguage.lang).map((language) => language.code))(
    'in %s there is nothing to show beside',
    async (code) => {
      const wrapper = await mountLibrary(`/${code}/member-no/`)
      expect(wrapper.find('.source-beside').exists()).toBe(false)
      expect(wrapper.find('.source-toggle').exists()).toBe(false)
    },
  )

  test('やさしい日本語 shows readings over the kanji', async () => {
    const wrapper = await mountLibrary('/ja-easy/')
    const privacy = wrapper.get('.privacy')
    expect(privacy.text()).toContain(say('ja-easy', 'ui.privacy.statement'))
    const readings = [...localeMessages['ja-easy']!['ui.privacy.statement']!.matchAll(/《([^》]+)》/g)].map((match) => match[1])
    expect(privacy.findAll('ruby').map((ruby) => ruby.get('rt').text())).toEqual(expect.arrayContaining(readings))
  })
})
