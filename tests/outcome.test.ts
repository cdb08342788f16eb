// @vitest-environment happy-dom
/**
 * The outcome as a resident uses it: why this result (with Change), the checklist that
 * remembers its ticks, the free dial's open-now line, the QR code that reopens the same
 * result, and where the guidance comes from and when it was last checked.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import jsQR from 'jsqr'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { mynaportalFlow as flow } from '../flows/mynaportal'
import { formatDate } from '../src/lib/format'
import { localeMessages } from './support/locales'
import { heading, mountApp, patiently, press } from './support/mountApp'

const en = localeMessages.en!

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const supportWindow = '/en/topic-login/card-yes/certificate-unknown/pc-no/'
const freeDialSystem = '/en/topic-help/helpkind-system/'

describe('why this result', () => {
  test('names every answer that decided it, one that only added to the plan included', async () => {
    const wrapper = await mountApp(supportWindow)
    const reasons = wrapper.findAll('.deciding-answers li > span').map((item) => item.text())
    expect(reasons).toEqual([
      `You chose “${en['mynaportal.q.topic.login']}”`,
      en['mynaportal.because.card.yes'],
      en['mynaportal.because.certificate.unknown'],
      en['mynaportal.because.pc.no'],
    ])
  })

  test('both answers to a question whose answers lead to the same place but make different plans are named', async () => {
    for (const [answer, reason] of [
      ['yes', 'mynaportal.because.manual.yes'],
      ['no', 'mynaportal.because.manual.no'],
    ]) {
      const wrapper = await mountApp(`/en/topic-help/helpkind-using/manual-${answer}/account-no/`)
      expect(wrapper.findAll('.deciding-answers li > span').map((item) => item.text())).toContain(en[reason!])
      wrapper.unmount()
    }
  })

  test('each reason has a Change that reopens its question', async () => {
    const wrapper = await mountApp(supportWindow)
    const change = wrapper.findAll('.deciding-answers a')[3]!
    expect(change.text()).toContain(`Change your answer to “${en['mynaportal.q.pc.text']}”`)
    await change.trigger('click')
    await flushPromises()
    expect(heading(wrapper)).toBe(en['mynaportal.q.pc.text'])
  })
})

describe('the checklist', () => {
  function checkboxes(wrapper: VueWrapper) {
    return wrapper.findAll<HTMLInputElement>('.needs-list input[type="checkbox"]')
  }

  test('a tick survives a reload in the same tab, and Start again clears it', async () => {
    let wrapper = await mountApp(supportWindow)
    expect(checkboxes(wrapper).map((box) => box.element.checked)).toEqual([false, false])
    await checkboxes(wrapper)[0]!.setValue(true)

    wrapper = await mountApp(supportWindow)
    expect(checkboxes(wrapper).map((box) => box.element.checked)).toEqual([true, false])

    await press(wrapper, 'Start again')
    wrapper = await mountApp(supportWindow)
    expect(checkboxes(wrapper).map((box) => box.element.checked)).toEqual([false, false])
  })

  test('each item is a labelled checkbox, so tapping its words ticks it', async () => {
    const wrapper = await mountApp(supportWindow)
    const label = wrapper.get('.needs-list label')
    expect(label.text()).toBe(en['mynaportal.needs.card'])
    expect(label.find('input[type="checkbox"]').exists()).toBe(true)
  })

  test('stored ticks that are not a list are ignored, not a crash', async () => {
    sessionStorage.setItem(`myna-guide:${flow.id}:ticked`, '{"broken":')
    const wrapper = await mountApp(supportWindow)
    expect(checkboxes(wrapper).map((box) => box.element.checked)).toEqual([false, false])
  })
})

describe('the free dial, open now', () => {
  async function statusAt(japanTime: string) {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.setSystemTime(new Date(`${japanTime}+09:00`))
    const wrapper = await mountApp(freeDialSystem)
    await vi.waitFor(() => expect(wrapper.find('.open-now').exists()).toBe(true), patiently)
    return wrapper
  }

  test('on 30 December it is closed, and says it opens on 4 January', async () => {
    const wrapper = await statusAt('2026-12-30T12:00')
    expect(wrapper.get('.open-now').text()).toBe('Closed nowOpens Monday, January 4 at 9:30')
  })

  test('the line updates while the page stays open', async () => {
    const wrapper = await statusAt('2027-01-04T09:29')
    expect(wrapper.get('.open-now').text()).toBe('Closed nowOpens today at 9:30')
    vi.setSystemTime(new Date('2027-01-04T09:30+09:00'))
    vi.advanceTimersByTime(30_000)
    await flushPromises()
    expect(wrapper.get('.open-now').text()).toBe('Open now, until 20:00')
  })

  test('in Japanese, on a Saturday evening after 17:30', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.setSystemTime(new Date('2026-11-28T17:45+09:00'))
    const wrapper = await mountApp('/ja/topic-help/helpkind-system/')
    await vi.waitFor(() => expect(wrapper.find('.open-now').exists()).toBe(true), patiently)
    expect(wrapper.get('.open-now').text()).toBe('ただいま受付時間外です明日9:30から受け付けます')
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
    const wrapper = await mountApp(supportWindow)
    await vi.waitFor(() => expect(wrapper.find('#outcome-other-device-heading').exists()).toBe(true), patiently)
    expect(wrapper.find('svg.qr-code').exists()).toBe(false)
    window.dispatchEvent(new Event('beforeprint'))
    await vi.waitFor(() => expect(wrapper.find('svg.qr-code path').exists()).toBe(true), patiently)
    const svg = wrapper.get('svg.qr-code')
    expect(svg.attributes('aria-label')).toBe('QR code that opens this guidance')
    expect(decodeQr(svg.element as SVGSVGElement)).toBe(`${location.origin}${supportWindow}`)
    window.dispatchEvent(new Event('afterprint'))
  })

  test('the Print button opens the print dialog with the time and the QR code already on the sheet', async () => {
    const wrapper = await mountApp(supportWindow)
    await vi.waitFor(() => expect(wrapper.find('#outcome-other-device-heading').exists()).toBe(true), patiently)
    const onSheet = vi.fn(() => ({
      printedAt: document.querySelector('.printed-at')?.textContent ?? '',
      qrCode: document.querySelector('svg.qr-code path') !== null,
    }))
    vi.stubGlobal('print', onSheet)
    await press(wrapper, 'Print')
    await vi.waitFor(() => expect(onSheet).toHaveBeenCalledOnce(), patiently)
    expect(onSheet.mock.results[0]!.value).toEqual({ printedAt: expect.stringContaining('Printed '), qrCode: true })
    window.dispatchEvent(new Event('afterprint'))
  })
})

describe('source and freshness', () => {
  test('the outcome names the FAQ, its sections, and the day the content was checked', async () => {
    const wrapper = await mountApp(supportWindow)
    const sources = wrapper.get('#outcome-sources-heading').element.parentElement!.textContent!
    expect(sources).toContain('management number 439552')
    expect(sources).toContain(`F06 ${en['mynaportal.section.F06']}`)
    expect(sources).toContain(en['ui.outcome.checkedOn']!.replace('{date}', formatDate('en', flow.checkedOn)))
    expect(sources).toContain('※ For the latest information, see the web pages.')
  })
})
