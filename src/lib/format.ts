/**
 * Dates and times for the reader's language with `Intl`. Times of day and days of the
 * year are wall-clock values of the flow's time zone, so they are formatted as they are
 * written, whatever zone the device is set to.
 */
import type { CalendarDay } from './openingHours'
import type { MonthDay } from '../engine/types'

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Building a formatter is slow (it loads the language's data): each is built once. */
function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([lang, options])
  let formatter = formatters.get(key)
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(lang, options)))
  return formatter
}

/** A day of the year ("12月29日", "December 29"), with no year. */
export function formatMonthDay(lang: string, { month, day }: MonthDay): string {
  return dateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, day))
}

/** A day with its weekday ("1月4日月曜日", "Monday, January 4"). */
export function formatDay(lang: string, { year, month, day }: CalendarDay): string {
  return dateTimeFormat(lang, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day))
}

/** A date given as `YYYY-MM-DD` ("2026年11月27日", "November 27, 2026"). */
export function formatDate(lang: string, date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day))
}

/**
 * A time of day as the source writes it, `9:30` on the 24-hour clock, in every language:
 * read the same way everywhere, and no `Intl` cost while a page starts.
 */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return `${hours}:${String(minutes).padStart(2, '0')}`
}

/** A moment as date and time in a time zone ("2026年11月27日 12:10"). */
export function formatDateTime(lang: string, moment: Date, timeZone: string): string {
  return dateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(moment)
}

/** The digits of a phone number as a `tel:` link wants them. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`
}
