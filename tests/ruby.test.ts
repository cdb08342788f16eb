// @vitest-environment happy-dom
/** Furigana: written in the messages as ｜漢字《かんじ》, shown as <ruby>, never as markup from text. */
import { mount } from '@vue/test-utils'
import { describe, expect, test } from 'vitest'
import MessageText from '../src/components/MessageText.vue'
import { createAppI18n, loadLanguage } from '../src/i18n'
import { parseRuby, withoutRuby } from '../src/lib/ruby'
import { localeMessages } from './support/locales'

/** Mounts a MessageText with the app's messages, in a language of the guide. */
async function mountMessage(props: Record<string, unknown>, locale = 'ja') {
  const i18n = createAppI18n()
  await loadLanguage(i18n, locale)
  i18n.global.locale.value = locale
  return { wrapper: mount(MessageText, { props, global: { plugins: [i18n] } }), t: i18n.global.t }
}

describe('the furigana notation', () => {
  test('splits text and readings', () => {
    expect(parseRuby('｜区役所《くやくしょ》に｜行《い》きます')).toEqual([
      { base: '区役所', reading: 'くやくしょ' },
      'に',
      { base: '行', reading: 'い' },
      'きます',
    ])
  })

  test('leaves text without readings as it is', () => {
    expect(parseRuby('Go to the ward office (区役所).')).toEqual(['Go to the ward office (区役所).'])
  })

  test('without readings, the sentence reads plainly', () => {
    expect(withoutRuby('｜区役所《くやくしょ》に｜行《い》きます')).toBe('区役所に行きます')
  })

  test('a half-written mark stays text', () => {
    expect(parseRuby('｜区役所《くやくしょ')).toEqual(['｜区役所《くやくしょ'])
  })
})

describe('MessageText', () => {
  test('a key shows its message in the language on screen, with the readings over the kanji', async () => {
    const [key, written] = Object.entries(localeMessages['ja-easy']!).find(([, text]) => text.includes('《') && !text.includes('{'))!
    const { wrapper } = await mountMessage({ k: key }, 'ja-easy')
    expect(wrapper.findAll('ruby')).toHaveLength(parseRuby(written).filter((piece) => typeof piece !== 'string').length)
    expect(wrapper.get('.visually-hidden').text()).toBe(withoutRuby(written))
  })

  test('a key takes its parameters and its plural count', async () => {
    const { wrapper, t } = await mountMessage({ k: 'ui.progress', params: { number: 2, count: 3 }, plural: 3 }, 'en')
    expect(wrapper.text()).toBe(t('ui.progress', { number: 2, count: 3 }, 3))
    expect(wrapper.text()).not.toBe(t('ui.progress', { number: 2, count: 1 }, 1))
  })

  test('shows readings above the kanji, with parentheses for browsers without ruby', async () => {
    const { wrapper } = await mountMessage({ text: '｜区役所《くやくしょ》に｜行《い》きます' })
    const ruby = wrapper.findAll('ruby')
    expect(ruby).toHaveLength(2)
    expect(ruby[0]!.element.outerHTML).toBe('<ruby>区役所<rp>(</rp><rt>くやくしょ</rt><rp>)</rp></ruby>')
  })

  test('gives screen readers the plain sentence once, not kanji and reading twice', async () => {
    const { wrapper } = await mountMessage({ text: '｜区役所《くやくしょ》に｜行《い》きます' })
    expect(wrapper.get('[aria-hidden="true"]').find('ruby').exists()).toBe(true)
    expect(wrapper.get('.visually-hidden').text()).toBe('区役所に行きます')
  })

  test('markup in a message is shown as text, never run', async () => {
    const { wrapper } = await mountMessage({ text: '<img src=x onerror=alert(1)>｜行《<b>い</b>》' })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain('<img src=x onerror=alert(1)>')
  })

  test('text without readings renders as plain text', async () => {
    const { wrapper } = await mountMessage({ text: 'Start again' })
    expect(wrapper.html()).toBe('Start again')
  })
})
