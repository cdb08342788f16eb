/**
 * Every path of the flow, generated from the statechart, walked in Chromium in every
 * language as a person would: read the question, press the answer by its name, and on
 * the outcome check the headline, every step, the phone numbers and the links, all taken
 * from the flow's own data. The paths share their beginnings, so the walk goes depth
 * first and uses the app's Back button to try the next answer: every Back is checked too.
 * On the way, each screen must be complete (no message key shown, no phone number or tel:
 * link the facts do not define), must not scroll sideways at phone width, and in Japanese and
 * やさしい日本語 (its furigana make its own markup) each is scanned once with axe at that width.
 * The other languages share every component with Japanese; English is scanned at 1280 px in
 * accessibility.test.ts. The suite must stay within five minutes on two cores.
 * Each outcome in Japanese is saved as a 360 px screenshot in test-results/outcomes/.
 */
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, test } from 'vitest'
import { languages } from '../../locales/languages'
import { everyJourney, replay } from '../../src/engine/replay'
import { telHref } from '../../src/lib/format'
import { phonesIn } from '../../src/tooling/check'
import type { Answer } from '../../src/engine/types'
import { localeMessages } from '../support/locales'
import { answersOf, headingKey, pathsToOutcomes } from '../support/paths'
import { loadAxe, violationsOn } from './support/axe'
import { address, expectHeading, flow, open, questionMeta, text, type Locale } from './support/site'
import { axeTally, recordPages } from './support/wcag'

const screenshotDir = 'test-results/outcomes'
/** Screenshots cost time the suite does not have: Japanese, the FAQ's language, shows how every outcome looks. */
const screenshotLocales = ['ja']
mkdirSync(screenshotDir, { recursive: true })

interface PathNode {
  /** The state on screen after the answers so far. */
  state: string
  answers: Answer[]
  children: PathNode[]
}

/** The journeys as a tree: each node a screen, each edge an answer. They come depth first, so a parent is there before its children. */
function pathTree(): PathNode {
  const byAnswers = new Map<string, PathNode>()
  const keyOf = (answers: readonly Answer[]) => answers.map(({ question, answer }) => `${question}-${answer}`).join('/')
  for (const journey of everyJourney(flow)) {
    const node: PathNode = { state: journey.screen.id, answers: answersOf(journey), children: [] }
    byAnswers.set(keyOf(node.answers), node)
    if (node.answers.length > 0) byAnswers.get(keyOf(node.answers.slice(0, -1)))!.children.push(node)
  }
  return byAnswers.get('')!
}

const tree = pathTree()
const pathCount = pathsToOutcomes(flow).length
const walked: Record<string, number> = {}
const scanned: Record<string, number> = {}
const axeLocales = ['ja', 'ja-easy']

afterAll(() => {
  const total = Object.values(walked).reduce((sum, count) => sum + count, 0)
  const scans = Object.values(scanned).reduce((sum, count) => sum + count, 0)
  console.log(
    `journeys: walked ${total} paths (${pathCount} paths × ${Object.keys(walked).length} languages) in Chromium; ` +
      `scanned ${scans} screens with axe at 360 px`,
  )
})

/** A message key shown in place of its words: a namespace of the messages, a dot, more. */
const namespaces = [...new Set(Object.keys(localeMessages[languages[0]!.code]!).map((key) => key.split('.')[0]!))]
const keyShaped = new RegExp(`\\b(${namespaces.join('|')})\\.[A-Za-z]+(\\.[A-Za-z0-9]+)*`)
/** The phone numbers the facts define; no screen shows or links another. */
const definedPhones = Object.values(flow.contacts).flatMap((contact) => (contact.phones ?? []).map((phone) => phone.number))

/**
 * What would show a screen unfinished: a message key in place of words, a phone number from
 * nowhere; or one that scrolls sideways at phone width. One round trip to the page for all.
 */
async function screenProblems(page: Page, where: string): Promise<string[]> {
  const { shown, tels, overflow } = await page.evaluate(() => ({
    shown: document.body.innerText,
    tels: [...document.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href')!),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }))
  return [
    ...(keyShaped.test(shown) ? [`${where}: shows ${shown.match(keyShaped)![0]}`] : []),
    ...phonesIn(shown)
      .filter((number) => !definedPhones.includes(number))
      .map((number) => `${where}: shows ${number}`),
    ...tels.filter((href) => !definedPhones.some((number) => href === telHref(number))).map((href) => `${where}: links ${href}`),
    ...(overflow > 0 ? [`${where}: scrolls ${overflow} px sideways at 360 px`] : []),
  ]
}

async function checkOutcome(page: Page, locale: Locale, node: PathNode) {
  const screen = replay(flow, node.answers).screen
  if (screen.kind !== 'outcome') throw new Error(`${node.state} is not an outcome`)
  const shown = await page.locator('main').innerText()
  const missing = [...screen.notes, ...screen.steps].map((item) => text(locale, item.text)).filter((words) => !shown.includes(words))
  expect(missing, `${locale} ${node.state}: steps not shown`).toEqual([])
  const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  for (const id of screen.contacts) {
    for (const phone of flow.contacts[id]!.phones ?? []) {
      expect(shown, `${locale} ${node.state}: ${id}`).toContain(phone.number)
      expect(hrefs, `${locale} ${node.state}: ${id}`).toContain(telHref(phone.number))
    }
  }
  const linkIds = [
    ...[...screen.notes, ...screen.steps].flatMap((item) => (item.link ? [item.link] : [])),
    ...screen.contacts.flatMap((contact) => flow.contacts[contact]!.link ?? []),
  ]
  for (const id of linkIds) expect(hrefs, `${locale} ${node.state}: link ${id}`).toContain(flow.links[id]!.url)
}

describe.concurrent.each(languages.map((language) => language.code))('in %s', (locale) => {
  test('every path, start to outcome, with Back between them', async ({ task }) => {
    const { page, problems, close } = await open(`/${locale}/`)
    const seen = new Set<string>()
    const violations: string[] = []
    walked[locale] = 0
    scanned[locale] = 0
    const scan = axeLocales.includes(locale)
    const tally = scan ? axeTally(task) : undefined
    if (scan) await loadAxe(page)
    expect(await page.locator('html').getAttribute('lang')).toBe(languages.find((language) => language.code === locale)!.lang)

    async function visit(node: PathNode): Promise<void> {
      await expectHeading(page, text(locale, headingKey(flow, node.answers)), node.state)
      if (!seen.has(node.state)) {
        seen.add(node.state)
        violations.push(...(await screenProblems(page, `${locale} ${node.state}`)))
        if (scan) violations.push(...(await violationsOn(page, `${locale} ${node.state}`, true, tally)))
        if (scan) scanned[locale]!++
        if (scan) recordPages(task, [address(locale, node.answers)], 360)
      }
      if (node.children.length === 0) {
        await checkOutcome(page, locale, node)
        if (screenshotLocales.includes(locale)) {
          await page.screenshot({ path: `${screenshotDir}/${locale}-${node.state}.png`, fullPage: true })
        }
        walked[locale]!++
        return
      }
      const meta = questionMeta(node.state)
      for (const child of node.children) {
        const answer = child.answers.at(-1)!
        const label = text(locale, meta.answers.find((option) => option.id === answer.answer)!.label)
        // Looked for in the page's main part: naming every link of the header and footer
        // as well, seven languages at once, cost the suite a minute.
        try {
          await page.locator('main').getByRole('link', { name: label, exact: true }).click()
        } catch (error) {
          throw new Error(
            `On screen "${node.state}" (${locale}) the answer "${label}" could not be pressed: ${(error as Error).message.split('\n')[0]}`,
          )
        }
        await visit(child)
        await page
          .locator('main')
          .getByRole('link', { name: text(locale, 'ui.back'), exact: true })
          .click()
        await expectHeading(page, text(locale, headingKey(flow, node.answers)), `${node.state} after Back`)
      }
    }

    try {
      await visit(tree)
      if (tally) tally.complete = true
    } finally {
      await close()
    }
    expect(violations).toEqual([])
    expect(problems).toEqual([])
    expect(walked[locale]).toBe(pathCount)
  })
})
