/**
 * Dates and times in the messages: every one that any message in any language states must
 * be one the facts define (flows/mynaportal-facts.ts, the one place that must match the
 * FAQ). Hours belong in the facts and reach the screen from there; the few dates written
 * into sentences are listed in the facts too. (Phone numbers and web addresses in messages:
 * `npm run flow:check` and tests/locales.test.ts.)
 */
import { describe, expect, test } from 'vitest'
import { contacts, datesStated } from '../../flows/mynaportal-facts'
import { withoutRuby } from '../../src/lib/ruby'
import { localeMessages } from '../support/locales'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** 平成 1 is 1989. */
const heiseiYear = (year: string) => 1988 + Number(year)

/** Year and month, however a language writes them. */
const datePatterns: { pattern: RegExp; read: (match: RegExpMatchArray) => [number, number] }[] = [
  { pattern: /平成(\d{1,2})年(?:[(（]\d{4}年[)）])?(\d{1,2})月/g, read: (m) => [heiseiYear(m[1]!), Number(m[2])] },
  { pattern: /(\d{4})年[)）]?(\d{1,2})月/g, read: (m) => [Number(m[1]), Number(m[2])] },
  { pattern: /(\d{4})년 ?(\d{1,2})월/g, read: (m) => [Number(m[1]), Number(m[2])] },
  { pattern: /tháng (\d{1,2}) năm (\d{4})/g, read: (m) => [Number(m[2]), Number(m[1])] },
  { pattern: new RegExp(`(${months.join('|')}) (\\d{4})`, 'g'), read: (m) => [Number(m[2]), months.indexOf(m[1]!) + 1] },
]

const definedDates = new Set(Object.values(datesStated).map(({ year, month }) => `${year}-${month}`))
const definedTimes = new Set(
  Object.values(contacts).flatMap((contact) => ('hours' in contact ? contact.hours.flatMap((row) => [row.opens, row.closes]) : [])),
)

/** What a message states that only the facts may define, each as found. */
function statedFacts(message: string) {
  const text = withoutRuby(message)
  const dates = datePatterns.flatMap(({ pattern, read }) => [...text.matchAll(pattern)].map((match) => read(match).join('-')))
  // A year left over once the dates are read is a date the patterns do not know.
  const years = [...text.replace(/平成\d{1,2}年/g, '').matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)].map((match) => match[0])
  return {
    dates,
    unreadYears: years.filter((year) => !dates.some((date) => date.startsWith(`${year}-`))),
    times: [...text.matchAll(/(?<!\d)\d{1,2}[:：]\d{2}(?!\d)|\d{1,2}時(?:\d{1,2}分)?/g)].map((match) => match[0].replace('：', ':')),
  }
}

describe.each(Object.keys(localeMessages))('%s', (locale) => {
  const messages = Object.entries(localeMessages[locale]!)

  test('states only dates and times that the facts define', () => {
    const undefinedFacts = messages.flatMap(([key, message]) => {
      const stated = statedFacts(message)
      return [
        ...stated.dates.filter((date) => !definedDates.has(date)).map((date) => `${key}: date ${date}`),
        ...stated.unreadYears.map((year) => `${key}: a date in ${year} written in a way this test cannot read`),
        ...stated.times.filter((time) => !definedTimes.has(time)).map((time) => `${key}: time ${time}`),
      ]
    })
    expect(undefinedFacts).toEqual([])
  })

  test('states each dated fact, with its own date', () => {
    for (const [name, { year, month }] of Object.entries(datesStated)) {
      expect(statedFacts(localeMessages[locale]![`mynaportal.guide.${name}`]!).dates, name).toContain(`${year}-${month}`)
    }
  })
})

test('a wrong date or time in a message is caught', () => {
  expect(statedFacts('平成30年(2018年)4月に始まりました').dates).toEqual(['2018-4', '2018-4'])
  expect(statedFacts('Call us at 9:00 or 10時30分').times).toEqual(['9:00', '10時30分'])
  expect(statedFacts('Since spring 2019').unreadYears).toEqual(['2019'])
})
