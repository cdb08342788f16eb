/**
 * Printing, whether from the Print button or the browser's own menu: some parts of a
 * printed sheet (its time, the QR code) are drawn only while printing, so the page never
 * spends time on them while it opens. The browser fires `beforeprint` (and turns print
 * media on) before it lays the sheet out, and what changes in that moment is drawn in time.
 */
import { nextTick, onBeforeUnmount, onMounted } from 'vue'
import { useGuide } from '../stores/guide'

/** Follows the browser's printing into the store; once, in the app's root component. */
export function usePrintEvents() {
  const guide = useGuide()
  const start = () => guide.startPrinting()
  const end = () => guide.endPrinting()
  const follow = (media: MediaQueryListEvent) => (media.matches ? start() : end())
  let printMedia: MediaQueryList | undefined
  onMounted(() => {
    printMedia = matchMedia('print')
    // The page may have been opened for printing.
    if (printMedia.matches) start()
    printMedia.addEventListener('change', follow)
    window.addEventListener('beforeprint', start)
    window.addEventListener('afterprint', end)
  })
  onBeforeUnmount(() => {
    printMedia?.removeEventListener('change', follow)
    window.removeEventListener('beforeprint', start)
    window.removeEventListener('afterprint', end)
  })
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
