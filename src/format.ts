import type { MonthDay } from './engine/types'

/** A day of the year in the reader's language ("12月29日", "29 December"), without a year. */
export function formatMonthDay(locale: string, { month, day }: MonthDay): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, day),
  )
}

/** The digits of a phone number as a `tel:` link wants them. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`
}
