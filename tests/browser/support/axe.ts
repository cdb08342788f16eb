/** axe-core scans with the WCAG 2.2 A and AA rules, through @axe-core/playwright. */
import AxeBuilder from '@axe-core/playwright'
import axe from 'axe-core'
import type { Page } from 'playwright-core'
import type { AxeTally } from '../../../scripts/accessibility/judge'

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

/**
 * Loads axe-core into the page once. Screens are then reached inside the app (by answering,
 * Back, or a history entry), so the 500 KB engine is not parsed again for each of several
 * hundred scans: that keeps the suite within its time budget on two cores.
 */
export async function loadAxe(page: Page) {
  await page.evaluate(axe.source)
}

/**
 * The violations on the page as it is now, each line naming the screen. With a tally
 * (support/wcag.ts), what every rule found is counted for the accessibility report.
 */
export async function violationsOn(page: Page, screen: string, axeLoaded = false, tally?: AxeTally): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of finishing each run in a new blank
  // page (this site has no frames for the new mode to reach); an empty source reuses the
  // axe loaded by loadAxe.
  const results = await new AxeBuilder({ page, ...(axeLoaded ? { axeSource: ';' } : {}) })
    .setLegacyMode(true)
    .withTags(wcag)
    .options({ resultTypes: ['violations'] })
    .analyze()
  if (tally) {
    tally.screens++
    for (const outcome of ['violations', 'passes', 'incomplete', 'inapplicable'] as const) {
      for (const { id } of results[outcome]) {
        const rule = (tally.rules[id] ??= { violations: 0, passes: 0, incomplete: 0, inapplicable: 0 })
        rule[outcome]++
        // Where to look: the first few screens with a violation or an undecided check.
        const where = outcome === 'violations' ? (rule.violatedOn ??= []) : outcome === 'incomplete' ? (rule.undecidedOn ??= []) : undefined
        if (where && where.length < 5) where.push(screen)
      }
    }
  }
  return results.violations.map(
    (violation) =>
      `${screen}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

/** How far the page scrolls sideways: more than zero means content does not fit the width. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}
