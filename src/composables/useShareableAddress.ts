/**
 * The full address of the answers given, to open them on another device: never a
 * reopened question. Empty until mounted: only the browser knows the page's origin.
 */
import { computed, onMounted, ref } from 'vue'
import { useGuide } from '../stores/guide'

export function useShareableAddress() {
  const guide = useGuide()
  const origin = ref('')
  onMounted(() => (origin.value = location.origin))
  return computed(() => (origin.value ? new URL(guide.hrefFor(guide.answers), origin.value).href : ''))
}
