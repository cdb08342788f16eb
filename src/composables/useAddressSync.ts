/**
 * Keeps the address bar and the answers in step: the address is derived from the
 * answers, and an address the person brings (a link, Back, Forward, reload) is read
 * back into answers. Each answer is a history entry; a change of language is not.
 */
import { computed, onBeforeUnmount, watch } from 'vue'
import { formatAddress, parseAddress } from '../engine/address'
import { useJourneyStore } from '../stores/journey'
import { chooseLanguage } from '../i18n'
import { readSession, writeSession } from '../storage'
import { useLanguage } from './useLanguage'

const base = import.meta.env.BASE_URL

function here(): string {
  return `${location.pathname}${location.search}`
}

export function useAddressSync() {
  const store = useJourneyStore()
  const { locale, setLanguage } = useLanguage()
  const storageKey = `myna-guide:${store.entry.id}:address`

  const address = computed(() => formatAddress(base, locale.value, store.answers, store.changing))

  /** Reads an address into the answers; a bare visit resumes this tab's last address. */
  function read(path: string, search: string) {
    let parsed = parseAddress(path, search, base)
    if (parsed.locale === undefined) {
      const saved = readSession(storageKey)
      if (saved) {
        const url = new URL(saved, location.origin)
        parsed = parseAddress(url.pathname, url.search, base)
      }
    }
    const language = chooseLanguage(parsed.locale)
    store.load(parsed.answers, { change: parsed.change, incomplete: parsed.malformed })
    if (language.unknown) store.notice = { key: 'ui.notice.unknownLanguage' }
    void setLanguage(language.code)
    history.replaceState(null, '', address.value)
  }

  function onPopState() {
    read(location.pathname, location.search)
  }

  read(location.pathname, location.search)
  window.addEventListener('popstate', onPopState)
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

/** The full address of the answers given, to open them on another device: never a reopened question. */
export function useShareableAddress() {
  const store = useJourneyStore()
  const { locale } = useLanguage()
  return computed(() => new URL(formatAddress(base, locale.value, store.answers), location.origin).href)
}
