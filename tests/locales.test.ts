/**
 * Every translation says what the source says: the same numbers, placeholders and plural
 * forms, no phone number or web address of its own, and readings for every kanji in
 * やさしい日本語. That every language has every message the app and the flows use, and no
 * other, is for `npm run flow:check` (tests/flowCheck.test.ts).
 */
import { describe, expect, test } from 'vitest'
import { languages } from '../locales/languages'
import { sourceLocale } from '../scripts/repository'
import { phonesIn, urlsIn } from '../src/tooling/check'
import { withoutRuby } from '../src/lib/ruby'
import { localeMessages } from './support/locales'

const locales = Object.keys(localeMessages)
const source = sourceLocale
const others = locales.filter((code) => code !== source)

describe('locales', () => {
  test('every language on offer has its messages, and every file of messages is on offer', () => {
    expect([...locales].sort()).toEqual(languages.map((language) => language.code).sort())
  })

  /** The numbers a message states, each once, sorted: 13, 2018, 4 … */
  const numbers = (text: string) => [...new Set(withoutRuby(text).match(/\d+/g))].sort()
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
  const forms = (text: string) => text.split('|').length

  test.each(others)('%s states the same numbers as Japanese in every message', (code) => {
    const differ = Object.entries(localeMessages[source]!)
      .filter(([key, text]) => numbers(localeMessages[code]![key] ?? '').join() !== numbers(text).join())
      .map(
        ([key, text]) =>
          `${key}: ja ${numbers(text).join(' ') || '-'}, ${code} ${numbers(localeMessages[code]![key] ?? '').join(' ') || '-'}`,
      )
    expect(differ).toEqual([])
  })

  test.each(others)('%s keeps every placeholder and every plural form', (code) => {
    const differ = Object.entries(localeMessages[source]!)
      .filter(([key, text]) => {
        const translated = localeMessages[code]![key] ?? ''
        return placeholders(translated).join() !== placeholders(text).join() || forms(translated) !== forms(text)
      })
      .map(([key]) => key)
    expect(differ).toEqual([])
  })

  test.each(locales)('%s carries no phone number or web address of its own (the facts give them, as links)', (code) => {
    const found = Object.entries(localeMessages[code]!).filter(([, text]) => phonesIn(text).length > 0 || urlsIn(text).length > 0)
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
