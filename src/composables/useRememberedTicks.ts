/**
 * The ticks on the checklist last as long as the answers do: for this tab's session,
 * beside the address that carries the answers. They are restored once mounted: the
 * prerendered page has every box empty.
 */
import { onMounted, watch } from 'vue'
import { useJourneyStore } from '../stores/journey'
import { parseStoredList, readSession, sessionKey, writeSession } from '../storage'

export function useRememberedTicks() {
  const store = useJourneyStore()
  const storageKey = sessionKey(store.entry.id, 'ticked')
  onMounted(() => {
    store.ticked = parseStoredList(readSession(storageKey))
    watch(
      () => store.ticked,
      (ticked) => writeSession(storageKey, JSON.stringify(ticked)),
    )
  })
}
