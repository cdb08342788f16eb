/**
 * Dates and times for the reader's language with `Intl`. Times of day and days of the
 * year are wall-clock values of the flow's time zone, so they are formatted as they are
 * written, whatever zone the device is set to.
 */
import type { CalendarDay } from './engine/openingHours'
import type { MonthDay } from './engine/types'

/** A day of the year ("12月29日", "December 29"), with no year. */
export function formatMonthDay(lang: string, { month, day }: MonthDay): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, day),
  )
}

/** A day with its weekday ("1月4日月曜日", "Monday, January 4"). */
export function formatDay(lang: string, { year, month, day }: CalendarDay): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  )
}

/** A date given as `YYYY-MM-DD` ("2026年11月27日", "November 27, 2026"). */
export function formatDate(lang: string, date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day))
}

/** A time of day given as `H:MM`, on the 24-hour clock the source uses. */
export function formatTime(lang: string, time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hours, minutes),
  )
}

/** A moment as date and time in a time zone ("2026年11月27日 12:10"). */
export function formatDateTime(lang: string, moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(moment)
}

/** The digits of a phone number as a `tel:` link wants them. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`
}
