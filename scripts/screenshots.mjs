/**
 * The README's pictures, drawn from the built site: `npm run build && npm run screenshots`.
 * It builds nothing itself; it serves `dist/` with Vite's preview server (scripts/serve.mjs) on
 * http://localhost:4173 (the address the printed sheets and their QR codes show; PORT=… for
 * another) and drives Debian's Chromium (scripts/chromium.mjs) to write, in docs/:
 *
 * - screenshot-question.png   a question on a phone (360 px, the whole page)
 * - screenshot-outcome.png    an outcome in Japanese on a desktop (1280 px, the whole page)
 * - screenshot-languages.png  the language menu open, on a phone
 * - printed-sheet-en.png, printed-sheet-ja.png  an outcome printed to an A4 PDF, its page at
 *   100 dpi (needs pdftoppm: apt-get install -y poppler-utils)
 *
 * The page's clock is set to 10:00 in Japan on the day the guide was last compared with the
 * FAQ (`comparedOn`), so the print time and "open now" read the same on every run.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromium } from 'playwright-core'
import { serveSite } from './serve.mjs'
import { chromiumFlags, findChromium } from './chromium.mjs'

const run = promisify(execFile)
const port = Number(process.env.PORT ?? 4173)
const origin = `http://localhost:${port}`
const out = 'docs'

if (!existsSync('dist/index.html')) {
  console.error('usage: npm run build && npm run screenshots\nNo dist/index.html: build the site first.')
  process.exit(1)
}

const { comparedOn } = JSON.parse(readFileSync('flows/mynaportal.faq.json', 'utf8'))
const clock = new Date(`${comparedOn}T10:00:00+09:00`)

/** The pages shown: one question, one outcome with every kind of part, and one sheet per language. */
const question = '/en/topic-login/card-yes/'
const outcome = '/ja/topic-login/card-yes/certificate-declined/pc-yes/reader-no/phonereader-unknown/'
const sheet = (lang) => `/${lang}/topic-login/card-yes/certificate-declined/pc-yes/reader-yes/`
const phone = { width: 360, height: 800 }
const desktop = { width: 1280, height: 800 }

/** Opens a page and waits until it shows what a person would see once it has settled. */
async function open(browser, path, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' })
  await context.clock.setFixedTime(clock)
  const page = await context.newPage()
  await page.goto(origin + path)
  await page.waitForFunction(() => '__vue_app__' in (document.getElementById('app') ?? {}))
  await page.waitForLoadState('networkidle')
  // Bring every part into view once: the later sections hydrate, and the QR code is drawn, as they come near.
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0; y <= height; y += viewport.height / 2) {
    await page.evaluate((top) => {
      scrollTo(0, top)
      return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    }, y)
  }
  if (await page.locator('.outcome').count()) {
    await page.locator('svg.qr-code').waitFor()
    // "Open now" shows once the contacts have hydrated and the holidays have loaded.
    await page.waitForFunction(
      () => document.querySelectorAll('.contact__hours').length === document.querySelectorAll('.contact__hours .open-now').length,
    )
  }
  await page.waitForLoadState('networkidle')
  await page.evaluate(async () => {
    scrollTo(0, 0)
    await document.fonts.ready
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
  return { page, close: () => context.close() }
}

async function screenshot(browser, path, viewport, file) {
  const { page, close } = await open(browser, path, viewport)
  await page.screenshot({ path: join(out, file), fullPage: true })
  await close()
}

async function languageMenu(browser, file) {
  const { page, close } = await open(browser, '/en/', { width: 360, height: 640 })
  await page.locator('.language-switcher summary').click()
  await page.locator('.language-switcher ul').waitFor()
  await page.screenshot({ path: join(out, file) })
  await close()
}

async function printedSheet(browser, path, file, scratch) {
  const { page, close } = await open(browser, path, desktop)
  // Print media first: the sheet's own parts (its time, the QR code) are drawn as printing starts.
  await page.emulateMedia({ media: 'print' })
  await page.locator('.printed-at').first().waitFor()
  const pdf = join(scratch, `${file}.pdf`)
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true })
  await run('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, file.replace(/\.png$/, ''))])
  await close()
}

const server = await serveSite({ port, strictPort: true, host: 'localhost' })
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags })
const scratch = mkdtempSync(join(tmpdir(), 'screenshots-'))
try {
  await screenshot(browser, question, phone, 'screenshot-question.png')
  await screenshot(browser, outcome, desktop, 'screenshot-outcome.png')
  await languageMenu(browser, 'screenshot-languages.png')
  await printedSheet(browser, sheet('en'), 'printed-sheet-en.png', scratch)
  await printedSheet(browser, sheet('ja'), 'printed-sheet-ja.png', scratch)
  console.log(`screenshots: wrote ${out}/screenshot-{question,outcome,languages}.png and ${out}/printed-sheet-{en,ja}.png`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
  await browser.close()
  await server.close()
}
