/**
 * Whether a contact is open right now, kept current while the page is open. Nothing is
 * said until the page runs in a browser and the holidays of the years in question have
 * loaded: a guess would be worse than the hours alone.
 */
import { useIntervalFn, useMounted, useNow } from '@vueuse/core'
import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { calendarYears, openState, type OpenState } from '../lib/openingHours'
import type { Contact } from '../engine/types'
import { useGuide, useLoadedFlow } from '../stores/guide'

const refreshMs = 30_000

export function useOpenNow(contact: MaybeRefOrGetter<Contact>) {
  const guide = useGuide()
  const flow = useLoadedFlow()
  // No clock on the server: the prerendered page says nothing of open or closed.
  const mounted = useMounted()
  const clock = useNow({ scheduler: (update) => useIntervalFn(update, refreshMs) })
  const now = computed(() => (mounted.value ? clock.value : undefined))
  const years = computed(() => (now.value ? calendarYears(now.value, flow.timeZone).join() : ''))
  const holidays = shallowRef<{ years: string; isHoliday: (date: string) => boolean }>()

  watch(years, (wanted) => {
    if (!wanted) return
    guide.holidays(wanted.split(',').map(Number)).then(
      (isHoliday) => (holidays.value = { years: wanted, isHoliday }),
      () => undefined,
    )
  })

  return computed<OpenState | undefined>(() => {
    const current = toValue(contact)
    if (!current.hours?.length || !now.value || holidays.value?.years !== years.value) return undefined
    return openState(current, now.value, flow.timeZone, holidays.value.isHoliday)
  })
}
