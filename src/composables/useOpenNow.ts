/**
 * Whether a contact is open right now, kept current while the page is open. Nothing is
 * said until the page runs in a browser and the holidays of the years in question have
 * loaded: a guess would be worse than the hours alone.
 */
import { computed, onBeforeUnmount, onMounted, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { calendarYears, openState, type OpenState } from '../engine/openingHours'
import type { Contact, FlowDefinition } from '../engine/types'
import { useLoadedFlow } from '../stores/journey'

type HolidayCheck = (date: string) => boolean

const calendars = new Map<string, Promise<HolidayCheck>>()

/** One load per flow and years, shared by every card on the page. */
function holidaysOf(flow: FlowDefinition, years: readonly number[]): Promise<HolidayCheck> {
  const key = `${flow.id}:${years.join()}`
  let calendar = calendars.get(key)
  if (!calendar) {
    calendar = flow.loadHolidays ? flow.loadHolidays(years) : Promise.resolve(() => false)
    calendar.catch(() => calendars.delete(key))
    calendars.set(key, calendar)
  }
  return calendar
}

const refreshMs = 30_000

export function useOpenNow(contact: MaybeRefOrGetter<Contact>) {
  const flow = useLoadedFlow()
  const now = ref<Date>()
  const years = computed(() => (now.value ? calendarYears(now.value, flow.timeZone).join() : ''))
  const holidays = shallowRef<{ years: string; isHoliday: HolidayCheck }>()
  let timer: ReturnType<typeof setInterval> | undefined

  watch(years, (wanted) => {
    if (!wanted) return
    holidaysOf(flow, wanted.split(',').map(Number)).then(
      (isHoliday) => (holidays.value = { years: wanted, isHoliday }),
      () => undefined,
    )
  })
  onMounted(() => {
    now.value = new Date()
    timer = setInterval(() => (now.value = new Date()), refreshMs)
  })
  onBeforeUnmount(() => clearInterval(timer))

  return computed<OpenState | undefined>(() => {
    const current = toValue(contact)
    if (!current.hours?.length || !now.value || holidays.value?.years !== years.value) return undefined
    return openState(current, now.value, flow.timeZone, holidays.value.isHoliday)
  })
}
