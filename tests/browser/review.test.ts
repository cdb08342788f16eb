/**
 * The review page for editors and translators (/review/): every state of the flow with its
 * messages in every language side by side, the answers that reach it as links into the
 * guide, its FAQ sections, and a print. No public page links to it.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { expect, test } from 'vitest'
import { statesOf } from '../../src/tooling/check'
import { replay } from '../../src/engine/replay'
import { contentSecurityPolicy } from '../../vite.config'
import { address, expectHeading, flow, open, supportWindowJourney, text, visit } from './support/site'

/** The outcome that journey reaches. */
const outcome = replay(flow, supportWindowJourney).screen
if (outcome.kind !== 'outcome') throw new Error(`The journey ends on ${outcome.id}, not on an outcome`)

test('every state in every language with the ways to it, its FAQ sections, and a print', async () => {
  const { page, problems, close } = await open('/review/', { viewport: { width: 1280, height: 900 } })
  try {
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(contentSecurityPolicy)

    const states = await page
      .locator('section[data-state]')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-state')))
    expect(states.sort()).toEqual(statesOf(flow).sort())

    const question = page.locator('section[data-state="pc"] tr[data-key="mynaportal.q.pc.text"]')
    for (const locale of ['ja', 'en']) {
      expect((await question.locator(`td[data-locale="${locale}"]`).textContent())?.trim()).toBe(text(locale, 'mynaportal.q.pc.text'))
    }

    const reviewed = page.locator(`section[data-state="${outcome.id}"]`)
    for (const section of outcome.sources) {
      const row = reviewed.locator(`tr[data-key="${flow.sections[section]}"]`)
      expect((await row.locator('td[data-locale="ja"]').textContent())?.trim(), section).toBe(text('ja', flow.sections[section]!))
    }
    const link = reviewed.locator(`a[href="${address('ja', supportWindowJourney)}"]`)
    expect(await link.count()).toBe(1)

    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button').isVisible()).toBe(false)
    // Each state but the first starts a page; printing one page is enough to know it prints.
    const breaks = await page
      .locator('section[data-state]')
      .evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore))
    expect(breaks.slice(1).filter((value) => value !== 'page')).toEqual([])
    const pdf = await page.pdf({ preferCSSPageSize: true, pageRanges: '1' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.emulateMedia({ media: 'screen' })

    // The journey is a link into the guide, at that step.
    await visit(page, (await link.getAttribute('href'))!)
    await expectHeading(page, text('ja', outcome.title), outcome.id)
    expect(problems).toEqual([])
  } finally {
    await close()
  }
})

test('no page of the guide links to the review page', () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('review'),
  )
  expect(pages.length).toBeGreaterThan(1)
  expect(pages.filter((file) => /href="[^"]*\/review\//.test(readFileSync(`dist/${file}`, 'utf8')))).toEqual([])
})
