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
    const stored = parseStoredList(readSession(storageKey))
    // A new but equal list would redraw the whole outcome as the page is hydrated.
    if (JSON.stringify(stored) !== JSON.stringify(store.ticked)) store.ticked = stored
    watch(
      () => store.ticked,
      (ticked) => writeSession(storageKey, JSON.stringify(ticked)),
    )
  })
}
