/** The language on screen, as the route names it, and what follows from it. */
import { computed } from 'vue'
import { languages } from '../../locales/languages'
import { languageOf, sourceLanguage } from '../i18n'
import { useGuide } from '../stores/guide'

export function useLanguage() {
  const guide = useGuide()
  const current = computed(() => languageOf(guide.locale))
  /** True when the page is not in the source language's script, so staff need it beside. */
  const needsSourceBeside = computed(() => current.value.lang !== sourceLanguage.lang)
  return { current, languages, needsSourceBeside }
}
