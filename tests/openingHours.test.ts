/**
 * Whether a contact is open, at fixed moments written in the contact's own time zone: its
 * weekday hours, its own hours on public holidays, a yearly closure across the new year,
 * and the next opening when it is closed. The same moments give the same answers whatever
 * time zone the device is set to. The contact and its holidays are made up here; the free
 * dial's own hours, as the FAQ gives them, are checked in tests/content/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Contact } from '../src/engine/types'
import { calendarYears, isoDate, openState, type OpenState } from '../src/lib/openingHours'

const timeZone = 'Asia/Tokyo'
/** Weekdays 9:00–17:00, Saturdays and public holidays 10:00–12:00, Sundays closed, closed 30 December to 2 January. */
const counter: Contact = {
  name: 'test.counter',
  hours: [
    { days: 'test.weekdays', on: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '9:00', closes: '17:00' },
    { days: 'test.saturdays', on: ['sat', 'holiday'], opens: '10:00', closes: '12:00' },
  ],
  closed: { from: { month: 12, day: 30 }, to: { month: 1, day: 2 } },
}
/** Two Mondays that are public holidays. */
const holidays = new Set(['2026-11-23', '2027-01-11'])
const isHoliday = (date: string) => holidays.has(date)

function at(localTime: string): OpenState {
  return openState(counter, new Date(`${localTime}+09:00`), timeZone, isHoliday)
}

/** The next opening as "YYYY-MM-DD H:MM +Nd", N the days from today. */
function nextOpening(state: OpenState): string | undefined {
  return state.open || !state.next ? undefined : `${isoDate(state.next.day)} ${state.next.opens} +${state.next.daysAhead}d`
}

const moments = [
  { when: 'a weekday, one minute before closing', at: '2026-11-26T16:59', open: true, closes: '17:00' },
  { when: 'a weekday at closing time', at: '2026-11-26T17:00', open: false, next: '2026-11-27 9:00 +1d' },
  { when: 'a weekday before opening', at: '2026-11-27T08:59', open: false, next: '2026-11-27 9:00 +0d' },
  { when: 'a Saturday morning', at: '2026-11-28T11:00', open: true, closes: '12:00' },
  { when: 'a Saturday at closing time, with the Sunday closed', at: '2026-11-28T12:00', open: false, next: '2026-11-30 9:00 +2d' },
  { when: 'a public holiday on a Monday, in its own hours', at: '2026-11-23T11:30', open: true, closes: '12:00' },
  { when: 'a public holiday on a Monday, after them', at: '2026-11-23T13:00', open: false, next: '2026-11-24 9:00 +1d' },
  { when: 'the last day before the closure', at: '2026-12-29T16:59', open: true, closes: '17:00' },
  { when: 'the closure, across the new year', at: '2027-01-01T12:00', open: false, next: '2027-01-04 9:00 +3d' },
  { when: 'a Saturday before a holiday Monday', at: '2027-01-09T12:00', open: false, next: '2027-01-11 10:00 +2d' },
]

function expectMoment(moment: (typeof moments)[number]) {
  const state = at(moment.at)
  expect(state.open, `open at ${moment.at}`).toBe(moment.open)
  if (state.open) expect(state.closes).toBe(moment.closes)
  else expect(nextOpening(state)).toBe(moment.next)
}

describe('a counter open on weekdays and, shorter, on Saturdays and holidays', () => {
  test.each(moments)('$when', expectMoment)

  test('a holiday calendar that knows nothing still keeps the weekday hours', () => {
    expect(openState(counter, new Date('2026-11-23T13:00+09:00'), timeZone, () => false)).toEqual({ open: true, closes: '17:00' })
  })

  test('only the years that can matter are loaded: this one, and the next near the year’s end', () => {
    expect(calendarYears(new Date('2026-11-27T12:00+09:00'), timeZone)).toEqual([2026])
    expect(calendarYears(new Date('2026-12-20T12:00+09:00'), timeZone)).toEqual([2026, 2027])
    // 31 December 16:00 in UTC is already 1 January in Japan.
    expect(calendarYears(new Date('2026-12-31T16:00Z'), timeZone)).toEqual([2027])
  })
})

describe.each(['America/New_York', 'Pacific/Kiritimati', 'UTC'])('on a device set to %s', (zone) => {
  const machineZone = process.env.TZ
  beforeAll(() => {
    process.env.TZ = zone
  })
  afterAll(() => {
    if (machineZone === undefined) delete process.env.TZ
    else process.env.TZ = machineZone
  })

  test.each(moments)('$when', expectMoment)

  test('Friday morning in Japan is still Thursday evening in New York: the counter is open', () => {
    expect(new Date('2026-11-27T09:45+09:00').getDay()).toBe(zone === 'America/New_York' ? 4 : 5)
    expect(at('2026-11-27T09:45')).toEqual({ open: true, closes: '17:00' })
  })
})
