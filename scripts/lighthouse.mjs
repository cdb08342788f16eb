/**
 * npm run lighthouse: Lighthouse 12.2.3 with its mobile preset (a mid-range phone on slow
 * 4G, simulated) on the start page and on one outcome of the built site, in Debian's
 * Chromium. Scores vary from run to run, more so on a shared machine, so each page is
 * audited three times and the median run is reported, as Lighthouse's own documentation
 * advises (its computeMedianRun). Prints the four category scores with LCP, TBT and CLS,
 * and each run's performance score and TBT; fails only if a page cannot be audited.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { serveSite } from './serve.mjs'
import { chromiumFlags, findChromium } from './chromium.mjs'

const pages = [
  ['start', '/ja/'],
  ['outcome', '/ja/topic-login/card-yes/certificate-yes/pc-no/'],
]
const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3)

const server = await serveSite()
// Lighthouse treats localhost as a secure origin, as browsers do.
const site = server.url.replace('127.0.0.1', 'localhost')
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  userDataDir: mkdtempSync(join(tmpdir(), 'lighthouse-')),
  chromeFlags: ['--headless', ...chromiumFlags],
})

try {
  for (const [name, path] of pages) {
    const all = []
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${site}${path}`, { port: chrome.port, logLevel: 'error', onlyCategories: categories })
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
      all.push(result.lhr)
    }
    const lhr = computeMedianRun(all)
    const scores = categories.map((id) => `${lhr.categories[id].title} ${Math.round(lhr.categories[id].score * 100)}`)
    const metric = (id) => lhr.audits[id].displayValue
    console.log(`${name} ${path}`)
    console.log(`  ${scores.join(' · ')}`)
    console.log(
      `  LCP ${metric('largest-contentful-paint')} · TBT ${metric('total-blocking-time')} · CLS ${metric('cumulative-layout-shift')}`,
    )
    const eachRun = all.map(
      (run) => `${Math.round(run.categories.performance.score * 100)} (TBT ${run.audits['total-blocking-time'].displayValue})`,
    )
    console.log(`  median of ${runs} runs; performance in each: ${eachRun.join(', ')}`)
    const failing = Object.values(lhr.audits).filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'manual' &&
        audit.scoreDisplayMode !== 'notApplicable',
    )
    for (const audit of failing) console.log(`  - ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
  }
} finally {
  await chrome.kill()
  await server.close()
}
