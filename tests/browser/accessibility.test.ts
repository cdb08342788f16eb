/**
 * Every screen passes an axe-core scan with the WCAG 2.2 A and AA rules at desktop width
 * in Japanese and English (at phone width every language is scanned as the journeys walk
 * it) and does not scroll sideways; the site works with the keyboard alone, with reduced
 * motion and with forced colours. Every screen, and the accessibility statement and
 * report, is walked with Tab and measured: each test of that walk asserts one WCAG success
 * criterion, which it declares for the accessibility report (support/wcag.ts), as do the
 * tests of the language of each part and of answers never asked twice.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test, type TestContext } from 'vitest'
import { languages } from '../../locales/languages'
import { everyJourney } from '../../src/engine/replay'
import { sourceLanguage } from '../../src/i18n'
import { loadAxe, sidewaysOverflow, violationsOn } from './support/axe'
import { walkWithKeyboard, type KeyboardFindings } from './support/keyboard'
import { images, undersizedTargets } from './support/measure'
import { accessibilityPages, appScreens, showScreen, specialScreens } from './support/screens'
import { expectHeading, flow, locales, open, questionMeta, text, visit } from './support/site'
import { axeTally, checks, recordPages, showsNotApplicable } from './support/wcag'

let scanned = 0

afterAll(() => {
  console.log(
    `accessibility: scanned ${scanned} more screens with axe (every screen at 1280 px in ja and en, Change and notice screens at both widths)`,
  )
})

// At phone width, every screen in Japanese and やさしい日本語 is scanned as the journeys walk them.
const runs = locales.flatMap((locale) => [
  { locale, width: 1280, screens: appScreens },
  { locale, width: 360, screens: specialScreens },
])

describe.concurrent('axe, WCAG 2.2 A and AA', () => {
  test.for(runs)('$locale at $width px: every screen passes and none scrolls sideways', async ({ locale, width, screens }, { task }) => {
    const { page, close } = await open(`/${locale}/`, { viewport: { width, height: 800 } })
    const problems: string[] = []
    const tally = axeTally(task)
    try {
      await loadAxe(page)
      for (const screen of screens) {
        await showScreen(page, locale, screen)
        problems.push(...(await violationsOn(page, `${locale} ${width} px ${screen.name}`, true, tally)))
        const overflow = await sidewaysOverflow(page)
        if (overflow > 0) problems.push(`${locale} ${screen.name}: scrolls ${overflow} px sideways at ${width} px`)
        scanned++
      }
      tally.complete = true
      recordPages(
        task,
        screens.map((screen) => screen.path(locale)),
        width,
      )
    } finally {
      await close()
    }
    expect(problems).toEqual([])
  })
})

describe('keyboard only', () => {
  async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press(key)
      // A checkbox is named by its label.
      const focused = await page.evaluate(() => {
        const active = document.activeElement
        return (active?.closest('label') ?? active)?.textContent?.trim()
      })
      if (focused === name) return
    }
    throw new Error(`Could not reach "${name}" with ${key}`)
  }

  async function expectFocusOnHeading(page: Page, expected: string) {
    await expectHeading(page, expected, expected)
    const focus = await page.evaluate(() => {
      const active = document.activeElement
      return { tag: active?.tagName, text: active?.textContent?.trim(), visible: active?.matches(':focus-visible') }
    })
    expect(focus).toEqual({ tag: 'H1', text: expected, visible: true })
  }

  async function expectVisibleFocus(page: Page) {
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
    })
    expect(outline.style).not.toBe('none')
    expect(outline.width).toBeGreaterThanOrEqual(2)
  }

  test('from the start to an outcome and back, with Tab, Shift+Tab, Enter, and Space on the checklist', checks('2.1.1'), async () => {
    const { page, problems, close } = await open('/ja/')
    try {
      const topic = text('ja', questionMeta('topic').answers.find((a) => a.id === 'family')!.label)
      await tabTo(page, text('ja', 'mynaportal.q.topic.login'))
      await expectVisibleFocus(page)
      await tabTo(page, topic)
      await tabTo(page, text('ja', 'mynaportal.q.topic.login'), 'Shift+Tab')
      await page.keyboard.press('Enter')
      await expectFocusOnHeading(page, text('ja', 'mynaportal.q.card.text'))
      for (const next of [
        'mynaportal.q.certificate.text',
        'mynaportal.q.pc.text',
        'mynaportal.q.reader.text',
        'mynaportal.o.loginWithReader',
      ]) {
        await tabTo(page, text('ja', 'common.yes'))
        await page.keyboard.press('Enter')
        await expectFocusOnHeading(page, text('ja', next))
      }
      await tabTo(page, text('ja', 'mynaportal.needs.card'))
      await page.keyboard.press('Space')
      expect(await page.getByRole('checkbox', { name: text('ja', 'mynaportal.needs.card') }).isChecked()).toBe(true)
      await tabTo(page, text('ja', 'ui.back'))
      await expectVisibleFocus(page)
      await page.keyboard.press('Enter')
      await expectFocusOnHeading(page, text('ja', 'mynaportal.q.reader.text'))
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})

describe('user preferences', () => {
  test('with reduced motion nothing moves', async () => {
    const { page, close } = await open('/en/topic-login/', { reducedMotion: 'reduce' })
    try {
      const moving = await page.evaluate(
        () =>
          [...document.querySelectorAll('*')].filter((element) => {
            const style = getComputedStyle(element)
            const durations = [style.transitionDuration, style.animationDuration].join(',').split(',')
            return durations.some((duration) => parseFloat(duration) > 0)
          }).length,
      )
      expect(moving).toBe(0)
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe('smooth')
    } finally {
      await close()
    }
  })

  test('with forced colours every screen kind keeps its controls visible and passes axe', async ({ task }) => {
    const { page, close } = await open('/en/', { forcedColors: 'active' })
    const tally = axeTally(task)
    const paths = ['/en/', '/en/topic-login/', '/en/topic-help/helpkind-system/']
    try {
      const problems: string[] = []
      for (const path of paths) {
        await visit(page, path)
        problems.push(...(await violationsOn(page, `forced colours ${path}`, false, tally)))
        const invisible = await page.evaluate(() =>
          [...document.querySelectorAll('button, a.button, a.answer-button')]
            .filter((control) => getComputedStyle(control).borderStyle === 'none' && !control.classList.contains('button--quiet'))
            .map((control) => control.textContent),
        )
        problems.push(...invisible.map((name) => `${path}: control "${name}" has no border in forced colours`))
      }
      tally.complete = true
      recordPages(task, paths, 360)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})

/**
 * Every screen walked with the Tab key alone (support/keyboard.ts) and measured, at phone
 * width in Japanese and at desktop width in English, the static accessibility pages
 * included. Each test asserts one success criterion over the same walk.
 */
const walks = [
  { locale: 'ja', width: 360 },
  { locale: 'en', width: 1280 },
]

describe.for(walks)('every screen in $locale at $width px, with the keyboard alone', ({ locale, width }) => {
  const found: Record<Exclude<keyof KeyboardFindings, 'controls'> | 'languages' | 'titles' | 'targets' | 'images', string[]> = {
    languages: [],
    images: [],
    trapped: [],
    skip: [],
    onFocus: [],
    focusVisible: [],
    obscured: [],
    onInput: [],
    titles: [],
    targets: [],
  }
  const paths: string[] = []
  let controls = 0

  /** The walk and the measures of the screen on show, in the language `lang`. */
  async function inspect(page: Page, context: BrowserContext, where: string, path: string, lang: string) {
    const named = await page.evaluate(() => document.documentElement.lang)
    if (named !== lang) found.languages.push(`${where}: <html lang="${named}">, not ${lang}`)
    found.targets.push(...(await page.evaluate(undersizedTargets)).map((problem) => `${where}: ${problem}`))
    found.images.push(...(await page.evaluate(images)).map((image) => `${where}: ${image}`))
    const { controls: reached, ...byCriterion } = await walkWithKeyboard(page, context, where)
    for (const key of Object.keys(byCriterion) as (keyof typeof byCriterion)[]) found[key].push(...byCriterion[key])
    controls += reached
    paths.push(path)
  }

  beforeAll(async () => {
    const { page, context, close } = await open(`/${locale}/`, { viewport: { width, height: 800 } })
    try {
      const siteTitle = text(locale, flow.title)
      for (const screen of appScreens) {
        await showScreen(page, locale, screen)
        const where = `${locale} ${screen.name}`
        const title = await page.title()
        if (title !== `${text(locale, screen.heading)} | ${siteTitle}`) found.titles.push(`${where}: the title is "${title}"`)
        await inspect(page, context, where, screen.path(locale), languages.find(({ code }) => code === locale)!.lang)
      }
      for (const { path, lang } of accessibilityPages.filter((candidate) => candidate.lang === locale)) {
        await visit(page, path)
        const [title, heading] = [await page.title(), await page.locator('h1').innerText()]
        if (!title.startsWith(heading)) found.titles.push(`${path}: the title "${title}" does not begin with the heading "${heading}"`)
        await inspect(page, context, path, path, lang)
      }
    } finally {
      await close()
    }
    console.log(`keyboard: ${locale} at ${width} px, ${paths.length} pages, ${controls} controls reached with Tab`)
  })

  /** A test of one criterion: none of what the walk found under it. */
  const noneOf =
    (what: keyof typeof found) =>
    ({ task }: TestContext) => {
      recordPages(task, paths, width)
      expect(found[what]).toEqual([])
    }

  test('each page names the language it is in', checks('3.1.1'), noneOf('languages'))
  test('Tab reaches every control in turn and leaves the page: none holds the focus', checks('2.1.2'), noneOf('trapped'))
  test('the first Tab reaches a visible link that skips to the main content', checks('2.4.1'), noneOf('skip'))
  test('a control taking the focus changes nothing: no new page, window or screen', checks('3.2.1'), noneOf('onFocus'))
  test('ticking a box with Space changes only the box', checks('3.2.2'), noneOf('onInput'))
  test('every control reached with Tab draws a focus outline of 2 px or more', checks('2.4.7'), noneOf('focusVisible'))
  test('no control with the focus is hidden behind other content', checks('2.4.11'), noneOf('obscured'))
  test('each page is titled by its own heading', checks('2.4.2'), noneOf('titles'))
  test(
    'no page shows an image that could hold text: no img, canvas, picture or background image, no text drawn in SVG',
    showsNotApplicable('1.4.5'),
    noneOf('images'),
  )
  test('every control is 24 by 24 px or more, or in a sentence, or has room round it', checks('2.5.8'), noneOf('targets'))
})

describe('the language of each part', () => {
  const pageLanguages = languages.map((language) => language.code)
  test.for(pageLanguages)(
    'in %s, the language menu names each language in itself with its lang, and the Japanese beside a translation is marked Japanese',
    checks('3.1.2'),
    async (locale, { task }) => {
      const { page, close } = await open(`/${locale}/`, { viewport: { width: 1280, height: 800 } })
      const problems: string[] = []
      try {
        for (const screen of appScreens) {
          await showScreen(page, locale, screen)
          const parts = await page.evaluate(() => ({
            menu: [...document.querySelectorAll('.language-switcher a')].map((link) => [
              link.textContent?.trim(),
              link.getAttribute('lang'),
            ]),
            beside: [...document.querySelectorAll('.source-beside')].map((part) => part.getAttribute('lang')),
            outcome: document.querySelector('.outcome') !== null,
          }))
          const where = `${locale} ${screen.name}`
          if (JSON.stringify(parts.menu) !== JSON.stringify(languages.map(({ name, lang }) => [name, lang])))
            problems.push(`${where}: the menu reads ${JSON.stringify(parts.menu)}`)
          const unmarked = parts.beside.filter((lang) => lang !== sourceLanguage.lang)
          if (unmarked.length > 0)
            problems.push(`${where}: ${unmarked.length} parts beside the translation are marked ${unmarked.join(', ')}`)
          const expectBeside = parts.outcome && languages.find(({ code }) => code === locale)!.lang !== sourceLanguage.lang
          if (expectBeside && parts.beside.length === 0) problems.push(`${where}: no Japanese beside the translation`)
        }
        recordPages(
          task,
          appScreens.map((screen) => screen.path(locale)),
          1280,
        )
      } finally {
        await close()
      }
      expect(problems).toEqual([])
    },
  )
})

describe('nothing asked twice', () => {
  test(
    'no way through the guide asks a question twice, and a question reopened with Change shows the answer given before',
    checks('3.3.7'),
    async ({ task }) => {
      const repeated = everyJourney(flow)
        .map(({ answered }) => answered.map(({ question }) => question))
        .filter((questions) => new Set(questions).size !== questions.length)
      expect(repeated).toEqual([])
      const change = specialScreens.find(({ name }) => name === 'change certificate')!
      const { page, close } = await open(change.path('en'))
      try {
        await expectHeading(page, text('en', change.heading), change.name)
        const given = text('en', questionMeta('certificate').answers.find(({ id }) => id === 'declined')!.label)
        await expect(page.locator('main a[aria-current="true"]').allInnerTexts()).resolves.toEqual([given])
        recordPages(task, [change.path('en')], 360)
      } finally {
        await close()
      }
    },
  )
})
