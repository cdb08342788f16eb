/**
 * Facts from the Sapporo city FAQ on Mynaportal (management number 439552) that the
 * guidance refers to more than once. Each is written here exactly as the FAQ states it,
 * and only here: messages name them, the screens show them.
 */
import type { Contact, Link } from '../src/engine/types'
import { comparedOn } from './mynaportal.faq.json'

/** The FAQ's sections, F01 to F17 as the content map splits the page: id → message key of the heading. */
export const sections = Object.fromEntries(
  ['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09', 'F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17'].map((id) => [
    id,
    `mynaportal.section.${id}`,
  ]),
)

/**
 * The day the guide was last compared with the FAQ page (the page carries no date of its own).
 * It is set by `npm run faq:check -- <saved page> --accept`, which records it in
 * mynaportal.faq.json; only the date comes into the app, not the page's fingerprints.
 */
export const checkedOn = comparedOn

/** The FAQ's hours are Japanese hours. */
export const timeZone = 'Asia/Tokyo'

/**
 * The FAQ's "祝日" are Japan's public holidays, from a maintained calendar
 * (@holiday-jp/holiday_jp). Its data comes one year to a file, so a page that shows
 * opening hours loads only the years it asks about, not the whole dataset.
 */
const holidayYears = import.meta.glob<{ default: Record<string, unknown> }>(
  '/node_modules/@holiday-jp/holiday_jp/lib/holidays_every_year/20[2-5][0-9].js',
)

export async function loadHolidays(years: readonly number[]): Promise<(date: string) => boolean> {
  const loaders = years.flatMap((year) => holidayYears[`/node_modules/@holiday-jp/holiday_jp/lib/holidays_every_year/${year}.js`] ?? [])
  const holidays = new Set((await Promise.all(loaders.map((load) => load()))).flatMap((year) => Object.keys(year.default)))
  return (date) => holidays.has(date)
}

/**
 * F13: the months online applications began (平成30年3月 and 平成30年8月). The guidance states
 * them in each language's words; tests/integrity.test.ts holds every date a message
 * states to these.
 */
export const datesStated = {
  childAllowanceOnline: { year: 2018, month: 3 },
  nurseryOnline: { year: 2018, month: 3 },
  childRearingOnline: { year: 2018, month: 8 },
}

export const links = {
  /** F05: smartphones that can be used in place of an IC card reader. */
  smartphoneList: { url: 'https://www2.jpki.go.jp/prepare/pdf/nfclist.pdf', label: 'mynaportal.link.smartphoneList' },
  /** F06: the viewing support window at the Sapporo My Number Card Center. */
  supportWindow: { url: 'https://www.city.sapporo.jp/kikaku/mynumber/mynumberriyou.html', label: 'mynaportal.link.supportWindow' },
  /** F08: the operation manual (opens on its table of contents). */
  manual: { url: 'https://img.myna.go.jp/manual/sitemap.html', label: 'mynaportal.link.manual' },
} satisfies Record<string, Link>

export const contacts = {
  /** F17 */
  freeDial: {
    name: 'mynaportal.contact.freeDial.name',
    description: 'mynaportal.contact.freeDial.description',
    phones: [
      { number: '0120-95-0178', note: 'mynaportal.contact.freeDial.free' },
      { number: '050-3816-9405', note: 'mynaportal.contact.freeDial.ipPhone' },
    ],
    hours: [
      { days: 'mynaportal.contact.freeDial.weekdays', on: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '9:30', closes: '20:00' },
      { days: 'mynaportal.contact.freeDial.weekends', on: ['sat', 'sun', 'holiday'], opens: '9:30', closes: '17:30' },
    ],
    closed: { from: { month: 12, day: 29 }, to: { month: 1, day: 3 } },
  },
  /** F04 */
  wardOffice: {
    name: 'mynaportal.contact.wardOffice.name',
    description: 'mynaportal.contact.wardOffice.description',
  },
  /** F06 */
  supportWindow: {
    name: 'mynaportal.contact.supportWindow.name',
    description: 'mynaportal.contact.supportWindow.description',
    link: 'supportWindow',
  },
  /** F13 */
  childSupportDivision: {
    name: 'mynaportal.contact.childSupportDivision.name',
    description: 'mynaportal.contact.childSupportDivision.description',
  },
  /** F13 */
  nurseryDivision: {
    name: 'mynaportal.contact.nurseryDivision.name',
    description: 'mynaportal.contact.nurseryDivision.description',
  },
  /** F16 */
  inquiryForm: {
    name: 'mynaportal.contact.inquiryForm.name',
    description: 'mynaportal.contact.inquiryForm.description',
  },
} satisfies Record<string, Contact>
