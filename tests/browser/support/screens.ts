/**
 * Every screen a person can meet, for the checks that go over all of them: each state of
 * the flow (one way to it), a question reopened with Change, a screen with a notice, the
 * start offering to continue, and
 * the accessibility statement and report (static pages, scripts/accessibility-pages.mjs).
 */
import type { Page } from 'playwright-core'
import { accessibilityPages as folders } from '../../../scripts/accessibility/page.mjs'
import { everyScreen, headingKey } from '../../support/paths'
import { address, expectHeading, flow, patience, showInApp, text } from './site'

export interface AppScreen {
  name: string
  path: (locale: string) => string
  /** The message key of its main heading. */
  heading: string
  /**
   * A part that arrives after the heading (in a chunk of its own, or once mounted): checks
   * over every control wait for it. An outcome's send button; the start's offer to continue.
   */
  ready?: string
}

/** A question reopened with Change, and a screen with a notice: not plain states of the flow. */
export const specialScreens: AppScreen[] = [
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
  // Last: the screens before it have left a step with answers for the start to offer.
  {
    name: 'start with the offer to continue',
    path: (locale: string) => `/${locale}/`,
    heading: 'mynaportal.q.topic.text',
    ready: '.continue-choice',
  },
]

/** Each state of the flow, reached the shortest way. */
export const flowScreens: AppScreen[] = everyScreen(flow).map(({ state, answers, kind }) => ({
  name: state,
  path: (locale: string) => address(locale, answers),
  heading: headingKey(flow, answers),
  ready: kind === 'outcome' ? '.send button' : undefined,
}))

export const appScreens = [...flowScreens, ...specialScreens]

/** Shows a screen in the app already open in the page, and waits for its heading and any part that comes after it. */
export async function showScreen(page: Page, locale: string, screen: AppScreen) {
  await showInApp(page, screen.path(locale))
  await expectHeading(page, text(locale, screen.heading), `${locale} ${screen.name}`)
  if (screen.ready) await page.locator(screen.ready).first().waitFor({ timeout: patience })
}

/** The accessibility statement and the test report, each in Japanese and English: plain pages, no app. */
export const accessibilityPages = (['statement', 'report'] as const).flatMap((kind) =>
  (['ja', 'en'] as const).map((lang) => ({ path: `/accessibility/${folders[kind][lang]}`, lang, kind })),
)
