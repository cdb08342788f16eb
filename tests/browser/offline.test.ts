/**
 * Offline after the first visit: once the service worker controls the page, the network goes
 * and the person goes on, in another language, to an outcome and its printout; a step they
 * never opened before still opens from its address. And a new version, once deployed, is
 * taken up by a page already open, on the same step.
 */
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { serveSite } from '../../scripts/serve.mjs'
import { writeServiceWorker } from '../../scripts/service-worker.mjs'
import { replay } from '../../src/engine/replay'
import type { Answer } from '../../src/engine/types'
import {
  address,
  expectHeading,
  flow,
  languageName,
  open,
  patience,
  patiently,
  questionMeta,
  siteUrl,
  supportWindowJourney,
  text,
  untilMounted,
} from './support/site'

const run = promisify(execFile)
const pdfDir = 'test-results/pdf'
mkdirSync(pdfDir, { recursive: true })

test('after one visit, offline: another language, a whole journey, a printout, and a step never opened', async () => {
  const { page, context, problems, close } = await open('/ja/', { serviceWorkers: 'allow' })
  try {
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: patience })
    await context.setOffline(true)
    // Truly offline: what the worker does not keep cannot be fetched. The worker's own network
    // may go offline a moment after the page's on a busy machine, so ask until it has.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            fetch('/robots.txt').then(
              () => 'fetched',
              () => 'failed',
            ),
          ),
        patiently,
      )
      .toBe('failed')
    expect(problems.splice(0)).toEqual(['console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED'])

    await page.locator('.language-switcher summary').click()
    await page.getByRole('link', { name: languageName('en'), exact: true }).click()
    for (const { question, answer } of supportWindowJourney) {
      const meta = questionMeta(question)
      await expectHeading(page, text('en', meta.text), question)
      const label = meta.answers.find((option) => option.id === answer)!.label
      await page.getByRole('link', { name: text('en', label), exact: true }).click()
    }
    const outcome = replay(flow, supportWindowJourney).screen
    if (outcome.kind !== 'outcome') throw new Error('The journey must end in an outcome')
    await expectHeading(page, text('en', outcome.title), outcome.id)
    expect(new URL(page.url()).pathname).toBe(address('en', supportWindowJourney))

    // The section shows once its QR encoder has loaded; printing draws the code.
    await page.locator('#outcome-other-device-heading').waitFor({ state: 'attached' })
    const file = `${pdfDir}/offline-en-${outcome.id}.pdf`
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true })
    const { stdout: paper } = await run('pdftotext', ['-raw', file, '-'])
    const flat = (words: string) => words.replace(/\s+/g, '')
    expect(flat(paper)).toContain(flat(text('en', outcome.title)))
    for (const step of outcome.steps) expect(flat(paper)).toContain(flat(text('en', step.text)))

    // A page load, not a tap: the worker answers for the network with the app's shell.
    const neverOpened: Answer[] = [{ question: 'topic', answer: 'help' }]
    await page.goto(siteUrl + address('ko', neverOpened))
    await expectHeading(page, text('ko', questionMeta('helpkind').text), 'helpkind')
  } finally {
    await close()
  }
  expect(problems).toEqual([])
})

test('a new version is taken up by a page already open, which reloads on the same step', async () => {
  // A site of its own, so that deploying to it changes nothing for the other tests.
  const site = mkdtempSync(join(tmpdir(), 'myna-guide-deploy-'))
  cpSync('dist', site, { recursive: true })
  const server = await serveSite({ site })
  const origin = server.url
  const step = address('en', supportWindowJourney.slice(0, 2))
  const { page, problems, close } = await open('/ja/', { serviceWorkers: 'allow' })
  try {
    await page.goto(origin + step)
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: patience })
    await page.evaluate(() => ((window as unknown as { oldVersion: boolean }).oldVersion = true))

    // The next version: here, a changed shell, and so a changed worker.
    const shell = join(site, '404.html')
    writeFileSync(shell, readFileSync(shell, 'utf8').replace('</head>', '<meta name="version" content="2"></head>'))
    await writeServiceWorker(site, '/')
    // What the browser does by itself on a later visit or after a while.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()))

    await page.waitForFunction(() => !(window as unknown as { oldVersion?: boolean }).oldVersion, undefined, { timeout: patience })
    await untilMounted(page)
    expect(new URL(page.url()).pathname).toBe(step)
    const cachedShell = await page.evaluate(() => caches.match('/404.html', { ignoreSearch: true }).then((response) => response?.text()))
    expect(cachedShell).toContain('<meta name="version" content="2">')
  } finally {
    await close()
    await server.close()
    rmSync(site, { recursive: true, force: true })
  }
  // This test's own copy of the site is the one other origin it may ask.
  expect(problems.filter((problem) => !problem.startsWith(`request to another origin: ${origin}/`))).toEqual([])
})
