/**
 * Every outcome printed to an A4 PDF with print media, in both languages, and read back
 * with pdftotext: the headline, every step, the answers given, the phone numbers and the
 * full URLs are on paper; the buttons, the language switcher and other navigation are not.
 */
import { execFile } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { replay } from '../../src/engine/replay'
import { everyScreen } from '../support/paths'
import { localeMessages } from '../support/locales'
import { address, flow, locales, open, text, visit, type Locale } from './support/site'

const run = promisify(execFile)
const pdfDir = 'test-results/pdf'
mkdirSync(pdfDir, { recursive: true })

const outcomes = everyScreen(flow).filter(({ state }) => flow.machine.root.states[state]?.type === 'final')
const pageCounts: Record<string, number> = {}

beforeAll(async () => {
  await run('pdftotext', ['-v']).catch(() => {
    throw new Error('pdftotext is missing: install poppler-utils (Debian: apt-get install -y poppler-utils)')
  })
})

afterAll(() => {
  const [longest, pages] = Object.entries(pageCounts).sort((a, b) => b[1] - a[1])[0] ?? ['none', 0]
  console.log(`print: checked ${Object.keys(pageCounts).length} PDFs; longest ${longest} with ${pages} A4 pages`)
})

/** pdftotext breaks lines where the page does; compare without white space. */
const squash = (value: string) => value.replace(/\s+/g, '')

describe.each(locales)('in %s', (locale: Locale) => {
  let session: Awaited<ReturnType<typeof open>>
  beforeAll(async () => {
    session = await open(`/${locale}/`)
    await session.page.emulateMedia({ media: 'print' })
  })
  afterAll(() => session.close())

  test.each(outcomes.map((outcome) => [outcome.state, outcome] as const))('%s prints everything it says', async (name, { answers }) => {
    const { page } = session
    await visit(page, address(locale, answers))
    const file = `${pdfDir}/${locale}-${name}.pdf`
    await page.pdf({ path: file, format: 'A4' })
    // -raw keeps the order the page wrote the text in; -layout splits a line that mixes fonts.
    const { stdout } = await run('pdftotext', ['-raw', file, '-'])
    pageCounts[`${locale}/${name}`] = stdout.split('\f').filter((sheet) => sheet.trim()).length
    const paper = squash(stdout)

    const screen = replay(flow, answers).screen
    if (screen.kind !== 'outcome') throw new Error(`${name} is not an outcome`)
    const must = [
      text(locale, screen.meta.title),
      ...[...screen.notes, ...screen.steps].map((item) => text(locale, item.text)),
      ...replay(flow, answers).answered.flatMap((answer) => [text(locale, answer.meta.text), text(locale, answer.option.label)]),
      ...screen.contacts.flatMap((id) => (flow.contacts[id]!.phones ?? []).map((phone) => phone.number)),
      ...[...screen.notes, ...screen.steps].flatMap((item) => (item.link ? [flow.links[item.link]!.url] : [])),
      ...screen.contacts.flatMap((id) => (flow.contacts[id]!.link ? [flow.links[flow.contacts[id]!.link!]!.url] : [])),
    ]
    expect(must.filter((words) => !paper.includes(squash(words))), `${locale} ${name}: missing on paper`).toEqual([])

    const controls = [
      'ui.outcome.print',
      'ui.back',
      'ui.startAgain',
      'ui.outcome.change',
      'ui.skipToContent',
    ].map((key) => text(locale, key))
    const languageNames = Object.values(localeMessages).map((messages) => messages['language.name']!)
    const onPaper = [...controls, ...languageNames].filter((words) => paper.includes(squash(words)))
    expect(onPaper, `${locale} ${name}: controls printed`).toEqual([])
  })
})
