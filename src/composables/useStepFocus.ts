/**
 * After each step, moves focus to the new heading and has a polite live region read it,
 * so that keyboard and screen-reader users know the page changed. Not on first load:
 * a page that has just opened should start at the top, as any page does.
 */
import { nextTick, ref, watch, type WatchSource } from 'vue'

/** The id of each screen's main heading, where focus lands after a step. */
export const stepHeadingId = 'step-heading'

export function useStepFocus(step: WatchSource<unknown>) {
  const announcement = ref('')

  watch(step, async () => {
    await nextTick()
    const heading = document.getElementById(stepHeadingId)
    if (!heading) return
    heading.focus()
    announcement.value = heading.textContent?.trim() ?? ''
  })

  return { announcement }
}
