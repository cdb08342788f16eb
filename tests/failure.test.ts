// @vitest-environment happy-dom
/**
 * When the rest of the flow cannot be downloaded (offline, or a deploy replaced it), the
 * page shows a calm message in the person's language, with Start again and the free dial,
 * instead of a broken page.
 */
import { afterEach, expect, test } from 'vitest'
import { contacts } from '../flows/mynaportal-facts'
import firstScreen from '../flows/mynaportal?first-screen'
import { lazyEntry } from '../src/engine/entry'
import { localeMessages } from './support/locales'
import { heading, mountEntry, press } from './support/mountApp'

afterEach(() => {
  document.body.innerHTML = ''
})

test('a flow that will not load gives the fallback, with the free dial, what it is for, its hours, and Start again', async () => {
  const offline = lazyEntry(firstScreen, () => Promise.reject(new Error('Failed to fetch')))
  const wrapper = await mountEntry('/en/', offline)
  await press(wrapper, 'Logging in: what you need (card, PC, smartphone)')
  expect(heading(wrapper)).toBe('Sorry, this page could not be shown properly.')
  const fallback = wrapper.get('[role="alert"]')
  expect(fallback.text()).toContain('0120-95-0178')
  expect(fallback.find('a[href="tel:0120950178"]').exists()).toBe(true)
  // The number is for what the helpline answers, said in the flow's words, and when it answers.
  expect(fallback.text()).toContain(localeMessages.en![contacts.freeDial.description])
  expect(fallback.findAll('.contact__hours dd')).toHaveLength(contacts.freeDial.hours.length)
  expect(fallback.get('a.button').attributes('href')).toBe('/en/')
  expect(fallback.get('a.button').text()).toBe('Start again')
})
