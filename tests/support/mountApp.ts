/** Mounts the whole app at an address, as a person opening a link would. */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { loadedEntry } from './loadedEntry'
import type { FlowDefinition, FlowEntry } from '../../src/engine/types'
import { mynaportalFlow } from '../../flows/mynaportal'
import App from '../../src/App.vue'
import { createGuide } from '../../src/guide'

let mounted: VueWrapper | undefined

/** Compiled messages of one language, as the app's i18n takes them. */
type Messages = Record<string, unknown>

/** The app's own messages, compiled as the build compiles them, by locale code. */
const appMessages = Object.fromEntries(
  Object.entries(import.meta.glob<Messages>('../../locales/*.json', { eager: true, import: 'default' })).map(([file, messages]) => [
    file.replace(/^.*\/(.+)\.json$/, '$1'),
    messages,
  ]),
)

/** Another flow than the shipped one: its messages by locale code. */
export interface OtherFlow {
  messages: Record<string, Messages>
}

export async function mountApp(address = '/ja/', flow: FlowDefinition = mynaportalFlow, other?: OtherFlow) {
  return mountEntry(address, loadedEntry(flow), other?.messages)
}

/**
 * Mounts the app with an entry whose flow may still have to load, as the shipped page does.
 * A flow's own messages are given with the app's in each of their languages before the app
 * starts, so that switching between those languages shows both.
 */
export async function mountEntry(address: string, entry: FlowEntry, flowMessages: Record<string, Messages> = {}) {
  unmountApp()
  history.replaceState(null, '', address)
  const guide = createGuide(entry, { base: '/', url: location.href })
  const { global } = guide.i18n
  for (const [code, messages] of Object.entries(flowMessages)) {
    if (!global.availableLocales.includes(code)) global.setLocaleMessage(code, appMessages[code] as never)
    global.mergeLocaleMessage(code, messages as never)
  }
  await guide.router.start()
  const wrapper = mount(App, { attachTo: document.body, global: { plugins: [guide] } })
  mounted = wrapper
  await flushPromises()
  return wrapper
}

/** Unmounts the app mounted last, if any: its listeners and timers go with it. */
export function unmountApp() {
  mounted?.unmount()
  mounted = undefined
}

export function currentAddress() {
  return `${location.pathname}${location.search}`
}

export function heading(wrapper: VueWrapper) {
  return wrapper.get('h1').text()
}

/** What a control is called: its text, or the words written for screen readers where it has them. */
function nameOf(button: ReturnType<VueWrapper['find']>) {
  const spoken = button.find('.visually-hidden')
  return spoken.exists() ? spoken.text() : button.text()
}

/** Clicks the button or link called exactly `name`, as a person picks by what it says. */
export async function press(wrapper: VueWrapper, name: string) {
  const controls = wrapper.findAll('button, a[href]')
  const button = controls.find((candidate) => nameOf(candidate) === name)
  if (!button) {
    const names = controls.map((candidate) => nameOf(candidate))
    throw new Error(`No button or link "${name}" on "${heading(wrapper)}"; there are: ${names.join(' | ')}`)
  }
  await button.trigger('click')
  await flushPromises()
}

export async function answerAll(wrapper: VueWrapper, names: string[]) {
  for (const name of names) await press(wrapper, name)
}

/**
 * For vi.waitFor: its default gives up after 1 s, which a busy machine (CI on two cores,
 * another suite beside it) can miss while a chunk or a language loads.
 */
export const patiently = { timeout: 20_000, interval: 20 }
