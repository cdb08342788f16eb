/**
 * Every outcome printed to an A4 PDF with print media, in Japanese and English, and one in
 * every other language, read back with pdftotext: the headline, every step, the answers
 * given, the phone numbers and the full URLs are on paper, with the Japanese beside them
 * where the language is not Japanese; the buttons, the language switcher and other
 * navigation are not. Each of these PDFs is one A4 page, and the QR code read from the
 * rendered page opens the same result elsewhere. (Every path's layout: sheets.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { languages } from '../../locales/languages'
import { replay } from '../../src/engine/replay'
import { everyScreen } from '../support/paths'
import {
  bilingual,
  controlsOnPaper,
  missingFrom,
  mustPrint,
  mustPrintInSource,
  needPdftotext,
  pagesOf,
  pdfFile,
  printAndRead,
  qrCodeOn,
} from './support/paper'
import { address, expectHeading, flow, locales, open, siteUrl, text, type Locale } from './support/site'

const outcomes = everyScreen(flow).filter(({ kind }) => kind === 'outcome')
const pageCounts: Record<string, number> = {}

beforeAll(needPdftotext)

afterAll(() => {
  const longer = Object.entries(pageCounts).filter(([, pages]) => pages > 1)
  console.log(
    `print: checked ${Object.keys(pageCounts).length} PDFs; ` +
      (longer.length
        ? `more than one page: ${longer.map(([name, pages]) => `${name} (${pages})`).join(', ')}`
        : 'every one fits one A4 page'),
  )
})

describe.each(locales)('in %s', (locale: Locale) => {
  let session: Awaited<ReturnType<typeof open>>
  beforeAll(async () => {
    session = await open(`/${locale}/`)
    await session.page.emulateMedia({ media: 'print' })
  })
  afterAll(() => session.close())

  test.each(outcomes.map((outcome) => [outcome.state, outcome] as const))('%s prints everything it says', async (name, { answers }) => {
    const paper = await printAndRead(session.page, locale, name, answers)
    pageCounts[`${locale}/${name}`] = pagesOf(paper)
    expect(missingFrom(paper, mustPrint(locale, answers)), `${locale} ${name}: missing on paper`).toEqual([])
    if (bilingual.includes(locale)) {
      expect(missingFrom(paper, mustPrintInSource(answers)), `${locale} ${name}: Japanese missing beside the translation`).toEqual([])
    }
    expect(controlsOnPaper(locale, paper), `${locale} ${name}: controls printed`).toEqual([])
    expect(pageCounts[`${locale}/${name}`], `${locale} ${name}: A4 pages`).toBe(1)
  })

  test('the printed QR code opens the same result on another device', async () => {
    const { state, answers } = outcomes.find((outcome) => outcome.state === 'supportWindow')!
    await printAndRead(session.page, locale, state, answers)
    const decoded = await qrCodeOn(pdfFile(locale, state))
    expect(decoded).toBe(siteUrl + address(locale, answers))
    const elsewhere = await open(new URL(decoded!).pathname)
    try {
      const screen = replay(flow, answers).screen
      await expectHeading(elsewhere.page, text(locale, screen.kind === 'outcome' ? screen.title : ''), state)
      expect(await elsewhere.page.locator('.answer-summary__answer').allInnerTexts()).toEqual(
        replay(flow, answers).answered.map((answer) => text(locale, answer.option.label)),
      )
    } finally {
      await elsewhere.close()
    }
  })
})

describe('every other language prints one outcome, with Japanese beside it where it is not Japanese', () => {
  const sample = outcomes.find((outcome) => outcome.state === 'supportWindow')!
  const others = languages.map((language) => language.code).filter((code) => !(locales as readonly string[]).includes(code))

  test.each(others)('%s', async (locale) => {
    const { page, close } = await open(`/${locale}/`)
    try {
      await page.emulateMedia({ media: 'print' })
      const paper = await printAndRead(page, locale, sample.state, sample.answers)
      pageCounts[`${locale}/${sample.state}`] = pagesOf(paper)
      expect(missingFrom(paper, mustPrint(locale, sample.answers)), `${locale}: missing on paper`).toEqual([])
      if (bilingual.includes(locale)) {
        expect(missingFrom(paper, mustPrintInSource(sample.answers)), `${locale}: Japanese missing beside the translation`).toEqual([])
      }
      expect(controlsOnPaper(locale, paper), `${locale}: controls printed`).toEqual([])
    } finally {
      await close()
    }
  })
})
