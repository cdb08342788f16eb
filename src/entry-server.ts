/**
 * Prerendering: every step of the flow in every language, rendered to HTML at build
 * time (scripts/prerender.mjs writes the files), so each page reads and works before
 * any script runs, and the app hydrates it without a visible change.
 */
import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { entry } from '../flows'
import App from './App.vue'
import type { PageHead } from './composables/usePageHead'
import { formatAddress, parseAddress } from './engine/address'
import { availableLocales, createI18nIn, sourceLanguage } from './i18n'
import { flowKey, useJourneyStore } from './stores/journey'

export interface Page {
  /** The address, e.g. `/en/topic-login/`; `/` is the source language's start. */
  path: string
  locale: string
}

/** Every step of the flow (each journey's address) in every language, and the bare address. */
export async function pages(base = '/'): Promise<Page[]> {
  const { flow, engine } = await entry.load()
  const journeys = engine.everyJourney(flow)
  return [
    { path: base, locale: sourceLanguage.code },
    ...availableLocales.flatMap((locale) => journeys.map(({ answered }) => ({ path: formatAddress(base, locale, answered), locale }))),
  ]
}

/** Each way from the start to an outcome, as the addresses a person passes through, one after each answer (for npm run bench). */
export async function waysToOutcomes(locale: string, base = '/'): Promise<string[][]> {
  const { flow, engine } = await entry.load()
  return engine
    .journeysToOutcomes(flow)
    .map(({ answered }) => answered.map((_, index) => formatAddress(base, locale, answered.slice(0, index + 1))))
}

export async function render({ path, locale }: Page, base = '/'): Promise<{ html: string; head: PageHead }> {
  await entry.load()
  const i18n = await createI18nIn(locale)
  const pinia = createPinia()
  const app = createSSRApp(App).provide(flowKey, entry).use(pinia).use(i18n)
  app.runWithContext(() => useJourneyStore(pinia).load(parseAddress(path, '', base).answers))
  const context: { head?: PageHead } = {}
  const html = await renderToString(app, context)
  if (!context.head) throw new Error(`No page head for ${path}`)
  return { html, head: context.head }
}
