// @vitest-environment happy-dom
/**
 * The wizard as a person uses it, on the test-only library flow: answering, Back, Change,
 * Start again, switching language, and links or stored answers that do not fit. Every word
 * expected comes from the locale files and the flow's own messages.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, test, vi } from 'vitest'
import libraryFirstScreen from './fixtures/library?first-screen'
import { libraryFlow, libraryWith } from './fixtures/library'
import { question } from '../src/engine/define'
import en from './fixtures/library.en.json'
import { languages } from '../locales/languages'
import { lazyEntry } from '../src/engine/entry'
import { sessionKey } from '../src/lib/storage'
import { mountLibrary, words } from './support/library'
import { say } from './support/locales'
import { answerAll, currentAddress, heading, mountEntry, patiently, press } from './support/mountApp'

const storedAddress = sessionKey(libraryFlow.id, 'address')
const changeLink = (locale: 'ja' | 'en', question: string) =>
  words(locale, 'ui.outcome.changeQuestion', { question: words(locale, question) })
/** The start question's answers, as the flow lists them. */
const startAnswers = libraryFirstScreen.start.meta.answers

describe('answering', () => {
  test('the start screen offers the first question, each answer a button', async () => {
    const wrapper = await mountLibrary('/ja/')
    expect(heading(wrapper)).toBe(words('ja', 'library.q.member'))
    expect(wrapper.findAll('.answer-button').map((button) => button.text())).toEqual(
      startAnswers.map((answer) => words('ja', answer.label)),
    )
  })

  test('one question per screen, with its progress, until the plan', async () => {
    const wrapper = await mountLibrary('/ja/')
    await press(wrapper, words('ja', 'library.q.expired'))
    expect(heading(wrapper)).toBe(words('ja', 'library.q.card'))
    expect(wrapper.get('.progress').text()).toBe(words('ja', 'ui.progress', { number: 2, count: 0 }))
    await press(wrapper, words('ja', 'common.yes'))
    expect(heading(wrapper)).toBe(words('ja', 'library.o.renewFirst'))
    expect(wrapper.findAll('.steps > li').map((step) => step.text())[0]).toContain(words('ja', 'library.step.renew'))
    expect(currentAddress()).toBe('/ja/member-expired/card-yes/')
  })

  test('the progress says how many questions may still come, in the plural form for that number', async () => {
    // Two more questions after "card" on one of its answers.
    const longer = libraryWith({
      card: question({
        text: 'library.q.card',
        answers: [
          { id: 'yes', label: 'common.yes', to: 'borrow' },
          { id: 'no', label: 'common.no', to: 'lost' },
        ],
      }),
      lost: question({
        text: 'library.q.member',
        answers: [
          { id: 'yes', label: 'common.yes', to: 'replace' },
          { id: 'no', label: 'common.no', to: 'again' },
        ],
      }),
      again: question({
        text: 'library.q.card',
        answers: [
          { id: 'yes', label: 'common.yes', to: 'replace' },
          { id: 'no', label: 'common.no', to: 'join' },
        ],
      }),
    })
    const wrapper = await mountLibrary('/en/member-yes/', longer)
    const progress = () => wrapper.get('.progress').text()
    expect(progress()).toBe(words('en', 'ui.progress', { number: 2, count: 2 }))
    await press(wrapper, words('en', 'common.no'))
    expect(progress()).toBe(words('en', 'ui.progress', { number: 3, count: 1 }))
    await press(wrapper, words('en', 'common.no'))
    expect(progress()).toBe(words('en', 'ui.progress', { number: 4, count: 0 }))
  })

  test('after each step focus is on the new heading and the live region reads it', async () => {
    const wrapper = await mountLibrary('/ja/')
    await press(wrapper, words('ja', 'common.yes'))
    expect(document.activeElement).toBe(wrapper.get('h1').element)
    expect(wrapper.get('[aria-live="polite"]').text()).toBe(words('ja', 'library.q.card'))
  })

  test('the page title follows the step', async () => {
    const wrapper = await mountLibrary('/en/member-no/')
    expect(document.title).toBe(`${heading(wrapper)} | ${words('en', 'library.title')}`)
  })
})

describe('Back and Start again', () => {
  test('Back removes the last answer', async () => {
    const wrapper = await mountLibrary('/ja/member-yes/card-no/')
    await press(wrapper, words('ja', 'ui.back'))
    expect(heading(wrapper)).toBe(words('ja', 'library.q.card'))
    expect(currentAddress()).toBe('/ja/member-yes/')
  })

  test('Start again clears every answer', async () => {
    const wrapper = await mountLibrary('/ja/member-yes/card-no/')
    await press(wrapper, words('ja', 'ui.startAgain'))
    expect(heading(wrapper)).toBe(words('ja', 'library.q.member'))
    expect(currentAddress()).toBe('/ja/')
  })

  test("the browser's Back button returns to the previous step", async () => {
    const wrapper = await mountLibrary('/ja/')
    await answerAll(wrapper, [words('ja', 'common.yes'), words('ja', 'common.no')])
    expect(heading(wrapper)).toBe(words('ja', 'library.o.replace'))
    // The simulated DOM has no real session history: move the address as Back would.
    history.replaceState(null, '', '/ja/member-yes/')
    window.dispatchEvent(new PopStateEvent('popstate'))
    await flushPromises()
    expect(heading(wrapper)).toBe(words('ja', 'library.q.card'))
  })
})

describe('Change', () => {
  test('reopens the question, shows the answer given, and keeps later answers that still apply', async () => {
    const wrapper = await mountLibrary('/en/member-expired/card-yes/')
    await press(wrapper, changeLink('en', 'library.q.member'))
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
    expect(wrapper.get('.previous-answer').text()).toBe(words('en', 'ui.previousAnswer', { answer: words('en', 'library.q.expired') }))
    await press(wrapper, words('en', 'common.yes'))
    expect(heading(wrapper)).toBe(words('en', 'library.o.borrow'))
    expect(wrapper.text()).not.toContain(words('en', 'library.step.renew'))
    expect(wrapper.find('.notice').exists()).toBe(false)
    expect(currentAddress()).toBe('/en/member-yes/card-yes/')
  })

  test('drops later answers that no longer apply, and says how many', async () => {
    const wrapper = await mountLibrary('/en/member-yes/card-no/')
    await press(wrapper, changeLink('en', 'library.q.member'))
    await press(wrapper, words('en', 'common.no'))
    expect(heading(wrapper)).toBe(words('en', 'library.o.join'))
    expect(wrapper.get('.notice').text()).toContain(words('en', 'ui.notice.changeDropped', { count: 1 }))
    expect(currentAddress()).toBe('/en/member-no/')
  })

  test('"Keep my answer" returns to the plan unchanged', async () => {
    const wrapper = await mountLibrary('/en/member-no/')
    await press(wrapper, changeLink('en', 'library.q.member'))
    await press(wrapper, words('en', 'ui.cancelChange'))
    expect(heading(wrapper)).toBe(words('en', 'library.o.join'))
    expect(currentAddress()).toBe('/en/member-no/')
  })
})

describe('the page as shipped: the first screen before the flow has loaded', () => {
  test('the start screen needs only the entry; the first answer brings in the rest', async () => {
    const load = vi.fn(() => Promise.resolve(libraryFlow))
    const wrapper = await mountEntry('/en/', lazyEntry(libraryFirstScreen, load), { en })
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
    expect(load).not.toHaveBeenCalled()
    await press(wrapper, words('en', 'common.yes'))
    await vi.waitFor(() => expect(heading(wrapper)).toBe(words('en', 'library.q.card')), patiently)
    expect(load).toHaveBeenCalledOnce()
    expect(currentAddress()).toBe('/en/member-yes/')
  })
})

describe('language', () => {
  test('switching mid-way keeps the step and the answers, and sets <html lang>', async () => {
    const wrapper = await mountLibrary('/ja/member-yes/')
    await wrapper.get('a[lang="en"]').trigger('click')
    await vi.waitFor(() => expect(heading(wrapper)).toBe(words('en', 'library.q.card')), patiently)
    expect(document.documentElement.lang).toBe('en')
    expect(currentAddress()).toBe('/en/member-yes/')
    await press(wrapper, words('en', 'ui.back'))
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
  })

  test('the choice is remembered for the next visit', async () => {
    const wrapper = await mountLibrary('/en/')
    await wrapper.get('a[lang="ja"]').trigger('click')
    await vi.waitFor(() => expect(heading(wrapper)).toBe(words('ja', 'library.q.member')), patiently)
    sessionStorage.clear()
    // Chosen over the browser's languages, which here ask for English.
    expect(navigator.languages[0]).toMatch(/^en/)
    const again = await mountLibrary('/')
    expect(heading(again)).toBe(words('ja', 'library.q.member'))
    expect(currentAddress()).toBe('/ja/')
  })

  test.each([
    [['fr', 'en-GB'], 'en'],
    [['fr', 'ja-JP'], 'ja'],
  ] as const)('a first visit follows the browser languages (%j)', async (preferred, code) => {
    const languagesOf = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => preferred })
    try {
      const wrapper = await mountLibrary('/')
      expect(heading(wrapper)).toBe(words(code, 'library.q.member'))
      expect(currentAddress()).toBe(`/${code}/`)
    } finally {
      delete (navigator as unknown as Record<string, unknown>).languages
      if (languagesOf) Object.defineProperty(Navigator.prototype, 'languages', languagesOf)
    }
  })

  test('an unknown language in the link shows a notice and a working page', async () => {
    localStorage.setItem('myna-guide:language', 'ja')
    const wrapper = await mountLibrary('/xx/member-no/')
    expect(wrapper.get('.notice').text()).toContain(words('ja', 'ui.notice.unknownLanguage'))
    expect(heading(wrapper)).toBe(words('ja', 'library.o.join'))
  })

  test.each([
    ['/EN/member-no/', '/en/member-no/', 'en'],
    ['/zh-cn/member-no/', '/zh-CN/member-no/', 'zh-CN'],
    ['/Ko/member-no/', '/ko/member-no/', 'ko'],
  ])('a language code in another case (%s) opens that language at its own address', async (link, canonical, code) => {
    const wrapper = await mountLibrary(link)
    expect(document.documentElement.lang).toBe(languages.find((language) => language.code === code)!.lang)
    expect(wrapper.text()).toContain(say(code, 'ui.startAgain'))
    expect(currentAddress()).toBe(canonical)
    expect(wrapper.find('.notice').exists()).toBe(false)
  })
})

describe('links and stored answers that do not fit', () => {
  test('an edited link keeps the answers that fit and says so', async () => {
    const wrapper = await mountLibrary('/en/member-yes/card-perhaps/')
    expect(heading(wrapper)).toBe(words('en', 'library.q.card'))
    expect(wrapper.get('.notice').text()).toContain(words('en', 'ui.notice.rejected'))
    expect(currentAddress()).toBe('/en/member-yes/')
  })

  test('a link with hostile text shows a valid step and never renders the text', async () => {
    const wrapper = await mountLibrary('/en/member-yes/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/')
    expect(heading(wrapper)).toBe(words('en', 'library.q.card'))
    expect(document.querySelector('img')).toBeNull()
    expect(wrapper.html()).not.toContain('onerror')
  })

  test('a stale stored step is offered, and continuing keeps the answers that still fit and says so', async () => {
    sessionStorage.setItem(storedAddress, '/en/member-yes/oldquestion-yes/')
    const wrapper = await mountLibrary('/')
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
    await press(wrapper, words('en', 'ui.resume.continue'))
    expect(heading(wrapper)).toBe(words('en', 'library.q.card'))
    expect(wrapper.get('.notice').text()).toContain(words('en', 'ui.notice.rejected'))
    expect(currentAddress()).toBe('/en/member-yes/')
  })

  test('stored text that is not an address at all opens the start, offering nothing to continue', async () => {
    sessionStorage.setItem(storedAddress, '%%%{"not":"a path"}')
    const wrapper = await mountLibrary('/')
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
    expect(wrapper.findAll('.answer-button')).toHaveLength(startAnswers.length)
    expect(wrapper.find('.continue-choice').exists()).toBe(false)
  })

  test('hostile stored text (another site, markup) is neither offered nor rendered', async () => {
    sessionStorage.setItem(storedAddress, 'https://evil.example/en/member-yes/<img src=x onerror=alert(1)>')
    sessionStorage.setItem(sessionKey(libraryFlow.id, 'ticked'), '["<img src=x onerror=alert(2)>", 42, {"a": 1}]')
    const wrapper = await mountLibrary('/')
    expect(heading(wrapper)).toBe(words('en', 'library.q.member'))
    expect(wrapper.find('.continue-choice').exists()).toBe(false)
    expect(document.querySelector('img')).toBeNull()
    expect(wrapper.html()).not.toContain('onerror')
  })

  test('a Change of a question that was never answered is ignored with a notice', async () => {
    const wrapper = await mountLibrary('/en/member-no/?change=card')
    expect(heading(wrapper)).toBe(words('en', 'library.o.join'))
    expect(wrapper.get('.notice').text()).toContain(words('en', 'ui.notice.rejected'))
  })
})
