/**
 * Larger text, narrower windows, wider spacing: every screen in every language (and the
 * accessibility statement and report in theirs) is measured as a reader who zooms, or
 * spaces the text out, would see it (support/measure.ts). Nothing may scroll sideways, be
 * cut off at a side or by its box, or be drawn over other text:
 * - zoomed to 200 % in a 1280 by 800 window, which is a window of 640 by 400 CSS px;
 * - at 320 CSS px wide (a 1280 px window zoomed to 400 %);
 * - with WCAG's text spacing (line height 1.5, 2 em after paragraphs, 0.12 em between
 *   letters, 0.16 em between words), at phone and desktop width, added as a constructed
 *   style sheet (which the Content-Security-Policy allows, as it allows a reader's own).
 * The language menu is measured open on the first screen.
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { languages } from '../../locales/languages'
import { layoutProblems } from './support/measure'
import { accessibilityPages, appScreens, showScreen } from './support/screens'
import { open, visit } from './support/site'
import { checks, recordPages } from './support/wcag'

const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`

/**
 * Every screen of a language at this window size, measured by `measure` once shown (and on
 * the first, the language menu open, on its own); the problems found.
 */
async function everyScreen(page: Page, locale: string, measure: (where: string, within?: string) => Promise<string[]>): Promise<string[]> {
  const problems: string[] = []
  for (const [index, screen] of appScreens.entries()) {
    await showScreen(page, locale, screen)
    problems.push(...(await measure(`${locale} ${screen.name}`)))
    if (index === 0) {
      await page.locator('.language-switcher summary').click()
      problems.push(...(await measure(`${locale} ${screen.name}, the language menu open`, '.language-switcher')))
      await page.locator('.language-switcher summary').click()
    }
  }
  for (const { path } of accessibilityPages.filter(({ lang }) => lang === locale)) {
    await visit(page, path)
    problems.push(...(await measure(path)))
  }
  return problems
}

function pathsOf(locale: string) {
  return [
    ...appScreens.map((screen) => screen.path(locale)),
    ...accessibilityPages.filter(({ lang }) => lang === locale).map(({ path }) => path),
  ]
}

const measured = (page: Page) => async (where: string, within?: string) =>
  (await page.evaluate(layoutProblems, within)).map((problem) => `${where}: ${problem}`)

describe.concurrent.for(languages.map((language) => language.code))('in %s', (locale) => {
  test('zoomed to 200 % (640 by 400 CSS px) nothing is lost or covered', checks('1.4.4'), async ({ task }) => {
    const { page, close } = await open(`/${locale}/`, { viewport: { width: 640, height: 400 } })
    try {
      const problems = await everyScreen(page, locale, measured(page))
      recordPages(task, pathsOf(locale), 640)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('at 320 CSS px wide nothing scrolls sideways, is lost or covered', checks('1.4.10'), async ({ task }) => {
    const { page, close } = await open(`/${locale}/`, { viewport: { width: 320, height: 640 } })
    try {
      const problems = await everyScreen(page, locale, measured(page))
      recordPages(task, pathsOf(locale), 320)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test.for([360, 1280])('with wider text spacing at %i px nothing is lost or covered', checks('1.4.12'), async (width, { task }) => {
    const { page, close } = await open(`/${locale}/`, { viewport: { width, height: 800 } })
    try {
      const problems = await everyScreen(page, locale, async (where, within) => {
        await page.evaluate((css) => {
          const sheet = new CSSStyleSheet()
          sheet.replaceSync(css)
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
        }, textSpacing)
        const found = await measured(page)(`${where}, text spaced`, within)
        await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)))
        return found
      })
      recordPages(task, pathsOf(locale), width)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})
