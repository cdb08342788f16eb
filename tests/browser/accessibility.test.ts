/**
 * Every screen passes an axe-core scan with the WCAG 2.2 A and AA rules at desktop width
 * in Japanese and English (at phone width every language is scanned as the journeys walk
 * it) and does not scroll sideways; the site works with the keyboard alone, with reduced
 * motion and with forced colours.
 */
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, test } from 'vitest'
import { everyScreen, headingKey } from '../support/paths'
import { loadAxe, sidewaysOverflow, violationsOn } from './support/axe'
import { address, expectHeading, flow, locales, open, questionMeta, showInApp, text, visit } from './support/site'

/** A question reopened with Change, and a screen with a notice: not plain states of the flow. */
const specialScreens = [
  {
    name: 'change certificate',
    path: (locale: string) =>
      address(
        locale,
        [
          { question: 'topic', answer: 'login' },
          { question: 'card', answer: 'yes' },
          { question: 'certificate', answer: 'declined' },
          { question: 'pc', answer: 'no' },
          { question: 'phone', answer: 'no' },
        ],
        'certificate',
      ),
    heading: 'mynaportal.q.certificate.text',
  },
  {
    name: 'notice after a broken link',
    path: (locale: string) => `/${locale}/topic-login/card-broken/`,
    heading: 'mynaportal.q.card.text',
  },
]

const flowScreens = everyScreen(flow).map(({ state, answers }) => ({
  name: state,
  path: (locale: string) => address(locale, answers),
  heading: headingKey(flow, answers),
}))

let scanned = 0

afterAll(() => {
  console.log(
    `accessibility: scanned ${scanned} more screens with axe (every screen at 1280 px in ja and en, Change and notice screens at both widths)`,
  )
})

// At phone width, every screen in Japanese and やさしい日本語 is scanned as the journeys walk them.
const runs = locales.flatMap((locale) => [
  { locale, width: 1280, screens: [...flowScreens, ...specialScreens] },
  { locale, width: 360, screens: specialScreens },
])

describe.concurrent('axe, WCAG 2.2 A and AA', () => {
  test.each(runs)('$locale at $width px: every screen passes and none scrolls sideways', async ({ locale, width, screens }) => {
    const { page, close } = await open(`/${locale}/`, { viewport: { width, height: 800 } })
    const problems: string[] = []
    try {
      await loadAxe(page)
      for (const screen of screens) {
        await showInApp(page, screen.path(locale))
        await expectHeading(page, text(locale, screen.heading), screen.name)
        problems.push(...(await violationsOn(page, `${locale} ${width} px ${screen.name}`, true)))
        const overflow = await sidewaysOverflow(page)
        if (overflow > 0) problems.push(`${locale} ${screen.name}: scrolls ${overflow} px sideways at ${width} px`)
        scanned++
      }
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

  test('from the start to an outcome and back, with Tab, Shift+Tab, Enter, and Space on the checklist', async () => {
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

  test('with forced colours every screen kind keeps its controls visible and passes axe', async () => {
    const { page, close } = await open('/en/', { forcedColors: 'active' })
    try {
      const problems: string[] = []
      for (const path of ['/en/', '/en/topic-login/', '/en/topic-help/helpkind-system/']) {
        await visit(page, path)
        problems.push(...(await violationsOn(page, `forced colours ${path}`)))
        const invisible = await page.evaluate(() =>
          [...document.querySelectorAll('button, a.button, a.answer-button')]
            .filter((control) => getComputedStyle(control).borderStyle === 'none' && !control.classList.contains('button--quiet'))
            .map((control) => control.textContent),
        )
        problems.push(...invisible.map((name) => `${path}: control "${name}" has no border in forced colours`))
      }
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})
