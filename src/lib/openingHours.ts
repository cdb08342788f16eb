/**
 * Whether a contact is open at a moment, and when it opens next, by the clock of the
 * contact's time zone: the device's own zone never enters into it.
 */
import type { Contact, DayKind, MonthDay, OpeningHours } from '../engine/types'

/** A day on the contact's calendar, with no time zone attached. */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

export type OpenState =
  | { open: true; closes: string }
  | {
      open: false
      /** The next opening within two weeks; none when the hours never open in that time. */
      next?: { day: CalendarDay; opens: string; daysAhead: number }
    }

const weekdays: readonly DayKind[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
/** Far enough to cross the longest yearly closure and a run of holidays after it. */
const lookAheadDays = 14

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}

/** `YYYY-MM-DD`, the form holiday calendars are keyed by. */
export function isoDate({ year, month, day }: CalendarDay): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const clocks = new Map<string, Intl.DateTimeFormat>()

/** A formatter that reads a time zone's wall clock; built once per zone, as building one is slow. */
function clockIn(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone)
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
    clocks.set(timeZone, clock)
  }
  return clock
}

/** The calendar day and minute of the day that an instant is in a time zone. */
function wallClock(moment: Date, timeZone: string): { day: CalendarDay; minutes: number } {
  const parts = Object.fromEntries(
    clockIn(timeZone)
      .formatToParts(moment)
      .map((part) => [part.type, Number(part.value)]),
  )
  return { day: { year: parts.year!, month: parts.month!, day: parts.day! }, minutes: parts.hour! * 60 + parts.minute! }
}

function addDays({ year, month, day }: CalendarDay, count: number): CalendarDay {
  const date = new Date(Date.UTC(year, month - 1, day + count))
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

function weekdayOf({ year, month, day }: CalendarDay): DayKind {
  return weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!
}

/** Whether a day falls in a yearly closure such as 29 December to 3 January. */
function inClosure(closed: { from: MonthDay; to: MonthDay } | undefined, { month, day }: CalendarDay): boolean {
  if (!closed) return false
  const value = month * 100 + day
  const from = closed.from.month * 100 + closed.from.day
  const to = closed.to.month * 100 + closed.to.day
  return from <= to ? from <= value && value <= to : value >= from || value <= to
}

/** The hours that apply on a day: none in a closure; a public holiday's own hours where given. */
function hoursOn(contact: Contact, day: CalendarDay, isHoliday: (date: string) => boolean): OpeningHours | undefined {
  if (inClosure(contact.closed, day)) return undefined
  const hours = contact.hours ?? []
  const weekday = weekdayOf(day)
  const holidayHours = isHoliday(isoDate(day)) ? hours.find((row) => row.on.includes('holiday')) : undefined
  return holidayHours ?? hours.find((row) => row.on.includes(weekday))
}

/** The years whose holidays decide the state at a moment: this one, and the next within the look-ahead. */
export function calendarYears(moment: Date, timeZone: string): number[] {
  const today = wallClock(moment, timeZone).day
  return [...new Set([today.year, addDays(today, lookAheadDays).year])]
}

export function openState(contact: Contact, moment: Date, timeZone: string, isHoliday: (date: string) => boolean): OpenState {
  const now = wallClock(moment, timeZone)
  const today = hoursOn(contact, now.day, isHoliday)
  if (today && minutesOf(today.opens) <= now.minutes && now.minutes < minutesOf(today.closes)) {
    return { open: true, closes: today.closes }
  }
  for (let daysAhead = 0; daysAhead <= lookAheadDays; daysAhead++) {
    const day = addDays(now.day, daysAhead)
    const hours = hoursOn(contact, day, isHoliday)
    if (hours && (daysAhead > 0 || now.minutes < minutesOf(hours.opens))) {
      return { open: false, next: { day, opens: hours.opens, daysAhead } }
    }
  }
  return { open: false }
}
