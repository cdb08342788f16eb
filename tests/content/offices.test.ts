/**
 * Office names in every language: a translation keeps the Japanese name of each office and
 * line beside its own words, which is what a resident says at the counter or reads on the
 * sign. The names are the FAQ's.
 */
import { expect, test } from 'vitest'
import { sourceLocale } from '../../scripts/repository'
import { withoutRuby } from '../../src/lib/ruby'
import { localeMessages } from '../support/locales'

const offices = [
  '戸籍住民課',
  '区役所',
  '子育て支援課',
  '保育推進担当課',
  'マイナポータル閲覧等支援窓口',
  '札幌市マイナンバーカードセンター',
  'マイナンバー総合フリーダイヤル',
]
const others = Object.keys(localeMessages).filter((code) => code !== sourceLocale)

test.each(others)('%s keeps the Japanese name of each office beside the translation', (code) => {
  for (const office of offices) {
    const withOffice = Object.entries(localeMessages[sourceLocale]!).filter(([, text]) => text.includes(office))
    expect(withOffice.length, office).toBeGreaterThan(0)
    for (const [key] of withOffice) {
      // A section's heading is the FAQ page's own, which a translation need not repeat.
      if (key.startsWith('mynaportal.section.')) continue
      expect(withoutRuby(localeMessages[code]![key]!), `${code} ${key}`).toContain(office)
    }
  }
})
