/**
 * Printing, whether from the Print button or the browser's own menu: some parts of a
 * printed sheet (its time, the QR code) are drawn only while printing, so the page never
 * spends time on them while it opens. The browser fires `beforeprint` (and turns print
 * media on) before it lays the sheet out, and what changes in that moment is drawn in time.
 */
import { useEventListener, useMediaQuery } from '@vueuse/core'
import { nextTick, watch } from 'vue'
import { useGuide } from '../stores/guide'

/** Follows the browser's printing into the store; once, in the app's root component. */
export function usePrintEvents() {
  const guide = useGuide()
  useEventListener('beforeprint', () => guide.startPrinting())
  useEventListener('afterprint', () => guide.endPrinting())
  // The page may have been opened for printing, or print media turned on without the events.
  watch(useMediaQuery('print'), (printing) => (printing ? guide.startPrinting() : guide.endPrinting()))
}

/** The Print button: the sheet's own parts are drawn before the print dialog copies the page. */
export function usePrint() {
  const guide = useGuide()
  return async function print() {
    guide.startPrinting()
    await nextTick()
    window.print()
  }
}
