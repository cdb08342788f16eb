/**
 * Dates and times for the reader's language with `Intl`, always in Japan time: the
 * offices and the phone line keep Japanese hours wherever the device is set.
 */
import type { MonthDay } from './engine/types'

const japanTime = 'Asia/Tokyo'
/** Japan has no daylight saving time: its offset from UTC is always nine hours. */
const japanOffsetHours = 9

/** A day of the year ("12月29日", "December 29"), with no year. */
export function formatMonthDay(lang: string, { month, day }: MonthDay): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, day),
  )
}

/** A time of day given as `H:MM` in Japan time, on the 24-hour clock the FAQ uses. */
export function formatTime(lang: string, time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  const instant = Date.UTC(2000, 0, 1, hours - japanOffsetHours, minutes)
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: japanTime }).format(instant)
}

/** A moment as date and time in Japan time ("2026年11月27日 12:10"). */
export function formatDateTime(lang: string, moment: Date): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: japanTime }).format(moment)
}

/** The digits of a phone number as a `tel:` link wants them. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`
}
