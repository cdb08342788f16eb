// @vitest-environment happy-dom
/**
 * Privacy as a person meets it, on the test-only library flow: the page says in one
 * sentence where the answers are kept, "Clear my answers" forgets them (and the ticks, and
 * the stored address), and nothing is ever put in a cookie or in storage that outlives the
 * tab, except the chosen language.
 */
import { describe, expect, test, vi } from 'vitest'
import { mountLibrary, words } from './support/library'
import { heading, patiently, press } from './support/mountApp'

/** A step with a checklist. */
const join = '/en/member-no/'

/** Everything kept in this tab's session storage, as one string to search. */
function sessionContents() {
  return Object.keys(sessionStorage)
    .map((key) => `${key}=${sessionStorage.getItem(key)}`)
    .join('\n')
}

describe('privacy', () => {
  test('every page says where the answers are kept', async () => {
    for (const address of ['/en/', join]) {
      const wrapper = await mountLibrary(address)
      expect(wrapper.get('.privacy').text()).toContain(words('en', 'ui.privacy.statement'))
    }
  })

  test('"Clear my answers" forgets the answers, the ticks and the stored address, and says so', async () => {
    const wrapper = await mountLibrary(join)
    await wrapper.get('.needs-list input[type="checkbox"]').setValue(true)
    expect(sessionContents()).toContain('member-no')
    expect(sessionContents()).toContain('library.bring.proof')

    await press(wrapper, words('en', 'ui.privacy.clear'))
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
    expect(wrapper.get('.notice').text()).toContain(words('en', 'ui.notice.cleared'))
    expect(location.pathname).toBe('/en/')
    expect(Object.keys(sessionStorage), 'nothing of this tab is kept').toEqual([])
  })

  test('answers never reach a cookie or local storage; only the chosen language is remembered', async () => {
    const wrapper = await mountLibrary('/ja/')
    await wrapper.get('a[lang="en"]').trigger('click')
    await vi.waitFor(() => expect(heading(wrapper)).toBe(words('en', 'library.q.member')), patiently)
    await press(wrapper, words('en', 'common.yes'))
    await press(wrapper, words('en', 'common.no'))
    expect(heading(wrapper)).toBe(words('en', 'library.o.replace'))
    expect(document.cookie).toBe('')
    expect(Object.keys(localStorage)).toEqual(['myna-guide:language'])
  })
})
