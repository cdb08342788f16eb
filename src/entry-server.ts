/**
 * Prerendering: every step of the flow in every language, rendered to HTML at build
 * time (scripts/prerender.mjs writes the files), so each page reads and works before
 * any script runs, and the app hydrates it without a visible change.
 */
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { entry } from '../flows'
import App from './App.vue'
import type { PageHead } from './composables/usePageHead'
import { formatAddress } from './lib/address'
import { createGuide } from './guide'
import { availableLocales } from './i18n'
import { siteBase } from './router'

/** The base path the site was built for, for the build's later steps (the service worker, the static pages). */
export { siteBase }

export interface Page {
  /** The address, e.g. `/en/topic-login/`; the bare base opens the source language's start. */
  path: string
}

/** Every step of the flow (each journey's address) in every language, and the bare address. */
export async function pages(base = siteBase): Promise<Page[]> {
  const { flow, engine } = await entry.load()
  const journeys = engine.everyJourney(flow)
  return [
    { path: base },
    ...availableLocales.flatMap((locale) => journeys.map(({ answered }) => ({ path: formatAddress(base, locale, answered) }))),
  ]
}

/** Each way from the start to an outcome, as the addresses a person passes through, one after each answer (for npm run bench). */
export async function waysToOutcomes(locale: string, base = siteBase): Promise<string[][]> {
  const { flow, engine } = await entry.load()
  return engine
    .journeysToOutcomes(flow)
    .map(({ answered }) => answered.map((_, index) => formatAddress(base, locale, answered.slice(0, index + 1))))
}

/** A page's HTML and head, and the route it shows (which the app compares before it hydrates). */
export async function render({ path }: Page, base = siteBase): Promise<{ html: string; head: PageHead; route: string }> {
  const guide = createGuide(entry, { base, url: path })
  await guide.router.start()
  const app = createSSRApp(App).use(guide)
  const context: { head?: PageHead } = {}
  const html = await renderToString(app, context)
  if (!context.head) throw new Error(`No page head for ${path}`)
  return { html, head: context.head, route: guide.router.currentRoute.value.href }
}
