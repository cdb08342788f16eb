/**
 * Keeps the address bar and the answers in step: the address is derived from the
 * answers, and an address the person brings (a link, Back, Forward, reload) is read
 * back into answers. Each answer is a history entry; a change of language is not.
 *
 * The first render follows the path alone, as the prerendered page did, so the app can
 * hydrate that page without a mismatch; the rest of the address (a reopened question,
 * this tab's last visit, a notice about a bad link) is read once mounted.
 */
import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { formatAddress, parseAddress, parseStoredAddress } from '../engine/address'
import type { Answer } from '../engine/types'
import { useJourneyStore } from '../stores/journey'
import { chooseLanguage } from '../i18n'
import { readSession, sessionKey, writeSession } from '../storage'
import { useLanguage } from './useLanguage'

const base = import.meta.env.BASE_URL

function here(): string {
  return `${location.pathname}${location.search}`
}

export function useAddressSync() {
  const store = useJourneyStore()
  const { locale, setLanguage } = useLanguage()
  const storageKey = sessionKey(store.entry.id, 'address')

  const address = computed(() => formatAddress(base, locale.value, store.answers, store.changing))
  // On the server the prerenderer has loaded the answers, and there is no address bar.
  if (import.meta.env.SSR) return { address }

  /** Reads an address into the answers; a bare visit resumes this tab's last address. */
  function read(path: string, search: string) {
    let parsed = parseAddress(path, search, base)
    if (parsed.locale === undefined) parsed = parseStoredAddress(readSession(storageKey), location.origin, base) ?? parsed
    const language = chooseLanguage(parsed.locale)
    store.load(parsed.answers, { change: parsed.change, incomplete: parsed.malformed })
    if (language.unknown) store.notice = { key: 'ui.notice.unknownLanguage' }
    void setLanguage(language.code)
    if (address.value !== here()) history.replaceState(null, '', address.value)
    writeSession(storageKey, address.value)
  }

  function onPopState() {
    read(location.pathname, location.search)
  }

  const path = parseAddress(location.pathname, '', base)
  store.load(path.answers, { incomplete: path.malformed })
  onMounted(() => {
    read(location.pathname, location.search)
    window.addEventListener('popstate', onPopState)
  })
  onBeforeUnmount(() => window.removeEventListener('popstate', onPopState))

  watch(
    () => [locale.value, store.answers, store.changing] as const,
    ([language], [previousLanguage]) => {
      const next = address.value
      writeSession(storageKey, next)
      if (next === here()) return
      if (language !== previousLanguage) history.replaceState(null, '', next)
      else history.pushState(null, '', next)
    },
  )

  return { address }
}

/** Addresses of other steps in the language on screen: where each link leads without JavaScript. */
export function useStepAddresses() {
  const { locale } = useLanguage()
  return {
    addressFor: (answers: readonly Answer[], change?: string) => formatAddress(base, locale.value, answers, change),
  }
}

/**
 * The full address of the answers given, to open them on another device: never a
 * reopened question. Empty until the page runs in a browser, which alone knows its
 * origin, and has a moment to spare: drawing the QR code from it is not part of a step.
 */
export function useShareableAddress() {
  const store = useJourneyStore()
  const { addressFor } = useStepAddresses()
  const origin = ref('')
  onMounted(() => {
    const show = () => (origin.value = location.origin)
    if ('requestIdleCallback' in window) requestIdleCallback(show, { timeout: 1000 })
    else setTimeout(show)
  })
  return computed(() => (origin.value ? new URL(addressFor(store.answers), origin.value).href : ''))
}
