/**
 * vue-i18n with every file in locales/ (precompiled by @intlify/unplugin-vue-i18n).
 * A language is added by adding a file: its name and `lang` come from its own messages.
 */
import { createI18n, type I18nOptions } from 'vue-i18n'

/** Shown when nothing else tells us the person's language. */
export const sourceLocale = 'ja'

const modules = import.meta.glob<{ default: NonNullable<I18nOptions['messages']>[string] }>('../locales/*.json', { eager: true })

export const messages = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), module.default]),
)

export const availableLocales = Object.keys(messages)

/** The first of the person's languages that we have, matching `en-GB` to `en`; else undefined. */
export function negotiateLocale(preferred: readonly string[]): string | undefined {
  for (const wanted of preferred) {
    const exact = availableLocales.find((code) => code.toLowerCase() === wanted.toLowerCase())
    if (exact) return exact
    const primary = wanted.split('-')[0]?.toLowerCase()
    const sameLanguage = availableLocales.find((code) => code.split('-')[0]?.toLowerCase() === primary)
    if (sameLanguage) return sameLanguage
  }
  return undefined
}

export function createAppI18n(locale: string = sourceLocale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: sourceLocale,
    messages,
  })
}
