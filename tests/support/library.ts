/**
 * The test-only library flow (tests/fixtures/) in the app: mounted with its messages in
 * Japanese and English, and those messages as plain text for the expectations. Tests of the
 * screens run on it, so that no edit of the Mynaportal flow or its words can break them.
 */
import { readFileSync } from 'node:fs'
import en from '../fixtures/library.en.json'
import ja from '../fixtures/library.ja.json'
import { libraryFlow } from '../fixtures/library'
import { flattenMessages } from '../../scripts/repository'
import { localeMessages, say } from './locales'
import { mountApp } from './mountApp'

/** The languages the library flow is written in. */
export const libraryLocales = ['ja', 'en'] as const
export type LibraryLocale = (typeof libraryLocales)[number]

/** The app's messages with the library flow's, as plain text: locale code → (key → text). Read as text: imported, they arrive compiled. */
const messages: Record<string, Record<string, string>> = Object.fromEntries(
  libraryLocales.map((code) => [
    code,
    { ...localeMessages[code], ...flattenMessages(JSON.parse(readFileSync(`tests/fixtures/library.${code}.json`, 'utf8'))) },
  ]),
)

/** A message of the app or of the library flow as it reads on screen (see `say`). */
export function words(locale: LibraryLocale, key: string, params?: Record<string, string | number>): string {
  return say(locale, key, params, messages)
}

/** Mounts the app on the library flow at an address, its messages in both its languages. */
export function mountLibrary(address: string, flow = libraryFlow) {
  return mountApp(address, flow, { messages: { ja, en } })
}
