/** Every language says everything: the same keys, nothing empty, every key the app uses. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { flow } from '../flows'
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
  const keys = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'((?:ui|common|language)\.[\w.]+)'/g)].map((match) => match[1]!))
  return [...new Set(keys)]
}

describe('locales', () => {
  test('there is Japanese, the source, and English', () => {
    expect(locales).toEqual(expect.arrayContaining(['ja', 'en']))
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
    for (const office of ['戸籍住民課', '区役所', '子育て支援課', '保育推進担当課', 'マイナポータル閲覧等支援窓口', '札幌市マイナンバーカードセンター', 'マイナンバー総合フリーダイヤル']) {
      const withOffice = Object.entries(localeMessages.ja!).filter(([, text]) => text.includes(office))
      for (const [key] of withOffice) {
        if (key.startsWith('mynaportal.section.')) continue
        expect(localeMessages[code]![key], `${code} ${key}`).toContain(office)
      }
    }
  })
})
