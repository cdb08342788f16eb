/** Every language says everything: the same keys, nothing empty, every key the app uses. */
import { describe, expect, test } from 'vitest'
import { mynaportalFlow as flow } from '../flows/mynaportal'
import { languages } from '../locales/languages'
import { keysNamedInSource } from '../scripts/repository'
import { keysOfFlow } from '../src/tooling/check'
import { withoutRuby } from '../src/lib/ruby'
import { localeMessages } from './support/locales'

const locales = Object.keys(localeMessages)
const [source, ...others] = locales.includes('ja') ? ['ja', ...locales.filter((code) => code !== 'ja')] : locales

/** The namespaces of the source language's messages: `ui`, `common`, the flow's own. */
const namespaces = new Set(Object.keys(localeMessages[source!]!).map((key) => key.split('.')[0]!))

describe('locales', () => {
  test('every language on offer has its messages, and every file of messages is on offer', () => {
    expect(locales.sort()).toEqual(languages.map((language) => language.code).sort())
    expect(languages[0]!.code).toBe('ja')
  })

  test.each(others)('%s has exactly the keys of Japanese', (code) => {
    const sourceKeys = Object.keys(localeMessages[source!]!).sort()
    expect(Object.keys(localeMessages[code]!).sort()).toEqual(sourceKeys)
  })

  test.each(locales)('%s has no empty message', (code) => {
    const empty = Object.entries(localeMessages[code]!).filter(([, text]) => !text.trim())
    expect(empty.map(([key]) => key)).toEqual([])
  })

  test.each(locales)('%s has every key the flow names', (code) => {
    const missing = [...keysOfFlow(flow, namespaces).keys()].filter((key) => !(key in localeMessages[code]!))
    expect(missing).toEqual([])
  })

  test.each(locales)('%s has every key the screens name', (code) => {
    const named = [...keysNamedInSource(namespaces).keys()]
    expect(named.length).toBeGreaterThan(20)
    expect(named.filter((key) => !(key in localeMessages[code]!))).toEqual([])
  })

  test.each(others)('%s keeps the Japanese name of each office beside the translation', (code) => {
    for (const office of [
      '戸籍住民課',
      '区役所',
      '子育て支援課',
      '保育推進担当課',
      'マイナポータル閲覧等支援窓口',
      '札幌市マイナンバーカードセンター',
      'マイナンバー総合フリーダイヤル',
    ]) {
      const withOffice = Object.entries(localeMessages.ja!).filter(([, text]) => text.includes(office))
      for (const [key] of withOffice) {
        if (key.startsWith('mynaportal.section.')) continue
        expect(withoutRuby(localeMessages[code]![key]!), `${code} ${key}`).toContain(office)
      }
    }
  })

  /** The numbers a message states, each once, sorted: 13, 2018, 4 … */
  const numbers = (text: string) => [...new Set(withoutRuby(text).match(/\d+/g))].sort()
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
  const forms = (text: string) => text.split('|').length

  test.each(others)('%s states the same numbers as Japanese in every message', (code) => {
    const differ = Object.entries(localeMessages[source!]!)
      .filter(([key, text]) => numbers(localeMessages[code]![key] ?? '').join() !== numbers(text).join())
      .map(
        ([key, text]) =>
          `${key}: ja ${numbers(text).join(' ') || '-'}, ${code} ${numbers(localeMessages[code]![key] ?? '').join(' ') || '-'}`,
      )
    expect(differ).toEqual([])
  })

  test.each(others)('%s keeps every placeholder and every plural form', (code) => {
    const differ = Object.entries(localeMessages[source!]!)
      .filter(([key, text]) => {
        const translated = localeMessages[code]![key] ?? ''
        return placeholders(translated).join() !== placeholders(text).join() || forms(translated) !== forms(text)
      })
      .map(([key]) => key)
    expect(differ).toEqual([])
  })

  test.each(locales)('%s carries no phone number or web address of its own (those come from the facts)', (code) => {
    const found = Object.entries(localeMessages[code]!).filter(([, text]) => /\d{2,5}-\d{1,4}-\d{3,4}|https?:|www\./.test(text))
    expect(found.map(([key]) => key)).toEqual([])
  })

  test('やさしい日本語 gives a reading for every kanji, in hiragana', () => {
    const problems: string[] = []
    for (const [key, text] of Object.entries(localeMessages['ja-easy']!)) {
      const outsideRuby = text.replace(/｜[^｜《》]+《[^｜《》]+》/g, '')
      if (/[\u4e00-\u9fff々]/.test(outsideRuby)) problems.push(`${key}: kanji without a reading in "${outsideRuby}"`)
      if (/[｜《》]/.test(outsideRuby)) problems.push(`${key}: a stray furigana mark in "${outsideRuby}"`)
      for (const [, base, reading] of text.matchAll(/｜([^｜《》]+)《([^｜《》]+)》/g)) {
        if (!/^[\u4e00-\u9fff々]+$/.test(base!)) problems.push(`${key}: "${base}" is not all kanji`)
        if (!/^[\u3041-\u309fー]+$/.test(reading!)) problems.push(`${key}: the reading "${reading}" is not hiragana`)
      }
    }
    expect(problems).toEqual([])
  })
})
