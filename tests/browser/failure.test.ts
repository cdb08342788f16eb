/**
 * Failures injected into the built site: a chunk that will not download, a promise that
 * rejects with no one to catch it, an error inside the app. Each time the page shows the
 * calm fallback in the language on screen, with the flow's helpline (the free dial) and
 * Start again.
 */
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { entry } from '../../flows'
import { expectHeading, open, text, untilMounted } from './support/site'

async function expectFallback(page: Page, locale: string) {
  await expectHeading(page, text(locale, 'ui.error.title'), 'the fallback')
  const fallback = page.getByRole('alert')
  await expect(fallback.innerText()).resolves.toContain(entry.helpline.phones![0]!.number)
  expect(await fallback.getByRole('link', { name: text(locale, 'ui.startAgain') }).getAttribute('href')).toBe(`/${locale}/`)
}

/** The flow's own chunk, XState's and the engine's (each name and its 8-character hash), not the facts the first screen shares with the flow. */
const flowChunks = /\/assets\/(mynaportal|xstate\.esm|replay)-[\w-]{8}\.js$/

describe('a calm fallback instead of a broken page', () => {
  test('in 한국어, when the rest of the flow cannot be downloaded', async () => {
    const { page, close } = await open('/ko/', {}, (page) => page.route(flowChunks, (route) => route.abort()))
    try {
      await page.getByRole('link', { name: text('ko', 'mynaportal.q.topic.login'), exact: true }).click()
      await expectFallback(page, 'ko')
    } finally {
      await close()
    }
  })

  test('in English, when a link to a later step opens and the flow cannot be downloaded', async () => {
    const { page, problems, close } = await open('/en/topic-login/card-yes/', {}, (page) =>
      page.route(flowChunks, (route) => route.abort()),
    )
    try {
      await untilMounted(page)
      await expectFallback(page, 'en')
      // Drawn afresh, not hydrated over the prerendered question: no mismatch reported.
      expect(problems.filter((problem) => !problem.includes('net::ERR_FAILED'))).toEqual([])
    } finally {
      await close()
    }
  })

  test('in English, when a promise rejects and nothing catches it', async () => {
    const { page, close } = await open('/en/topic-login/')
    try {
      await untilMounted(page)
      await page.evaluate(() => void Promise.reject(new Error('injected')))
      await expectFallback(page, 'en')
    } finally {
      await close()
    }
  })

  test('in Japanese, when the app reports an error of its own', async () => {
    const { page, close } = await open('/ja/topic-login/card-yes/')
    try {
      await untilMounted(page)
      await page.evaluate(() => {
        const app = (document.getElementById('app') as HTMLElement & { __vue_app__: { config: { errorHandler(error: unknown): void } } })
          .__vue_app__
        app.config.errorHandler(new Error('injected'))
      })
      await expectFallback(page, 'ja')
    } finally {
      await close()
    }
  })
})
