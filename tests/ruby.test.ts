// @vitest-environment happy-dom
/** Furigana: written in the messages as ｜漢字《かんじ》, shown as <ruby>, never as markup from text. */
import { mount } from '@vue/test-utils'
import { describe, expect, test } from 'vitest'
import RubyText from '../src/components/RubyText.vue'
import { parseRuby, withoutRuby } from '../src/lib/ruby'

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

describe('RubyText', () => {
  test('shows readings above the kanji, with parentheses for browsers without ruby', () => {
    const wrapper = mount(RubyText, { props: { text: '｜区役所《くやくしょ》に｜行《い》きます' } })
    const ruby = wrapper.findAll('ruby')
    expect(ruby).toHaveLength(2)
    expect(ruby[0]!.element.outerHTML).toBe('<ruby>区役所<rp>(</rp><rt>くやくしょ</rt><rp>)</rp></ruby>')
  })

  test('gives screen readers the plain sentence once, not kanji and reading twice', () => {
    const wrapper = mount(RubyText, { props: { text: '｜区役所《くやくしょ》に｜行《い》きます' } })
    expect(wrapper.get('[aria-hidden="true"]').find('ruby').exists()).toBe(true)
    expect(wrapper.get('.visually-hidden').text()).toBe('区役所に行きます')
  })

  test('markup in a message is shown as text, never run', () => {
    const wrapper = mount(RubyText, { props: { text: '<img src=x onerror=alert(1)>｜行《<b>い</b>》' } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain('<img src=x onerror=alert(1)>')
  })

  test('text without readings renders as plain text', () => {
    const wrapper = mount(RubyText, { props: { text: 'Start again' } })
    expect(wrapper.html()).toBe('Start again')
  })
})
