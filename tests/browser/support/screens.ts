/**
 * Every screen a person can meet, for the checks that go over all of them: each state of
 * the flow (one way to it), a question reopened with Change, a screen with a notice, and
 * the accessibility statement and report (static pages, scripts/accessibility-pages.mjs).
 */
import type { Page } from 'playwright-core'
import { everyScreen, headingKey } from '../../support/paths'
import { address, expectHeading, flow, showInApp, text } from './site'

export interface AppScreen {
  name: string
  path: (locale: string) => string
  /** The message key of its main heading. */
  heading: string
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
]

/** Each state of the flow, reached the shortest way. */
export const flowScreens: AppScreen[] = everyScreen(flow).map(({ state, answers }) => ({
  name: state,
  path: (locale: string) => address(locale, answers),
  heading: headingKey(flow, answers),
}))

export const appScreens = [...flowScreens, ...specialScreens]

/** Shows a screen in the app already open in the page, and waits for its heading. */
export async function showScreen(page: Page, locale: string, screen: AppScreen) {
  await showInApp(page, screen.path(locale))
  await expectHeading(page, text(locale, screen.heading), `${locale} ${screen.name}`)
}

/** The accessibility statement and the test report, each in Japanese and English: plain pages, no app. */
export const accessibilityPages = [
  { path: '/accessibility/', lang: 'ja', kind: 'statement' },
  { path: '/accessibility/en/', lang: 'en', kind: 'statement' },
  { path: '/accessibility/report/', lang: 'ja', kind: 'report' },
  { path: '/accessibility/report/en/', lang: 'en', kind: 'report' },
] as const
