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
import { everyStep } from './engine/graph'
import { availableLocales, createI18nIn, sourceLanguage } from './i18n'
import { flowKey, useJourneyStore } from './stores/journey'

export interface Page {
  /** The address, e.g. `/en/topic-login/`; `/` is the source language's start. */
  path: string
  locale: string
}

export async function pages(base = '/'): Promise<Page[]> {
  const { flow } = await entry.load()
  const steps = everyStep(flow.machine)
  return [
    { path: base, locale: sourceLanguage.code },
    ...availableLocales.flatMap((locale) => steps.map((answers) => ({ path: formatAddress(base, locale, answers), locale }))),
  ]
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
