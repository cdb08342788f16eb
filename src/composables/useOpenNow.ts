/**
 * Whether a contact is open right now, kept current while the page is open. Nothing is
 * said until the page runs in a browser and the holidays of the years in question have
 * loaded: a guess would be worse than the hours alone.
 */
import { computed, onBeforeUnmount, onMounted, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { calendarYears, openState, type OpenState } from '../lib/openingHours'
import type { Contact } from '../engine/types'
import { useGuide, useLoadedFlow } from '../stores/guide'

const refreshMs = 30_000

export function useOpenNow(contact: MaybeRefOrGetter<Contact>) {
  const guide = useGuide()
  const flow = useLoadedFlow()
  const now = ref<Date>()
  const years = computed(() => (now.value ? calendarYears(now.value, flow.timeZone).join() : ''))
  const holidays = shallowRef<{ years: string; isHoliday: (date: string) => boolean }>()
  let timer: ReturnType<typeof setInterval> | undefined

  watch(years, (wanted) => {
    if (!wanted) return
    guide.holidays(wanted.split(',').map(Number)).then(
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
