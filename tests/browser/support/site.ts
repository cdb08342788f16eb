/** The built site in the shared Chromium, and what the person should read on it. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { expect, inject } from 'vitest'
import { mynaportalFlow as flow } from '../../../flows/mynaportal'
import { formatAddress } from '../../../src/lib/address'
import { withoutRuby } from '../../../src/lib/ruby'
import { everyJourney } from '../../../src/engine/replay'
import type { Answer } from '../../../src/engine/types'
import { languages } from '../../../locales/languages'
import { localeMessages, say } from '../../support/locales'

/** The site under test: its origin and base path, without a trailing slash; a test's paths (`/ja/…`) follow it. */
export const siteUrl = inject('siteUrl')
/** The base path the site was built for: `/`, or a city's sub-path in the smoke set. */
export const siteBase = inject('siteBase')
const siteOrigin = new URL(siteUrl).origin

/**
 * How long, in ms, a test waits for the page to show what it expects: a heading, a button,
 * a notice, a poll's answer. Every wait in the browser suite uses it rather than a
 * library's default (Vitest's expect.poll gives up after one second), since on two busy
 * cores a chunk or a language can take seconds to arrive. A missing button still fails
 * long before the test's own timeout, naming what was looked for.
 */
export const patience = 30_000
/** For expect.poll and the like. */
export const patiently = { timeout: patience, interval: 50 }
/** The languages checked most fully (desktop scans, every outcome printed); every language is walked. */
export const locales = ['ja', 'en'] as const
export type Locale = string

let browser: Promise<Browser> | undefined

export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject('browserEndpoint'))
  return browser
}

/**
 * A message as the page names it to assistive technology and to `innerText` alike: without
 * furigana readings (the keys used on screens here take no parameters).
 */
export function text(locale: Locale, key: string): string {
  return withoutRuby(message(locale, key))
}

/** A message as it reads on screen with its placeholders filled in and, for `count`, its plural form. */
export { say }

/** A language's name in itself, as the language menu offers it. */
export function languageName(code: string): string {
  const language = languages.find((candidate) => candidate.code === code)
  if (!language) throw new Error(`No language "${code}" in locales/languages.ts`)
  return language.name
}

/** A message as written, furigana marks included. */
export function message(locale: Locale, key: string): string {
  const written = localeMessages[locale]?.[key]
  if (!written?.trim()) throw new Error(`The ${locale} locale has no message "${key}"`)
  return written.replace(/\{'(.)'\}/g, '$1')
}

/** A journey to the outcome with every kind of part: a checklist, contacts with opening hours, links. */
export const supportWindowJourney: Answer[] = [
  { question: 'topic', answer: 'login' },
  { question: 'card', answer: 'yes' },
  { question: 'certificate', answer: 'yes' },
  { question: 'pc', answer: 'no' },
]

export function address(locale: string, answers: readonly Answer[], change?: string) {
  return formatAddress('/', locale, answers, change)
}

/**
 * A fresh browser context (its own storage, as a new visitor) with one page, at 360 px
 * wide unless told otherwise. `problems` collects script errors, console errors,
 * Content-Security-Policy violations, requests to any other origin and requests outside
 * the site's base path. The service worker
 * is blocked unless asked for: installing it downloads the whole app again, in every
 * context, and only the offline test needs it.
 */
export async function open(path: string, options: BrowserContextOptions = {}, beforeVisit?: (page: Page) => Promise<unknown>) {
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block', ...options })
  context.setDefaultTimeout(patience)
  context.setDefaultNavigationTimeout(patience)
  const problems: string[] = []
  // Every page is held to the site's Content-Security-Policy and may ask nothing of
  // another origin: each violation and each such request is a problem.
  await context.exposeBinding('reportCspViolation', (_source, report: string) => problems.push(`CSP violation: ${report}`))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportCspViolation(report: string): void }).reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  context.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:')) return
    const { origin, pathname } = new URL(url)
    if (origin !== siteOrigin) problems.push(`request to another origin: ${url}`)
    else if (!pathname.startsWith(siteBase)) problems.push(`request outside the base ${siteBase}: ${url}`)
  })
  const page = await context.newPage()
  let inFlight = 0
  page.on('request', () => inFlight++)
  page.on('requestfinished', () => inFlight--)
  page.on('requestfailed', () => inFlight--)
  requestsInFlight.set(page, () => inFlight)
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  // Hosts answer an address that is no step with the app's shell and status 404, as they
  // should; Chromium logs each such page load as a failed resource, which is no problem here.
  let pagesNotFound = 0
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.status() === 404) pagesNotFound++
  })
  page.on('console', (message) => {
    // Playwright's own word that it blocked the worker, as asked.
    if (message.text() === 'Service Worker registration blocked by Playwright') return
    if (pagesNotFound > 0 && message.text().endsWith('the server responded with a status of 404 (Not Found)')) {
      pagesNotFound--
      return
    }
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
  })
  await beforeVisit?.(page)
  await visit(page, path)
  return { page, context, problems, close: () => context.close() }
}

/**
 * Brings an address to the app already open, as Back or Forward to a history entry does:
 * the app reads it as it reads the address of a page load, without loading the page again.
 */
export async function showInApp(page: Page, path: string) {
  await untilMounted(page)
  await page.evaluate(async (next) => {
    history.pushState(null, '', next)
    dispatchEvent(new PopStateEvent('popstate'))
    await new Promise(requestAnimationFrame)
  }, path)
}

/** For each page `open` made: how many of its requests have not finished. */
const requestsInFlight = new WeakMap<Page, () => number>()

/**
 * Waits until the page has no request in flight (a chunk, a holiday calendar the opening
 * hours wait for) and has drawn a frame since: what is on screen is then all it will show.
 */
export async function untilRequestsSettled(page: Page) {
  const inFlight = requestsInFlight.get(page)
  if (!inFlight) throw new Error('untilRequestsSettled needs a page made by open()')
  await expect.poll(inFlight, patiently).toBe(0)
  await page.evaluate(() => new Promise(requestAnimationFrame))
}

/** In the page: whether Vue has mounted an app on `#app` (it sets `__vue_app__` on the container, as Vue Devtools look for). */
function appMounted() {
  const container = document.getElementById('app')
  return container !== null && '__vue_app__' in container
}

/**
 * Waits until the app is mounted (the prerendered page hydrated, or rendered afresh). The
 * prerendered heading shows first, so a test that needs the app itself (its listeners, its
 * error handler) waits for this too.
 */
export async function untilMounted(page: Page) {
  await page.waitForFunction(appMounted)
}

/**
 * Before a visit (as `open`'s `beforeVisit`): notes whether any `h1` is ever removed. Hydration
 * keeps the nodes the prerenderer wrote; rendering afresh would replace them.
 */
export function watchForReplacedHeading(page: Page) {
  return page.addInitScript(() => {
    new MutationObserver((records) => {
      if (records.some((record) => [...record.removedNodes].some((node) => node.nodeName === 'H1')))
        document.documentElement.dataset.headingReplaced = 'true'
    }).observe(document, { childList: true, subtree: true })
  })
}

/** Whether a heading was replaced since `watchForReplacedHeading`. */
export function headingWasReplaced(page: Page) {
  return page.evaluate(() => document.documentElement.dataset.headingReplaced === 'true')
}

/** Whether the app has mounted on this page yet. */
export function isMounted(page: Page) {
  return page.evaluate(appMounted)
}

/** Goes to an address of the site and waits for the page to show its heading. */
export async function visit(page: Page, path: string) {
  await page.goto(siteUrl + path)
  await page.locator('h1').waitFor()
}

/** Waits until the main heading reads `expected`; on failure says which screen was expected and what was shown. */
export async function expectHeading(page: Page, expected: string, screen: string) {
  try {
    await page.locator('main').getByRole('heading', { level: 1, name: expected, exact: true }).waitFor({ timeout: patience })
  } catch {
    const shown = await page.locator('h1').first().textContent()
    throw new Error(`On screen "${screen}" expected the heading "${expected}" but the page shows "${shown}" (${page.url()})`)
  }
}

export function questionMeta(state: string) {
  const screen = everyJourney(flow).find((journey) => journey.screen.id === state)?.screen
  if (screen?.kind !== 'question') throw new Error(`${state} is not a question`)
  return screen.meta
}

export { flow }
