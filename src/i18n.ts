/**
 * vue-i18n with messages precompiled at build time (@intlify/unplugin-vue-i18n). The
 * source language ships with the page, since every other language prints it beside its
 * own; the others are separate chunks, loaded when chosen.
 */
import { createI18n, type I18nOptions } from 'vue-i18n'
import sourceMessages from '../locales/ja.json'
import { languages, type Language } from '../locales/languages'
import { parseAddress } from './engine/address'

type Messages = NonNullable<I18nOptions['messages']>[string]

export const sourceLanguage: Language = languages[0]!
export const availableLocales = languages.map((language) => language.code)

const loaders = import.meta.glob<{ default: Messages }>(['../locales/*.json', '!../locales/ja.json'])

function loaderFor(code: string) {
  return loaders[`../locales/${code}.json`]
}

export function languageOf(code: string): Language {
  return languages.find((language) => language.code === code) ?? sourceLanguage
}

/** The first of the person's languages that we have, matching `en-GB` to `en`; else undefined. */
function negotiateLocale(preferred: readonly string[]): string | undefined {
  for (const wanted of preferred) {
    const exact = availableLocales.find((code) => code.toLowerCase() === wanted.toLowerCase())
    if (exact) return exact
    const primary = wanted.split('-')[0]?.toLowerCase()
    const sameLanguage = availableLocales.find((code) => code.split('-')[0]?.toLowerCase() === primary)
    if (sameLanguage) return sameLanguage
  }
  return undefined
}

function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: sourceLanguage.code,
    // No silent fallback: a message missing in one language is a bug the tests must see.
    fallbackLocale: false,
    messages: { [sourceLanguage.code]: sourceMessages } as Record<string, Messages>,
  })
}

/** Where messages are kept: the global composer of vue-i18n. */
interface MessageStore {
  readonly availableLocales: readonly string[]
  setLocaleMessage(locale: string, messages: Messages): void
}

/** Makes a language's messages available, fetching its chunk the first time. */
export async function loadLanguage(store: MessageStore, code: string): Promise<void> {
  if (store.availableLocales.includes(code)) return
  const load = loaderFor(code)
  if (!load) throw new Error(`No messages for the language "${code}"`)
  store.setLocaleMessage(code, (await load()).default)
}

const storageKey = 'myna-guide:language'

function remembered(): string | undefined {
  try {
    const stored = localStorage.getItem(storageKey)
    return stored && availableLocales.includes(stored) ? stored : undefined
  } catch {
    return undefined
  }
}

export function rememberLanguage(code: string) {
  try {
    localStorage.setItem(storageKey, code)
  } catch {
    // Storage can be disabled or full; the language still changes for this page.
  }
}

/**
 * The language for an address: the one it names if we have it; otherwise the one chosen
 * before, the browser's, or the source. `unknown` tells that the address named another.
 */
export function chooseLanguage(requested: string | undefined) {
  if (requested !== undefined && availableLocales.includes(requested)) return { code: requested, unknown: false }
  const browserLanguages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [])
  const code = remembered() ?? negotiateLocale(browserLanguages) ?? sourceLanguage.code
  return { code, unknown: requested !== undefined }
}

/**
 * vue-i18n with the language the address asks for already loaded, so the first screen
 * never flashes message keys. If that language cannot load, the source language opens.
 */
export async function createI18nForAddress(pathname: string, base: string) {
  return createI18nIn(chooseLanguage(parseAddress(pathname, '', base).locale).code)
}

/** vue-i18n showing one language, loaded before it is returned. */
export async function createI18nIn(code: string) {
  const i18n = createAppI18n()
  try {
    await loadLanguage(i18n.global, code)
    i18n.global.locale.value = code
  } catch {
    // The source language is built in; the address sync will say what happened.
  }
  return i18n
}
