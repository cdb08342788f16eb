/**
 * npm run bench: walks every path of the flow in headless Chromium, as the built site
 * serves it, and reports per step the time from the click to the first frame with the
 * next heading (median, p95, max), then again with the CPU slowed 4x. It prints figures
 * and never fails on them: machines here are shared and noisy.
 */
import { chromium } from 'playwright-core'
import { serveSite } from './serve.mjs'
import { chromiumFlags, findChromium } from './chromium.mjs'

const { waysToOutcomes } = await import('../dist-ssr/entry-server.js')
const locale = process.env.BENCH_LOCALE ?? 'ja'

/** Runs in the page: after the next click, how long until the heading changes and a frame is drawn. */
function measureNextStep() {
  return new Promise((resolve) => {
    const heading = () => document.querySelector('h1')?.textContent
    const before = heading()
    let clickedAt
    document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true })
    const observer = new MutationObserver(() => {
      if (clickedAt === undefined || heading() === before) return
      observer.disconnect()
      const updated = performance.now()
      requestAnimationFrame(() => resolve({ dom: updated - clickedAt, frame: performance.now() - clickedAt }))
    })
    observer.observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true })
  })
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (${sorted.length} steps)`
}

const { url: site, close } = await serveSite()
// Playwright gives every launch a fresh, temporary profile.
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags })

const paths = await waysToOutcomes(locale)
for (const throttle of [1, 4]) {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  const dom = []
  const frame = []
  for (const path of paths) {
    await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' })
    for (const address of path) {
      const measured = page.evaluate(measureNextStep)
      await page.locator(`main a[href="${address}"]`).first().click()
      const { dom: domMs, frame: frameMs } = await measured
      dom.push(domMs)
      frame.push(frameMs)
    }
  }
  console.log(`${throttle === 1 ? 'unthrottled' : `CPU ${throttle}x slower`} (${locale}, ${paths.length} paths):`)
  console.log(`  click → next heading in the DOM:   ${summary(dom)}`)
  console.log(`  click → first frame with it:       ${summary(frame)}`)
  await page.close()
}

await browser.close()
await close()
