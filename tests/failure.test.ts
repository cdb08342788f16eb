// @vitest-environment happy-dom
/**
 * When the rest of the flow cannot be downloaded (offline, or a deploy replaced it), the
 * page shows a calm message in the person's language, with Start again and the flow's
 * helpline, instead of a broken page. On the test-only library flow.
 */
import { expect, test } from 'vitest'
import libraryFirstScreen from './fixtures/library?first-screen'
import { libraryDesk } from './fixtures/library'
import en from './fixtures/library.en.json'
import { lazyEntry } from '../src/engine/entry'
import { telHref } from '../src/lib/format'
import { words } from './support/library'
import { heading, mountEntry, press } from './support/mountApp'

test('a flow that will not load gives the fallback, with the helpline by name, its number, its hours, and Start again', async () => {
  const offline = lazyEntry(libraryFirstScreen, () => Promise.reject(new Error('Failed to fetch')))
  const wrapper = await mountEntry('/en/', offline, { en })
  await press(wrapper, words('en', 'common.yes'))
  expect(heading(wrapper)).toBe(words('en', 'ui.error.title'))
  const fallback = wrapper.get('[role="alert"]')
  const [phone] = libraryDesk.phones!
  expect(fallback.text()).toContain(phone!.number)
  expect(fallback.find(`a[href="${telHref(phone!.number)}"]`).exists()).toBe(true)
  expect(fallback.text()).toContain(words('en', libraryDesk.name))
  expect(fallback.findAll('.contact__hours dd')).toHaveLength(libraryDesk.hours!.length)
  expect(fallback.get('a.button').attributes('href')).toBe('/en/')
  expect(fallback.get('a.button').text()).toBe(words('en', 'ui.startAgain'))
})
