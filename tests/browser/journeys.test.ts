/**
 * Every path of the flow, generated from the statechart, walked in Chromium as a person
 * would: read the question, press the answer by its name, in Japanese and in English.
 * Each outcome is checked for its headline, every step, its phone numbers and its links,
 * all taken from the flow's own data.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { replay } from '../../src/engine/replay'
import { pathsToOutcomes } from '../support/paths'
import { expectHeading, flow, locales, open, questionMeta, text, visit } from './support/site'

const paths = pathsToOutcomes(flow)
let walked = 0

afterAll(() => {
  console.log(`journeys: walked ${walked} paths (${paths.length} paths × ${locales.length} languages) in Chromium`)
})

describe.each(locales)('in %s', (locale) => {
  // One visitor per language walks every path; reusing the page keeps the suite fast, and
  // each walk begins by loading the start address afresh.
  let session: Awaited<ReturnType<typeof open>>
  beforeAll(async () => {
    session = await open(`/${locale}/`)
  })
  afterAll(() => session.close())

  const named = paths.map((path) => [path.answers.map((a) => `${a.question}-${a.answer}`).join(' / '), path] as const)

  test.each(named)('%s', async (_, path) => {
    const { page, problems } = session
    problems.length = 0
    await visit(page, `/${locale}/`)
    for (const answer of path.answers) {
      const meta = questionMeta(answer.question)
      try {
        await expectHeading(page, text(locale, meta.text), answer.question)
        const option = meta.answers.find((candidate) => candidate.id === answer.answer)!
        await page.getByRole('button', { name: text(locale, option.label), exact: true }).click()
      } catch (error) {
        throw new Error(`On screen "${answer.question}" (${locale}), answering "${answer.answer}": ${(error as Error).message.split('\n')[0]}`)
      }
    }
    const screen = replay(flow, path.answers).screen
    if (screen.kind !== 'outcome') throw new Error(`${path.outcome} is not an outcome`)
    await expectHeading(page, text(locale, screen.meta.title), path.outcome)

    const shown = await page.locator('main').innerText()
    for (const item of [...screen.notes, ...screen.steps]) {
      expect(shown, `${path.outcome}: ${item.text}`).toContain(text(locale, item.text))
    }
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    for (const id of screen.contacts) {
      for (const phone of flow.contacts[id]!.phones ?? []) {
        expect(shown, `${path.outcome}: ${id}`).toContain(phone.number)
        expect(hrefs, `${path.outcome}: ${id}`).toContain(`tel:${phone.number.replace(/-/g, '')}`)
      }
    }
    const linkIds = [
      ...[...screen.notes, ...screen.steps].flatMap((item) => (item.link ? [item.link] : [])),
      ...screen.contacts.flatMap((contact) => flow.contacts[contact]!.link ?? []),
    ]
    for (const id of linkIds) expect(hrefs, `${path.outcome}: link ${id}`).toContain(flow.links[id]!.url)
    expect(problems, path.outcome).toEqual([])
    walked++
  })
})
