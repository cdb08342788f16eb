/**
 * The language on screen: kept in the address (so a copied link opens in the same
 * language), remembered for the next visit, and set on `<html lang>`.
 */
import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { availableLocales, negotiateLocale, sourceLocale } from '../i18n'

const storageKey = 'myna-guide:language'

function remembered(): string | undefined {
  try {
    const stored = localStorage.getItem(storageKey)
    return stored && availableLocales.includes(stored) ? stored : undefined
  } catch {
    return undefined
  }
}

export function useLanguage() {
  const { locale, t } = useI18n()

  watchEffect(() => {
    document.documentElement.lang = t('language.lang')
  })

  function setLanguage(code: string) {
    if (!availableLocales.includes(code)) return
    locale.value = code
    try {
      localStorage.setItem(storageKey, code)
    } catch {
      // Storage can be disabled or full; the language still changes for this page.
    }
  }

  /** The language for a visit that names none: the one chosen before, the browser's, or the source. */
  function preferredLanguage(): string {
    return remembered() ?? negotiateLocale(navigator.languages ?? []) ?? sourceLocale
  }

  /** Each language, named in itself; the source language first. */
  const languages = [sourceLocale, ...availableLocales.filter((code) => code !== sourceLocale)].map((code) => ({
    code,
    name: t('language.name', {}, { locale: code }),
    lang: t('language.lang', {}, { locale: code }),
  }))

  return { locale, languages, setLanguage, preferredLanguage }
}
