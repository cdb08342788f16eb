// @vitest-environment happy-dom
/**
 * Privacy as a person meets it: the page says in one sentence where the answers are kept,
 * "Clear my answers" forgets them (and the ticks, and the stored address), and nothing is
 * ever put in a cookie or in storage that outlives the tab, except the chosen language.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { heading, mountApp, press } from './support/mountApp'

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

afterEach(() => {
  document.body.innerHTML = ''
})

const supportWindow = '/en/topic-login/card-yes/certificate-unknown/pc-no/'

/** Everything kept in this tab's session storage, as one string to search. */
function sessionContents() {
  return Object.keys(sessionStorage)
    .map((key) => `${key}=${sessionStorage.getItem(key)}`)
    .join('\n')
}

describe('privacy', () => {
  test('every page says where the answers are kept', async () => {
    const wrapper = await mountApp('/en/')
    expect(wrapper.get('.privacy').text()).toContain(
      'Your answers stay on this device, in this browser tab only, and are gone when you close it. No cookies are used.',
    )
  })

  test('"Clear my answers" forgets the answers, the ticks and the stored address, and says so', async () => {
    const wrapper = await mountApp(supportWindow)
    await wrapper.get('.needs-list input[type="checkbox"]').setValue(true)
    expect(sessionContents()).toContain('certificate-unknown')
    expect(sessionContents()).toContain('mynaportal.needs.card')

    await press(wrapper, 'Clear my answers')
    expect(heading(wrapper)).toBe('What do you need help with?')
    expect(wrapper.get('.notice').text()).toContain('Your answers have been cleared.')
    expect(location.pathname).toBe('/en/')
    expect(sessionContents()).not.toContain('certificate-unknown')
    expect(sessionContents()).not.toContain('mynaportal.needs.card')
    expect(Object.keys(sessionStorage), 'nothing of this tab is kept').toEqual([])
  })

  test('answers never reach a cookie or local storage; only the chosen language is remembered', async () => {
    const wrapper = await mountApp('/en/')
    await press(wrapper, 'Logging in: what you need (card, PC, smartphone)')
    await press(wrapper, 'Yes')
    expect(document.cookie).toBe('')
    expect(Object.keys(localStorage).filter((key) => key !== 'myna-guide:language')).toEqual([])
  })
})
