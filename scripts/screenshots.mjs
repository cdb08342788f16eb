/**
 * Screenshots of every kind of screen at phone and desktop width, in each language, and a
 * PDF of an outcome, for a person to look at. Usage: npm run build && npm run screenshots
 * (it serves dist/ itself). Writes to screenshots/.
 */
import { mkdirSync } from 'node:fs'
import { preview } from 'vite'
import { launchBrowser } from './browser.mjs'

const pages = {
  start: '',
  question: 'topic-login/card-yes/',
  change: 'topic-login/card-yes/certificate-declined/pc-no/phone-unknown/?change=certificate',
  outcome: 'topic-login/card-yes/certificate-declined/pc-no/phone-unknown/',
  freeDial: 'topic-help/helpkind-using/manual-no/account-no/',
  notice: 'topic-login/card-maybe/',
}
const widths = { phone: 360, desktop: 1280 }

mkdirSync('screenshots', { recursive: true })
const server = await preview({ preview: { port: 4319, strictPort: true } })
const origin = 'http://localhost:4319'
const context = await launchBrowser()
const page = context.pages()[0] ?? (await context.newPage())
try {
  for (const locale of ['ja', 'en']) {
    for (const [name, path] of Object.entries(pages)) {
      for (const [device, width] of Object.entries(widths)) {
        await page.setViewportSize({ width, height: 800 })
        await page.goto(`${origin}/${locale}/${path}`)
        await page.locator('h1').waitFor()
        await page.screenshot({ path: `screenshots/${locale}-${name}-${device}.png`, fullPage: true })
      }
    }
    await page.goto(`${origin}/${locale}/${pages.outcome}`)
    await page.locator('h1').waitFor()
    await page.emulateMedia({ media: 'print' })
    await page.pdf({ path: `screenshots/${locale}-outcome.pdf`, format: 'A4', printBackground: true })
    await page.emulateMedia({ media: 'screen' })
  }
} finally {
  await context.close()
  server.httpServer.close()
}
console.log('Screenshots and PDFs are in screenshots/')
