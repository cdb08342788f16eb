/**
 * Printing, whether from the Print button or the browser's own menu: some parts of a
 * printed sheet (its time, the QR code) are drawn only while printing, so the page never
 * spends time on them while it opens. The browser fires `beforeprint` (and turns print
 * media on) before it lays the sheet out, and what changes in that moment is drawn in time.
 */
import { nextTick, onBeforeUnmount, onMounted, ref } from 'vue'

/** When the printing under way started; undefined when nothing is being printed. */
const printStarted = ref<Date>()

export function usePrinting() {
  // Each user listens for itself (and stops when it goes): listeners shared between
  // components would be added once by the browser and removed by the first to go.
  const start = () => (printStarted.value = new Date())
  const end = () => (printStarted.value = undefined)
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

  /** The Print button: the sheet's own parts are drawn before the print dialog copies the page. */
  async function print() {
    start()
    await nextTick()
    window.print()
  }

  return { printStarted, print }
}
