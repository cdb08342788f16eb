/**
 * vue-i18n with messages precompiled at build time (@intlify/unplugin-vue-i18n). The
 * source language ships with the page, since every other language prints it beside its
 * own; the others are separate chunks, loaded when a route asks for them.
 */
import { createI18n, type I18nOptions } from 'vue-i18n'
import sourceMessages from '../locales/ja.json'
import { languages, type Language } from '../locales/languages'

type Messages = NonNullable<I18nOptions['messages']>[string]

export const sourceLanguage: Language = languages[0]!
export const availableLocales = languages.map((language) => language.code)

const loaders = import.meta.glob<{ default: Messages }>(['../locales/*.json', '!../locales/ja.json'])

export function languageOf(code: string): Language {
  return languages.find((language) => language.code === code) ?? sourceLanguage
}

/** The locale code an address names, in any case (`EN`, `zh-cn`); undefined if we have no such language. */
export function matchLocale(named: string): string | undefined {
  return availableLocales.find((code) => code.toLowerCase() === named.toLowerCase())
}

/** The first of the person's languages that we have, matching `en-GB` to `en`; else undefined. */
function negotiateLocale(preferred: readonly string[]): string | undefined {
  for (const wanted of preferred) {
    const exact = matchLocale(wanted)
    if (exact) return exact
    const primary = wanted.split('-')[0]?.toLowerCase()
    const sameLanguage = availableLocales.find((code) => code.split('-')[0]?.toLowerCase() === primary)
    if (sameLanguage) return sameLanguage
  }
  return undefined
}

export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: sourceLanguage.code,
    // No silent fallback: a message missing in one language is a bug the tests must see.
    fallbackLocale: false,
    messages: { [sourceLanguage.code]: sourceMessages } as Record<string, Messages>,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

/** Makes a language's messages available, fetching its chunk the first time. */
export async function loadLanguage(i18n: AppI18n, code: string): Promise<void> {
  const messages = i18n.global
  if (messages.availableLocales.includes(code)) return
  const load = loaders[`../locales/${code}.json`]
  if (!load) throw new Error(`No messages for the language "${code}"`)
  messages.setLocaleMessage(code, (await load()).default)
}

const preferenceKey = 'myna-guide:language'

/**
 * Where a visit that names no language goes: the language the person chose here before,
 * else the browser's, else the source. The server (prerendering) has neither.
 */
export function preferredLocale(): string {
  if (import.meta.env.SSR) return sourceLanguage.code
  let chosen: string | undefined
  try {
    chosen = matchLocale(localStorage.getItem(preferenceKey) ?? '')
  } catch {
    // Storage can be disabled; the browser's languages still count.
  }
  return chosen ?? negotiateLocale(navigator.languages ?? []) ?? sourceLanguage.code
}

/** Remembers the language the person chose, for their next visit that names none. */
export function rememberLocale(code: string) {
  try {
    localStorage.setItem(preferenceKey, code)
  } catch {
    // Storage can be disabled or full; the language still changes for this page.
  }
}
