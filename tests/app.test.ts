// @vitest-environment happy-dom
/**
 * The wizard as a person uses it: answering, Back, Change, Start again, switching
 * language, and links or stored answers that do not fit.
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { entry } from '../flows'
import { localeMessages } from './support/locales'
import { answerAll, currentAddress, heading, mountApp, mountEntry, patiently, press } from './support/mountApp'

const en = localeMessages.en!

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

afterEach(() => {
  document.body.innerHTML = ''
})

const ja = localeMessages.ja!
/** A plural message's form for more than one, with its count: as vue-i18n picks it. */
const plural = (message: string, count: number) => message.split(' | ').at(-1)!.trim().replace('{count}', String(count))

const toSupportWindow = [ja['mynaportal.q.topic.login']!, ja['common.yes']!, ja['common.notSure']!, ja['common.no']!]

describe('answering', () => {
  test('the start screen offers the topics as buttons', async () => {
    const wrapper = await mountApp('/ja/')
    expect(heading(wrapper)).toBe('何についてお困りですか?')
    expect(wrapper.findAll('.answer-button')).toHaveLength(7)
  })

  test('one question per screen, with its progress, until the plan', async () => {
    const wrapper = await mountApp('/ja/')
    await press(wrapper, toSupportWindow[0]!)
    expect(heading(wrapper)).toBe(ja['mynaportal.q.card.text'])
    expect(wrapper.get('.progress').text()).toBe(plural(ja['ui.progress']!, 4).replace('{number}', '2'))
    await answerAll(wrapper, toSupportWindow.slice(1))
    expect(heading(wrapper)).toBe(ja['mynaportal.o.supportWindow'])
    expect(wrapper.get('.notes').text()).toContain(ja['mynaportal.guide.certificateOptional'])
    expect(wrapper.findAll('.steps > li').map((step) => step.text())[0]).toContain(ja['mynaportal.guide.supportWindow'])
    expect(currentAddress()).toBe('/ja/topic-login/card-yes/certificate-unknown/pc-no/')
  })

  test('after each step focus is on the new heading and the live region reads it', async () => {
    const wrapper = await mountApp('/ja/')
    await press(wrapper, toSupportWindow[0]!)
    expect(document.activeElement).toBe(wrapper.get('h1').element)
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('マイナンバーカードを持っていますか?')
  })

  test('the page title follows the step', async () => {
    const wrapper = await mountApp('/en/topic-family/')
    expect(document.title).toBe(`${heading(wrapper)} | Mynaportal help guide`)
  })
})

describe('Back and Start again', () => {
  test('Back removes the last answer', async () => {
    const wrapper = await mountApp('/ja/topic-login/card-yes/')
    await press(wrapper, '戻る')
    expect(heading(wrapper)).toBe('マイナンバーカードを持っていますか?')
    expect(currentAddress()).toBe('/ja/topic-login/')
  })

  test('Start again clears every answer', async () => {
    const wrapper = await mountApp('/ja/topic-login/card-yes/certificate-yes/')
    await press(wrapper, '最初からやり直す')
    expect(heading(wrapper)).toBe('何についてお困りですか?')
    expect(currentAddress()).toBe('/ja/')
  })

  test("the browser's Back button returns to the previous step", async () => {
    const wrapper = await mountApp('/ja/')
    await answerAll(wrapper, [toSupportWindow[0]!, 'はい'])
    // The simulated DOM has no real session history: move the address as Back would.
    history.replaceState(null, '', '/ja/topic-login/')
    window.dispatchEvent(new PopStateEvent('popstate'))
    await flushPromises()
    expect(heading(wrapper)).toBe('マイナンバーカードを持っていますか?')
  })
})

describe('Change', () => {
  test('reopens the question, shows the answer given, and keeps later answers that still apply', async () => {
    const wrapper = await mountApp('/en/topic-login/card-yes/certificate-declined/pc-yes/reader-yes/')
    await press(wrapper, `Change your answer to “${en['mynaportal.q.certificate.text']}”`)
    expect(heading(wrapper)).toBe(en['mynaportal.q.certificate.text'])
    expect(wrapper.get('.previous-answer').text()).toBe(`Your answer now: ${en['mynaportal.q.certificate.declined']}`)
    await press(wrapper, en['common.yes']!)
    expect(heading(wrapper)).toBe(en['mynaportal.o.loginWithReader'])
    expect(wrapper.text()).not.toContain(en['mynaportal.contact.wardOffice.name'])
    expect(wrapper.find('.notice').exists()).toBe(false)
    expect(currentAddress()).toBe('/en/topic-login/card-yes/certificate-yes/pc-yes/reader-yes/')
  })

  test('drops later answers that no longer apply, says so, and asks the new question', async () => {
    const wrapper = await mountApp('/en/topic-login/card-yes/certificate-yes/pc-no/')
    await press(wrapper, `Change your answer to “${en['mynaportal.q.topic.text']}”`)
    await press(wrapper, en['mynaportal.q.topic.help']!)
    expect(heading(wrapper)).toBe(en['mynaportal.q.helpkind.text'])
    expect(wrapper.get('.notice').text()).toContain(plural(en['ui.notice.changeDropped']!, 3))
  })

  test('"Keep my answer" returns to the plan unchanged', async () => {
    const wrapper = await mountApp('/en/topic-family/')
    await press(wrapper, 'Change your answer to “What do you need help with?”')
    await press(wrapper, 'Keep my answer')
    expect(heading(wrapper)).toBe(en['mynaportal.o.familyProxy'])
  })
})

describe('the page as shipped: the first screen before the flow has loaded', () => {
  test('the start screen needs only the entry; the first answer brings in the rest', async () => {
    const load = vi.fn(entry.load)
    const wrapper = await mountEntry('/en/', { ...entry, load })
    expect(heading(wrapper)).toBe('What do you need help with?')
    expect(load).not.toHaveBeenCalled()
    await press(wrapper, 'Logging in: what you need (card, PC, smartphone)')
    await vi.waitFor(() => expect(heading(wrapper)).toBe('Do you have a My Number card (マイナンバーカード)?'), patiently)
    expect(load).toHaveBeenCalledOnce()
    expect(currentAddress()).toBe('/en/topic-login/')
  })
})

describe('language', () => {
  test('switching mid-way keeps the step and the answers, and sets <html lang>', async () => {
    const wrapper = await mountApp('/ja/topic-login/card-yes/')
    await wrapper.get('a[lang="en"]').trigger('click')
    await vi.waitFor(
      () => expect(heading(wrapper)).toBe('Is the user certificate (利用者証明用電子証明書) on your My Number card?'),
      patiently,
    )
    expect(document.documentElement.lang).toBe('en')
    expect(currentAddress()).toBe('/en/topic-login/card-yes/')
    await press(wrapper, 'Back')
    expect(heading(wrapper)).toBe('Do you have a My Number card (マイナンバーカード)?')
  })

  test('the choice is remembered for the next visit', async () => {
    const wrapper = await mountApp('/ja/')
    await wrapper.get('a[lang="en"]').trigger('click')
    await vi.waitFor(() => expect(heading(wrapper)).toBe('What do you need help with?'), patiently)
    sessionStorage.clear()
    const again = await mountApp('/')
    expect(heading(again)).toBe('What do you need help with?')
  })

  test('a first visit follows the browser languages', async () => {
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['en-GB', 'fr'] })
    try {
      const wrapper = await mountApp('/')
      expect(heading(wrapper)).toBe('What do you need help with?')
      expect(currentAddress()).toBe('/en/')
    } finally {
      delete (navigator as unknown as Record<string, unknown>).languages
      if (languages) Object.defineProperty(Navigator.prototype, 'languages', languages)
    }
  })

  test('an unknown language in the link shows a notice and a working page', async () => {
    localStorage.setItem('myna-guide:language', 'ja')
    const wrapper = await mountApp('/xx/topic-family/')
    expect(wrapper.get('.notice').text()).toContain('対応していない')
    expect(heading(wrapper)).toBe('代理人登録をすると、家族などの情報を見られます')
  })

  test.each([
    ['/EN/topic-family/', '/en/topic-family/', 'en'],
    ['/zh-cn/topic-family/', '/zh-CN/topic-family/', 'zh-CN'],
    ['/Ko/topic-family/', '/ko/topic-family/', 'ko'],
  ])('a language code in another case (%s) opens that language at its own address', async (link, canonical, locale) => {
    const wrapper = await mountApp(link)
    expect(heading(wrapper)).toBe(localeMessages[locale]!['mynaportal.o.familyProxy'])
    expect(currentAddress()).toBe(canonical)
    expect(wrapper.find('.notice').exists()).toBe(false)
  })
})

describe('links and stored answers that do not fit', () => {
  test('an edited link keeps the answers that fit and says so', async () => {
    const wrapper = await mountApp('/en/topic-login/card-perhaps/certificate-yes/')
    expect(heading(wrapper)).toBe('Do you have a My Number card (マイナンバーカード)?')
    expect(wrapper.get('.notice').text()).toContain('could not be read')
    expect(currentAddress()).toBe('/en/topic-login/')
  })

  test('a link with hostile text shows a valid step and never renders the text', async () => {
    const wrapper = await mountApp('/en/topic-login/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/')
    expect(heading(wrapper)).toBe('Do you have a My Number card (マイナンバーカード)?')
    expect(document.querySelector('img')).toBeNull()
    expect(wrapper.html()).not.toContain('onerror')
  })

  test('stale stored answers resume where they still fit', async () => {
    sessionStorage.setItem('myna-guide:mynaportal:address', '/en/topic-login/card-yes/oldquestion-yes/')
    const wrapper = await mountApp('/')
    expect(heading(wrapper)).toBe('Is the user certificate (利用者証明用電子証明書) on your My Number card?')
    expect(wrapper.get('.notice').text()).toContain('could not be read')
  })

  test('stored text that is not an address at all still opens the start', async () => {
    sessionStorage.setItem('myna-guide:mynaportal:address', '%%%{"not":"a path"}')
    const wrapper = await mountApp('/')
    expect(wrapper.findAll('.answer-button')).toHaveLength(7)
  })

  test('hostile stored text (another site, markup) is neither resumed nor rendered', async () => {
    sessionStorage.setItem('myna-guide:mynaportal:address', 'https://evil.example/en/topic-login/<img src=x onerror=alert(1)>')
    sessionStorage.setItem('myna-guide:mynaportal:ticked', '["<img src=x onerror=alert(2)>", 42, {"a": 1}]')
    const wrapper = await mountApp('/')
    expect(wrapper.findAll('.answer-button')).toHaveLength(7)
    expect(document.querySelector('img')).toBeNull()
    expect(wrapper.html()).not.toContain('onerror')
  })

  test('a Change of a question that was never answered is ignored with a notice', async () => {
    const wrapper = await mountApp('/en/topic-family/?change=pc')
    expect(heading(wrapper)).toBe(en['mynaportal.o.familyProxy'])
    expect(wrapper.find('.notice').exists()).toBe(true)
  })
})
