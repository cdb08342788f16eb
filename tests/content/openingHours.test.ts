/**
 * The free dial's hours as the FAQ gives them (F17): weekdays 9:30–20:00, weekends and
 * Japan's public holidays 9:30–17:30, closed 29 December to 3 January. Fixed moments in
 * Japan time, with the real holiday calendar the app loads, and whether the line is open
 * then, or when it opens next. (That the time zone of the device does not matter, for any
 * contact: tests/openingHours.test.ts.)
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { mynaportalFlow as flow } from '../../flows/mynaportal'
import { isoDate, openState, type OpenState } from '../../src/lib/openingHours'

const freeDial = flow.contacts.freeDial!
let isHoliday: (date: string) => boolean

beforeAll(async () => {
  isHoliday = await flow.loadHolidays!([2026, 2027])
})

function at(japanTime: string): OpenState {
  return openState(freeDial, new Date(`${japanTime}+09:00`), flow.timeZone, isHoliday)
}

/** The next opening as "YYYY-MM-DD H:MM", the way a person would read it off the card. */
function nextOpening(state: OpenState): string | undefined {
  return state.open || !state.next ? undefined : `${isoDate(state.next.day)} ${state.next.opens}`
}

describe('the free dial (weekdays 9:30–20:00, weekends and holidays 9:30–17:30, closed 29 Dec–3 Jan)', () => {
  test.each([
    { when: 'a weekday evening, one minute before closing', at: '2026-11-26T19:59', open: true, closes: '20:00' },
    { when: 'a weekday evening after 20:00', at: '2026-11-26T20:00', open: false, next: '2026-11-27 9:30' },
    { when: 'a Saturday at 17:00', at: '2026-11-28T17:00', open: true, closes: '17:30' },
    { when: 'a Saturday at 17:30', at: '2026-11-28T17:30', open: false, next: '2026-11-29 9:30' },
    { when: 'a Sunday night', at: '2026-11-29T21:00', open: false, next: '2026-11-30 9:30' },
    { when: 'a public holiday on a Monday (勤労感謝の日), 17:00', at: '2026-11-23T17:00', open: true, closes: '17:30' },
    { when: 'a public holiday on a Monday, 18:00', at: '2026-11-23T18:00', open: false, next: '2026-11-24 9:30' },
    { when: 'an ordinary Monday, 18:00', at: '2026-11-30T18:00', open: true, closes: '20:00' },
    { when: '28 December, 19:59', at: '2026-12-28T19:59', open: true, closes: '20:00' },
    { when: '28 December after closing', at: '2026-12-28T20:00', open: false, next: '2027-01-04 9:30' },
    { when: '30 December at noon', at: '2026-12-30T12:00', open: false, next: '2027-01-04 9:30' },
    { when: '3 January at noon', at: '2027-01-03T12:00', open: false, next: '2027-01-04 9:30' },
    { when: '4 January at 9:29', at: '2027-01-04T09:29', open: false, next: '2027-01-04 9:30' },
    { when: '4 January at 9:30', at: '2027-01-04T09:30', open: true, closes: '20:00' },
    { when: 'the evening before Coming of Age Day (成人の日)', at: '2027-01-08T21:00', open: false, next: '2027-01-09 9:30' },
  ])('$when', (moment) => {
    const state = at(moment.at)
    expect(state.open, `open at ${moment.at}`).toBe(moment.open)
    if (state.open) expect(state.closes).toBe(moment.closes)
    else expect(nextOpening(state)).toBe(moment.next)
  })

  test('on 30 December the next opening is five days ahead, counted in Japan', () => {
    const state = at('2026-12-30T12:00')
    expect(state.open ? undefined : state.next?.daysAhead).toBe(5)
  })
})
