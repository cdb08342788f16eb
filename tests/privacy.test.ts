// @vitest-environment happy-dom
/**
 * Privacy as a person meets it, on the test-only library flow: the page says in one
 * sentence where the answers are kept, "Clear my answers" forgets them (and the ticks, and
 * the stored address), and nothing is ever put in a cookie or in storage that outlives the
 * tab, except the chosen language. On a shared device a bare visit opens the start, which
 * offers to continue this tab's last step, never opening it by itself.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { describe, expect, test, vi } from 'vitest'
import { mountLibrary, words } from './support/library'
import { currentAddress, heading, patiently, press } from './support/mountApp'

/** A step with a checklist. */
const join = '/en/member-no/'
/** An outcome two answers in. */
const replace = '/en/member-yes/card-no/'

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

describe('a shared device', () => {
  /** The start's offer to continue, if it shows one. */
  const choice = (wrapper: VueWrapper) => wrapper.find('.continue-choice')
  const continueLink = (wrapper: VueWrapper) => choice(wrapper).get('a')

  test('a bare visit opens the start, offering to continue to the stored step, with how many answers it holds', async () => {
    await mountLibrary(replace)
    const wrapper = await mountLibrary('/')
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
    expect(currentAddress()).toBe('/en/')
    expect(choice(wrapper).text()).toContain(words('en', 'ui.resume.kept', { count: 2 }))
    expect(continueLink(wrapper).text()).toBe(words('en', 'ui.resume.continue'))
    expect(continueLink(wrapper).attributes('href')).toBe(replace)

    await press(wrapper, words('en', 'ui.resume.continue'))
    expect(heading(wrapper)).toBe(words('en', 'library.o.replace'))
    expect(currentAddress()).toBe(replace)
  })

  test('with nothing stored, the start offers nothing to continue', async () => {
    for (const [address, locale] of [
      ['/', 'en'],
      ['/en/', 'en'],
      ['/ja/', 'ja'],
    ] as const) {
      const wrapper = await mountLibrary(address)
      expect(heading(wrapper)).toBe(words(locale, 'library.q.member'))
      expect(choice(wrapper).exists(), address).toBe(false)
    }
  })

  test('the offer is in the language on screen', async () => {
    await mountLibrary(replace)
    const wrapper = await mountLibrary('/ja/')
    expect(continueLink(wrapper).text()).toBe(words('ja', 'ui.resume.continue'))
    expect(continueLink(wrapper).attributes('href')).toBe('/ja/member-yes/card-no/')
  })

  test('Back to the start and Start again keep the step, so that the start can offer it', async () => {
    let wrapper = await mountLibrary('/en/member-yes/')
    await press(wrapper, words('en', 'ui.back'))
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
    expect(continueLink(wrapper).attributes('href')).toBe('/en/member-yes/')

    wrapper = await mountLibrary(replace)
    await press(wrapper, words('en', 'ui.startAgain'))
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
    expect(continueLink(wrapper).attributes('href')).toBe(replace)
  })

  test('"Clear my answers" beside the offer forgets the step, says so, and the offer goes', async () => {
    await mountLibrary(replace)
    const wrapper = await mountLibrary('/')
    await choice(wrapper).findAll('a')[1]!.trigger('click')
    await flushPromises()
    expect(choice(wrapper).exists()).toBe(false)
    expect(wrapper.get('.notice').text()).toContain(words('en', 'ui.notice.cleared'))
    expect(Object.keys(sessionStorage), 'nothing of this tab is kept').toEqual([])
    expect(document.activeElement, 'focus goes on to the question').toBe(wrapper.get('h1').element)
    expect(choice(await mountLibrary('/')).exists(), 'nor on the next visit').toBe(false)
  })

  test('an address with answers opens that step, whatever step is stored', async () => {
    await mountLibrary(replace)
    const wrapper = await mountLibrary(join)
    expect(heading(wrapper)).toBe(words('en', 'library.o.join'))
    expect(currentAddress()).toBe(join)
  })
})
