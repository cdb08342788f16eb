/**
 * Every step as a static page: each prerendered file names its own language, title and
 * description and parses without an HTML error; no page (the accessibility statement and
 * report too) has sound, video, a frame or a field to type in, nor does any script make
 * sound, which the accessibility report reads as criteria that do not apply. Without
 * JavaScript a person walks from the start to an outcome by plain links and prints it; with
 * JavaScript the app hydrates the page without a mismatch and without a visible change.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { parse } from 'parse5'
import { languages } from '../../locales/languages'
import { everyJourney } from '../../src/engine/replay'
import type { Answer } from '../../src/engine/types'
import { answersOf, headingKey } from '../support/paths'
import { contentSecurityPolicy } from '../../vite.config'
import { accessibilityPages } from './support/screens'
import {
  address,
  expectHeading,
  flow,
  headingWasReplaced,
  isMounted,
  open,
  patiently,
  siteUrl,
  text,
  untilMounted,
  watchForReplacedHeading,
} from './support/site'
import { checks, recordPages, showsNotApplicable } from './support/wcag'

const run = promisify(execFile)

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    // review/ is the editors' page (tests/browser/review.test.ts), not a step of the flow;
    // accessibility/ holds the statement and the test report (tests/browser/accessibility-pages.test.ts).
    if (statSync(path).isDirectory())
      return name === 'assets' || (dir === 'dist' && ['review', 'accessibility'].includes(name)) ? [] : htmlFiles(path)
    return name === 'index.html' ? [path] : []
  })
}

function unescapeHtml(value: string) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The pages the build should write: the bare address, and every step of the flow (the engine's journeys) in every language. */
const expectedPages = [
  { path: '/', locale: languages[0]!.code, answers: [] as Answer[] },
  ...languages.flatMap(({ code }) =>
    everyJourney(flow).map((journey) => ({ path: address(code, answersOf(journey)), locale: code, answers: answersOf(journey) })),
  ),
]

describe('the prerendered pages', () => {
  test('every step in every language, and the bare address, is a page; there is no other', () => {
    const written = htmlFiles('dist').map((file) => `/${relative('dist', dirname(file))}/`.replace(/^\/\/$/, '/'))
    const expected = expectedPages.map((page) => page.path)
    console.log(`prerendered: ${written.length} pages (${expected.length} expected: / and ${expectedPages.length - 1} steps)`)
    expect({
      missing: expected.filter((path) => !written.includes(path)),
      unexpected: written.filter((path) => !expected.includes(path)),
    }).toEqual({ missing: [], unexpected: [] })
  })

  /** Each page the build wrote, with its HTML; a page missing is the test above's to name. */
  function writtenPages() {
    return expectedPages.flatMap((page) => {
      const file = join('dist', page.path, 'index.html')
      return existsSync(file) ? [{ ...page, file, html: readFileSync(file, 'utf8') }] : []
    })
  }
  /** Every page the build wrote: the steps, and the accessibility statement and report. */
  function everyPage() {
    return [...writtenPages(), ...accessibilityFiles()]
  }

  test('each page names its own language', checks('3.1.1'), ({ task }) => {
    const problems: string[] = []
    const pages = writtenPages()
    for (const { file, locale, html } of pages) {
      const lang = /<html lang="([^"]+)"/.exec(html)?.[1]
      if (lang !== languages.find((language) => language.code === locale)?.lang) problems.push(`${file}: lang="${lang}"`)
    }
    recordPages(
      task,
      pages.map(({ path }) => path),
    )
    expect(problems).toEqual([])
  })

  test('each page is titled by its own heading and the guide', checks('2.4.2'), ({ task }) => {
    const problems: string[] = []
    const pages = writtenPages()
    for (const { file, locale, answers, html } of pages) {
      const expectedTitle = `${text(locale, headingKey(flow, answers))} | ${text(locale, flow.title)}`
      const title = unescapeHtml(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
      if (title !== expectedTitle) problems.push(`${file}: title "${title}", expected "${expectedTitle}"`)
    }
    recordPages(
      task,
      pages.map(({ path }) => path),
    )
    expect(problems).toEqual([])
  })

  test('each page shows the step it was written for, has a description and carries the policy', () => {
    const problems: string[] = []
    for (const { path, file, locale, html } of writtenPages()) {
      // The bare address shows the start in the source language.
      const route = path === '/' ? address(locale, []) : path
      const prerendered = /data-prerendered="([^"]+)"/.exec(html)?.[1]
      if (prerendered !== route) problems.push(`${file}: prerendered as ${prerendered}, not ${route}`)
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? ''
      if (description.trim().length < 10) problems.push(`${file}: no description`)
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]
      if (unescapeHtml(policy ?? '') !== contentSecurityPolicy) problems.push(`${file}: Content-Security-Policy "${policy}"`)
    }
    expect(problems).toEqual([])
  })

  test(
    'no page plays sound or video or shows another page inside it, and no script of the site makes sound',
    showsNotApplicable('1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.2.5', '1.4.2'),
    ({ task }) => {
      const pages = everyPage()
      const media = /<(audio|video|track|iframe|frame|object|embed)\b/i
      const found = pages.filter(({ html }) => media.test(html)).map(({ file, html }) => `${file}: <${media.exec(html)![1]}>`)
      // Sound from a script alone: the Web Audio API, an Audio element, speech.
      const sound = /\b(AudioContext|webkitAudioContext|new Audio\b|speechSynthesis|HTMLMediaElement)/
      for (const script of readdirSync('dist/assets').filter((name) => name.endsWith('.js'))) {
        const code = readFileSync(join('dist/assets', script), 'utf8')
        if (sound.test(code) || media.test(code)) found.push(`dist/assets/${script}: ${(sound.exec(code) ?? media.exec(code))![0]}`)
      }
      recordPages(
        task,
        pages.map(({ path }) => path),
      )
      expect(found).toEqual([])
    },
  )

  test(
    'no prerendered page asks a person to type or choose anything that could be in error: the only fields are the checklist boxes',
    showsNotApplicable('3.3.1', '3.3.3'),
    ({ task }) => {
      const pages = everyPage()
      const found = pages.flatMap(({ file, html }) => [
        ...[...html.matchAll(/<(form|textarea|select)\b/gi)].map((match) => `${file}: <${match[1]}>`),
        ...[...html.matchAll(/<input\b[^>]*>/gi)]
          .filter(([input]) => !/\btype="checkbox"/.test(input))
          .map(([input]) => `${file}: ${input}`),
      ])
      recordPages(
        task,
        pages.map(({ path }) => path),
      )
      expect(found).toEqual([])
    },
  )

  test('every page parses as HTML without an error, and no id is used twice on a page', checks('4.1.1'), ({ task }) => {
    const pages = everyPage()
    const problems: string[] = []
    for (const { file, html } of pages) {
      parse(html, {
        onParseError: (error) => problems.push(`${file}:${error.startLine}:${error.startCol}: ${error.code}`),
      })
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])
      const twice = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))]
      if (twice.length > 0) problems.push(`${file}: id used twice: ${twice.join(', ')}`)
    }
    recordPages(
      task,
      pages.map(({ path }) => path),
    )
    expect(problems).toEqual([])
  })
})

/** The accessibility statement and report as the build wrote them. */
function accessibilityFiles() {
  return accessibilityPages.map(({ path }) => {
    const file = join('dist', path, 'index.html')
    if (!existsSync(file)) throw new Error(`The build wrote no ${file} (scripts/accessibility-pages.mjs)`)
    return { path, file, html: readFileSync(file, 'utf8') }
  })
}

test('the hosting snippets in docs/deploy/ send the same policy, and forbid framing', () => {
  for (const file of ['docs/deploy/_headers', 'docs/deploy/nginx.conf']) {
    expect(readFileSync(file, 'utf8'), file).toContain(`${contentSecurityPolicy}; frame-ancestors 'none'`)
  }
  expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval/)
})

test('under the policy an injected inline script does not run, and the suite hears of it', async () => {
  const { page, problems, close } = await open('/en/')
  try {
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.head.append(script)
      await new Promise((resolve) => setTimeout(resolve, 100))
      return (window as unknown as { injected?: boolean }).injected === true
    })
    expect(ran).toBe(false)
    await expect.poll(() => problems.filter((problem) => problem.startsWith('CSP violation: script-src')), patiently).toHaveLength(1)
  } finally {
    await close()
  }
})

/** A way from the start to an outcome, as the links a person follows. */
const walk = [
  { link: 'mynaportal.q.topic.login', next: 'mynaportal.q.card.text' },
  { link: 'common.yes', next: 'mynaportal.q.certificate.text' },
  { link: 'common.notSure', next: 'mynaportal.q.pc.text' },
  { link: 'common.no', next: 'mynaportal.o.supportWindow' },
]

async function follow(page: Page, locale: string) {
  await expectHeading(page, text(locale, 'mynaportal.q.topic.text'), 'start')
  for (const step of walk) {
    await page.getByRole('link', { name: text(locale, step.link), exact: true }).click()
    await expectHeading(page, text(locale, step.next), step.next)
  }
}

describe.each(['ja', 'en'])('without JavaScript, in %s', (locale) => {
  test('plain links lead from the start to an outcome, which prints', async () => {
    const { page, close } = await open(`/${locale}/`, { javaScriptEnabled: false })
    try {
      await follow(page, locale)
      expect(new URL(page.url()).pathname).toBe(`/${locale}/topic-login/card-yes/certificate-unknown/pc-no/`)
      expect(await isMounted(page)).toBe(false)
      await page.getByRole('link', { name: text(locale, 'ui.back'), exact: true }).click()
      await expectHeading(page, text(locale, 'mynaportal.q.pc.text'), 'Back without JavaScript')
      await page.getByRole('link', { name: text(locale, 'common.no'), exact: true }).click()
      await expectHeading(page, text(locale, 'mynaportal.o.supportWindow'), 'the outcome again')
      await page.emulateMedia({ media: 'print' })
      const file = `test-results/pdf/no-js-${locale}.pdf`
      await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true })
      const { stdout } = await run('pdftotext', ['-raw', file, '-'])
      expect(stdout.replace(/\s+/g, '')).toContain(text(locale, 'mynaportal.o.supportWindow').replace(/\s+/g, ''))
    } finally {
      await close()
    }
  })
})

describe('with JavaScript, the app hydrates the prerendered page', () => {
  test.each([
    ['ja', '/ja/'],
    ['en', '/en/topic-login/card-yes/certificate-unknown/pc-no/'],
    ['ko', '/ko/topic-help/helpkind-system/'],
  ])('%s %s: no mismatch, no visible change', async (_locale, path) => {
    const plain = await open(path, { javaScriptEnabled: false })
    const app = await open(path, {}, watchForReplacedHeading)
    try {
      await untilMounted(app.page)
      expect(await headingWasReplaced(app.page)).toBe(false)
      expect(await app.page.screenshot()).toEqual(await plain.page.screenshot())
      expect(app.problems).toEqual([])
    } finally {
      await plain.close()
      await app.close()
    }
  })

  test('a box ticked on the page before the app hydrated it stays ticked, and is remembered', async () => {
    const { page, problems, close } = await open('/en/')
    try {
      let release = () => {}
      const released = new Promise<void>((resolve) => (release = resolve))
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await released
        await route.continue()
      })
      // The page is shown; its script has not arrived yet.
      await page.goto(`${siteUrl}/en/topic-login/card-yes/certificate-unknown/pc-no/`, { waitUntil: 'commit' })
      await page.getByRole('checkbox').first().check()
      expect(await isMounted(page)).toBe(false)
      release()
      await untilMounted(page)
      await expect(page.getByRole('checkbox').first().isChecked(), 'ticked once hydrated').resolves.toBe(true)
      await page.reload()
      await untilMounted(page)
      await expect(page.getByRole('checkbox').first().isChecked()).resolves.toBe(true)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('and the journey goes on in the app from there, setting no cookie', async () => {
    const { page, context, problems, close } = await open('/en/')
    try {
      await follow(page, 'en')
      expect(problems).toEqual([])
      expect(await context.cookies()).toEqual([])
    } finally {
      await close()
    }
  })
})
