/**
 * The accessibility statement and the test report (scripts/accessibility-pages.mjs): plain
 * pages in Japanese and English that pass axe, need no script, break no rule of the
 * Content-Security-Policy and link to each other; and the footer of the guide, in every
 * language, leads to the statement and the report in Japanese or English.
 */
import { describe, expect, test } from 'vitest'
import { languages } from '../../locales/languages'
import { pageWords } from '../../scripts/accessibility/page.mjs'
import { violationsOn } from './support/axe'
import { accessibilityPages } from './support/screens'
import { expectHeading, open, patience, siteUrl, text, visit } from './support/site'
import { axeTally, recordPages } from './support/wcag'

const statementOf = (lang: string) => accessibilityPages.find((page) => page.kind === 'statement' && page.lang === lang)!
const reportOf = (lang: string) => accessibilityPages.find((page) => page.kind === 'report' && page.lang === lang)!

describe.concurrent('the accessibility pages', () => {
  test.for([360, 1280])('pass axe at %i px, with no script and nothing the policy blocks', async (width, { task }) => {
    const { page, problems, close } = await open(statementOf('ja').path, { viewport: { width, height: 800 } })
    const tally = axeTally(task)
    const found: string[] = []
    try {
      for (const { path, lang } of accessibilityPages) {
        await visit(page, path)
        expect(await page.locator('html').getAttribute('lang'), path).toBe(lang)
        expect(await page.locator('script').count(), `${path}: scripts`).toBe(0)
        found.push(...(await violationsOn(page, `${path} at ${width} px`, false, tally)))
      }
      tally.complete = true
      recordPages(
        task,
        accessibilityPages.map(({ path }) => path),
        width,
      )
    } finally {
      await close()
    }
    expect(found).toEqual([])
    expect(problems).toEqual([])
  })

  test('link to each other and back to the guide, in both languages', async () => {
    const { page, problems, close } = await open(statementOf('ja').path)
    try {
      await page.getByRole('link', { name: pageWords.ja.other.name, exact: true }).click()
      await page.waitForURL(`${siteUrl}${statementOf('en').path}`, { timeout: patience })
      await page.locator('header').getByRole('link', { name: pageWords.en.report, exact: true }).click()
      await page.waitForURL(`${siteUrl}${reportOf('en').path}`, { timeout: patience })
      await page.getByRole('link', { name: pageWords.en.other.name, exact: true }).click()
      await page.waitForURL(`${siteUrl}${reportOf('ja').path}`, { timeout: patience })
      await page.locator('header').getByRole('link', { name: pageWords.ja.statement, exact: true }).click()
      await page.waitForURL(`${siteUrl}${statementOf('ja').path}`, { timeout: patience })
      await page.getByRole('link', { name: pageWords.ja.back, exact: true }).click()
      await expectHeading(page, text('ja', 'mynaportal.q.topic.text'), 'the guide from the Japanese statement')
      await visit(page, statementOf('en').path)
      await page.getByRole('link', { name: pageWords.en.back, exact: true }).click()
      await expectHeading(page, text('en', 'mynaportal.q.topic.text'), 'the guide from the English statement')
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test.for(languages.map(({ code, lang }) => ({ code, lang })))(
    'the footer in $code leads to the statement and the report in its own language or in English',
    async ({ code, lang }) => {
      const pageLang = lang === 'ja' ? 'ja' : 'en'
      const { page, problems, close } = await open(`/${code}/`)
      try {
        for (const [key, expected] of [
          ['ui.accessibility', statementOf(pageLang)],
          ['ui.accessibilityReport', reportOf(pageLang)],
        ] as const) {
          await visit(page, `/${code}/`)
          const link = page.locator('footer').getByRole('link', { name: text(code, key), exact: true })
          expect(await link.getAttribute('hreflang')).toBe(expected.lang)
          await link.click()
          await page.waitForURL(`${siteUrl}${expected.path}`, { timeout: patience })
          await page.locator('h1').waitFor()
          expect(await page.locator('html').getAttribute('lang')).toBe(expected.lang)
        }
        expect(problems).toEqual([])
      } finally {
        await close()
      }
    },
  )
})
