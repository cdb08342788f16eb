// @vitest-environment happy-dom
/**
 * Seven languages: the switcher one tap away, Japanese beside a translation on demand.
 * That every screen is complete in each language is checked on the walk through every
 * path in Chromium (browser/journeys.test.ts).
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { heading, mountApp, patiently, press } from './support/mountApp'
import { localeMessages } from './support/locales'

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

afterEach(() => {
  document.body.innerHTML = ''
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

  test('the page, its address and the menu follow once the language has arrived', async () => {
    const wrapper = await mountApp('/ja/topic-login/')
    await wrapper.get('.language-switcher a[lang="vi"]').trigger('click')
    await vi.waitFor(() => expect(heading(wrapper)).toBe(localeMessages.vi!['mynaportal.q.card.text']), patiently)
    expect(location.pathname).toBe('/vi/topic-login/')
    expect(wrapper.get('.language-switcher a[aria-current="true"]').text()).toBe('Tiếng Việt')
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
