/**
 * The language on screen: kept in the address (so a copied link opens in the same
 * language) and remembered for the next visit. Languages other than the source load on
 * demand; the switcher shows the choice while its chunk loads.
 */
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { languages } from '../../locales/languages'
import { availableLocales, languageOf, loadLanguage, rememberLanguage, sourceLanguage } from '../i18n'
import { useJourneyStore } from '../stores/journey'

/** The language being fetched, shown as chosen before it arrives. */
const pending = ref<string>()

export function useLanguage() {
  const composer = useI18n({ useScope: 'global' })
  const { locale } = composer
  const store = useJourneyStore()

  async function setLanguage(code: string) {
    if (!availableLocales.includes(code) || code === locale.value) return
    pending.value = code
    try {
      await loadLanguage(composer, code)
      if (pending.value !== code) return
      locale.value = code
      rememberLanguage(code)
    } catch {
      if (pending.value === code) store.notice = { key: 'ui.notice.languageFailed' }
    } finally {
      if (pending.value === code) pending.value = undefined
    }
  }

  /** The language the switcher shows as chosen: the one arriving, else the one on screen. */
  const chosen = computed(() => pending.value ?? locale.value)
  const current = computed(() => languageOf(locale.value))
  /** True when the page is not in the source language's script, so staff need it beside. */
  const needsSourceBeside = computed(() => current.value.lang !== sourceLanguage.lang)

  return { locale, chosen, current, languages, needsSourceBeside, setLanguage }
}
