// @vitest-environment happy-dom
/**
 * The outcome as a person uses it, on the test-only library flow: why this result (with
 * Change), the checklist that remembers its ticks, a contact's open-now line, the QR code
 * that reopens the same result, and where the guidance comes from and when it was last
 * checked. (The free dial's hours as the FAQ gives them: tests/content/.)
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import jsQR from 'jsqr'
import { describe, expect, test, vi } from 'vitest'
import { libraryFlow as flow } from './fixtures/library'
import { formatDay, formatDate } from '../src/lib/format'
import { sessionKey } from '../src/lib/storage'
import { mountLibrary, words } from './support/library'
import { heading, patiently, press } from './support/mountApp'

/** Renewing first, then borrowing: a step added by an answer, and two answers that decided it. */
const renewThenBorrow = '/en/member-expired/card-yes/'
/** Joining: a checklist of two, and the desk with its opening hours. */
const join = '/en/member-no/'

describe('why this result', () => {
  test('names every answer that decided it, one that only added to the plan included', async () => {
    const wrapper = await mountLibrary(renewThenBorrow)
    const reasons = wrapper.findAll('.deciding-answers li > span').map((item) => item.text())
    expect(reasons).toEqual([
      words('en', 'library.because.expired'),
      words('en', 'ui.outcome.youChose', { answer: words('en', 'common.yes') }),
    ])
  })

  test('both answers to a question whose answers lead to the same place but make different plans are named', async () => {
    for (const [answer, reason] of [
      ['yes', 'library.because.member'],
      ['expired', 'library.because.expired'],
    ] as const) {
      const wrapper = await mountLibrary(`/en/member-${answer}/card-yes/`)
      expect(wrapper.findAll('.deciding-answers li > span').map((item) => item.text())).toContain(words('en', reason))
    }
  })

  test('each reason has a Change that reopens its question', async () => {
    const wrapper = await mountLibrary(renewThenBorrow)
    const change = wrapper.findAll('.deciding-answers a')[1]!
    expect(change.text()).toContain(words('en', 'ui.outcome.changeQuestion', { question: words('en', 'library.q.card') }))
    await change.trigger('click')
    await flushPromises()
    expect(heading(wrapper)).toBe(words('en', 'library.q.card'))
  })
})

describe('the checklist', () => {
  function checkboxes(wrapper: VueWrapper) {
    return wrapper.findAll<HTMLInputElement>('.needs-list input[type="checkbox"]')
  }

  test('a tick survives a reload in the same tab, and Start again clears it', async () => {
    let wrapper = await mountLibrary(join)
    expect(checkboxes(wrapper).map((box) => box.element.checked)).toEqual([false, false])
    await checkboxes(wrapper)[0]!.setValue(true)

    wrapper = await mountLibrary(join)
    expect(checkboxes(wrapper).map((box) => box.element.checked)).toEqual([true, false])

    await press(wrapper, words('en', 'ui.startAgain'))
    wrapper = await mountLibrary(join)
    expect(checkboxes(wrapper).map((box) => box.element.checked)).toEqual([false, false])
  })

  test('each item is a labelled checkbox, so tapping its words ticks it', async () => {
    const wrapper = await mountLibrary(join)
    const label = wrapper.get('.needs-list label')
    expect(label.text()).toBe(words('en', 'library.bring.proof'))
    const box = label.get<HTMLInputElement>('input[type="checkbox"]')
    await label.get('span').trigger('click')
    expect(box.element.checked).toBe(true)
  })

  test('stored ticks that are not a list are ignored, not a crash', async () => {
    sessionStorage.setItem(sessionKey(flow.id, 'ticked'), '{"broken":')
    const wrapper = await mountLibrary(join)
    expect(checkboxes(wrapper).map((box) => box.element.checked)).toEqual([false, false])
  })
})

describe("a contact's open-now line", () => {
  // The library's desk: Monday to Friday, 10:00 to 18:00, London time (in winter, UTC).
  const range = flow.contacts.desk!.hours![0]!

  async function lineAt(instant: string, address = join) {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.setSystemTime(new Date(instant))
    const wrapper = await mountLibrary(address)
    await vi.waitFor(() => expect(wrapper.find('.open-now').exists()).toBe(true), patiently)
    return { wrapper, line: () => wrapper.get('.open-now').text() }
  }

  test('on a Saturday it is closed, and names the day it opens', async () => {
    const { line } = await lineAt('2026-11-28T12:00Z')
    const monday = formatDay('en', { year: 2026, month: 11, day: 30 })
    expect(line()).toBe(words('en', 'ui.contact.closedNow') + words('en', 'ui.contact.opensOn', { date: monday, time: range.opens }))
  })

  test('the line updates while the page stays open', async () => {
    const { line } = await lineAt('2026-11-30T09:59Z')
    expect(line()).toBe(words('en', 'ui.contact.closedNow') + words('en', 'ui.contact.opensToday', { time: range.opens }))
    vi.setSystemTime(new Date('2026-11-30T10:00Z'))
    vi.advanceTimersByTime(30_000)
    await flushPromises()
    expect(line()).toBe(words('en', 'ui.contact.openNow', { time: range.closes }))
  })

  test('in Japanese, on a weekday evening after closing', async () => {
    const { line } = await lineAt('2026-11-26T18:30Z', '/ja/member-no/')
    expect(line()).toBe(words('ja', 'ui.contact.closedNow') + words('ja', 'ui.contact.opensTomorrow', { time: range.opens }))
  })
})

/** Reads the QR code the page drew: its path of dark squares, rasterised and decoded. */
function decodeQr(svg: SVGSVGElement): string | undefined {
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2])
  const scale = 4
  const width = size * scale
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
  const path = svg.querySelector('path')!.getAttribute('d')!
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const offset = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4
        pixels.fill(0, offset, offset + 3)
      }
    }
  }
  return jsQR(pixels, width, width)?.data
}

describe('open on another device', () => {
  test('the QR code, drawn once printing starts, holds the full address of this result, in this language', async () => {
    const wrapper = await mountLibrary(join)
    await vi.waitFor(() => expect(wrapper.find('#outcome-other-device-heading').exists()).toBe(true), patiently)
    expect(wrapper.find('svg.qr-code').exists()).toBe(false)
    window.dispatchEvent(new Event('beforeprint'))
    await vi.waitFor(() => expect(wrapper.find('svg.qr-code path').exists()).toBe(true), patiently)
    const svg = wrapper.get('svg.qr-code')
    expect(svg.attributes('aria-label')).toBe(words('en', 'ui.outcome.qrCode'))
    expect(decodeQr(svg.element as SVGSVGElement)).toBe(`${location.origin}${join}`)
    window.dispatchEvent(new Event('afterprint'))
  })

  test('the Print button opens the print dialog with the time and the QR code already on the sheet', async () => {
    const wrapper = await mountLibrary(join)
    await vi.waitFor(() => expect(wrapper.find('#outcome-other-device-heading').exists()).toBe(true), patiently)
    const onSheet = vi.fn(() => ({
      printedAt: document.querySelector('.printed-at')?.textContent ?? '',
      qrCode: document.querySelector('svg.qr-code path') !== null,
    }))
    vi.stubGlobal('print', onSheet)
    await press(wrapper, words('en', 'ui.outcome.print'))
    await vi.waitFor(() => expect(onSheet).toHaveBeenCalledOnce(), patiently)
    expect(onSheet.mock.results[0]!.value).toEqual({ printedAt: expect.stringMatching(/\S/), qrCode: true })
    window.dispatchEvent(new Event('afterprint'))
  })
})

describe('source and freshness', () => {
  test('the outcome names its source, its sections, and the day the content was checked', async () => {
    const wrapper = await mountLibrary(join)
    const sources = wrapper.get('#outcome-sources-heading').element.parentElement!.textContent!
    expect(sources).toContain(words('en', 'ui.outcome.sourcesIntro', { document: words('en', flow.sourceDocument) }))
    expect(sources).toContain(`L1 ${words('en', 'library.section.L1')}`)
    expect(sources).not.toContain(words('en', 'library.section.L2'))
    expect(sources).toContain(words('en', 'ui.outcome.checkedOn', { date: formatDate('en', flow.checkedOn) }))
    expect(sources).toContain(words('en', 'ui.outcome.latest'))
  })
})
