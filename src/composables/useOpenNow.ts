/**
 * Whether a contact is open right now, kept current while the page is open. Nothing is
 * said until the page runs in a browser and the holiday calendar has loaded: a guess
 * would be worse than the hours alone.
 */
import { computed, onBeforeUnmount, onMounted, ref, shallowRef, type MaybeRefOrGetter, toValue } from 'vue'
import { openState, type OpenState } from '../engine/openingHours'
import type { Contact, FlowDefinition } from '../engine/types'
import { useLoadedFlow } from '../stores/journey'

type HolidayCheck = (date: string) => boolean

const calendars = new WeakMap<FlowDefinition, Promise<HolidayCheck>>()

/** One load per flow, shared by every card on the page. */
function holidaysOf(flow: FlowDefinition): Promise<HolidayCheck> {
  let calendar = calendars.get(flow)
  if (!calendar) {
    calendar = flow.loadHolidays ? flow.loadHolidays() : Promise.resolve(() => false)
    calendar.catch(() => calendars.delete(flow))
    calendars.set(flow, calendar)
  }
  return calendar
}

const refreshMs = 30_000

export function useOpenNow(contact: MaybeRefOrGetter<Contact>) {
  const flow = useLoadedFlow()
  const now = ref<Date>()
  const isHoliday = shallowRef<HolidayCheck>()
  let timer: ReturnType<typeof setInterval> | undefined

  onMounted(() => {
    now.value = new Date()
    timer = setInterval(() => (now.value = new Date()), refreshMs)
    holidaysOf(flow).then(
      (check) => (isHoliday.value = check),
      () => undefined,
    )
  })
  onBeforeUnmount(() => clearInterval(timer))

  return computed<OpenState | undefined>(() => {
    const current = toValue(contact)
    if (!current.hours?.length || !now.value || !isHoliday.value) return undefined
    return openState(current, now.value, flow.timeZone, isHoliday.value)
  })
}
