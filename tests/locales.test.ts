/** Every language says everything: the same keys, nothing empty, every key the app uses. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { mynaportalFlow as flow } from '../flows/mynaportal'
import { languages } from '../locales/languages'
import { withoutRuby } from '../src/ruby'
import { localeMessages } from './support/locales'

const locales = Object.keys(localeMessages)
const [source, ...others] = locales.includes('ja') ? ['ja', ...locales.filter((code) => code !== 'ja')] : locales

/** Every string in the flow definition that is shaped like a message key. */
function keysNamedByFlow(): string[] {
  const found = new Set<string>()
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (/^[a-z]\w*(\.\w+)+$/i.test(value) && !value.startsWith('http')) found.add(value)
    } else if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') Object.values(value).forEach(visit)
  }
  for (const node of Object.values(flow.machine.root.states)) visit(node.meta)
  const { machine: _machine, ...rest } = flow
  visit(rest)
  return [...found]
}

/** Every key the engine's screens name literally (`t('ui.back')`, `backLabel: 'ui.back'`). */
function keysNamedBySource(): string[] {
  const srcDir = fileURLToPath(new URL('../src/', import.meta.url))
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(vue|ts)$/.test(name)) files.push(path)
    }
  }
  walk(srcDir)
  const keys = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/'((?:ui|common|language)\.[\w.]+)'/g)].map((match) => match[1]!),
  )
  return [...new Set(keys)]
}

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
    const missing = keysNamedByFlow().filter((key) => !(key in localeMessages[code]!))
    expect(missing).toEqual([])
  })

  test.each(locales)('%s has every key the screens name', (code) => {
    const named = keysNamedBySource()
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
