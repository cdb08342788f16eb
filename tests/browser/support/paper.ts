/**
 * A printed outcome read back: printed to an A4 PDF with print media, its text read with
 * pdftotext and its QR code with jsQR, and what the page must have printed in a language.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { languages } from '../../../locales/languages'
import { replay } from '../../../src/engine/replay'
import type { Answer } from '../../../src/engine/types'
import { sourceLanguage } from '../../../src/i18n'
import { parseRuby } from '../../../src/lib/ruby'
import { address, expectHeading, flow, message, showInApp, siteUrl, text, type Locale } from './site'

const run = promisify(execFile)
const pdfDir = 'test-results/pdf'
mkdirSync(pdfDir, { recursive: true })

/** Languages printed with the source language beside them, for staff at the counter. */
export const bilingual = languages.filter((language) => language.lang !== sourceLanguage.lang).map((language) => language.code)

/** Fails with a clear word when pdftotext is not installed. */
export async function needPdftotext() {
  await run('pdftotext', ['-v']).catch(() => {
    throw new Error('pdftotext is missing: install poppler-utils (Debian: apt-get install -y poppler-utils)')
  })
}

/** Decodes the QR code on the first page of a PDF, rendered as an image the way a camera would see it. */
export async function qrCodeOn(file: string): Promise<string | undefined> {
  const image = file.replace(/\.pdf$/, '')
  await run('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, image])
  const png = PNG.sync.read(readFileSync(`${image}.png`))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

/** pdftotext breaks lines where the page does; compare without white space. */
const squash = (value: string) => value.replace(/\s+/g, '')

/**
 * Whether a message is on paper. Furigana print on their own line above the kanji, so a
 * message with readings is looked for piece by piece: its plain text and each kanji base.
 */
function onPaper(paper: string, message: string) {
  const pieces = parseRuby(message).map((piece) => (typeof piece === 'string' ? piece : piece.base))
  return pieces.every((piece) => paper.includes(squash(piece)))
}

/** The controls print as lines of their own, if at all. */
function linesOf(text: string) {
  return new Set(text.split('\n').map(squash))
}

export function pdfFile(locale: Locale, name: string) {
  return `${pdfDir}/${locale}-${name}.pdf`
}

/** Shows an outcome in the page already open (a page load per outcome would cost the suite a minute) and prints it. */
export async function printAndRead(page: Page, locale: Locale, name: string, answers: Answer[]): Promise<string> {
  const screen = replay(flow, answers).screen
  await showInApp(page, address(locale, answers))
  await expectHeading(page, text(locale, screen.kind === 'outcome' ? screen.title : ''), name)
  // The section shows once its QR encoder has loaded; printing draws the code.
  await page.locator('#outcome-other-device-heading').waitFor({ state: 'attached' })
  const file = pdfFile(locale, name)
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true })
  // -raw keeps the order the page wrote the text in; -layout splits a line that mixes fonts.
  const { stdout } = await run('pdftotext', ['-raw', file, '-'])
  return stdout
}

/** How many pages a PDF's text has. */
export function pagesOf(paper: string) {
  return paper.split('\f').filter((sheet) => sheet.trim()).length
}

/** What the printed outcome must say in a language: headline, steps, answers, phones, URLs. */
export function mustPrint(locale: Locale, answers: Answer[]) {
  const journey = replay(flow, answers)
  const screen = journey.screen
  if (screen.kind !== 'outcome') throw new Error('not an outcome')
  return [
    message(locale, screen.title),
    ...[...screen.notes, ...screen.steps].map((item) => message(locale, item.text)),
    ...journey.answered.flatMap((answer) => [message(locale, answer.meta.text), message(locale, answer.option.label)]),
    ...screen.contacts.flatMap((id) => (flow.contacts[id]!.phones ?? []).map((phone) => phone.number)),
    ...[...screen.notes, ...screen.steps].flatMap((item) => (item.link ? [flow.links[item.link]!.url] : [])),
    ...screen.contacts.flatMap((id) => (flow.contacts[id]!.link ? [flow.links[flow.contacts[id]!.link!]!.url] : [])),
    message(locale, flow.sourceDocument),
    // Any other language names the FAQ's sections by the page's own headings on paper.
    ...screen.sources.map((id) => message(locale === sourceLanguage.code ? locale : sourceLanguage.code, flow.sections[id]!)),
    message(locale, 'ui.outcome.latest'),
    siteUrl + address(locale, answers),
  ]
}

/**
 * The headline and steps in the source language, printed beside a translation. (Names of
 * offices are not repeated: every translation keeps the Japanese name in the name itself.)
 */
export function mustPrintInSource(answers: Answer[]) {
  const screen = replay(flow, answers).screen
  if (screen.kind !== 'outcome') throw new Error('not an outcome')
  return [
    text(sourceLanguage.code, screen.title),
    ...[...screen.notes, ...screen.steps].map((item) => text(sourceLanguage.code, item.text)),
  ]
}

export function controlsOnPaper(locale: Locale, paper: string) {
  const controls = ['ui.outcome.print', 'ui.back', 'ui.startAgain', 'ui.outcome.change', 'ui.skipToContent', 'ui.outcome.showJapanese'].map(
    (key) => text(locale, key),
  )
  const lines = linesOf(paper)
  return [...controls, ...languages.map((language) => language.name), text(locale, 'ui.languages')].filter((words) =>
    lines.has(squash(words)),
  )
}

/**
 * pdftotext writes the furigana of a line as a line of hiragana just after it; without them a
 * wrapped URL joins up again. A hiragana line after one with no kanji is the tail of a
 * wrapped sentence (…確かめてく / ださい), not readings.
 */
function withoutReadingLines(paper: string) {
  const lines = paper.split('\n')
  const readings = (line: string) => /^[\u3041-\u309fー\s]+$/.test(line)
  return lines.filter((line, index) => !(readings(line) && /[\u4e00-\u9fff]/.test(lines[index - 1] ?? ''))).join('\n')
}

export function missingFrom(paper: string, messages: string[]) {
  const versions = [squash(paper), squash(withoutReadingLines(paper))]
  return messages.filter((message) => !versions.some((flat) => onPaper(flat, message)))
}
