/**
 * Whether an element has come near the screen yet: true from then on. For parts of a page
 * that are worth drawing only when someone may look at them.
 */
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

export function useSeen(target: Readonly<Ref<Element | null | undefined>>, margin = '200px') {
  const seen = ref(false)
  let observer: IntersectionObserver | undefined

  function stop() {
    observer?.disconnect()
    observer = undefined
  }

  watch(target, (element) => {
    stop()
    if (!element || seen.value) return
    if (!('IntersectionObserver' in window)) return void (seen.value = true)
    observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        seen.value = true
        stop()
      },
      { rootMargin: margin },
    )
    observer.observe(element)
  })
  onBeforeUnmount(stop)

  return seen
}
