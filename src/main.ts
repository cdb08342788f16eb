import { createPinia } from 'pinia'
import { createApp, createSSRApp } from 'vue'
import { entry } from '../flows'
import App from './App.vue'
import { parseAddress } from './engine/address'
import { showFailures } from './failure'
import type { LoadedFlow } from './engine/types'
import { createI18nForAddress } from './i18n'
import { flowKey } from './stores/journey'
import './styles/main.css'

const base = import.meta.env.BASE_URL
const container = document.getElementById('app')!
// A step past the first needs the whole flow before it can be shown.
const { answers } = parseAddress(location.pathname, location.search, base)
const flowFirst = answers.length > 0 ? entry.load().then(replayInItsOwnTask) : undefined

/** Lets the browser paint and take input between two long pieces of work. */
function nextTask() {
  return new Promise<void>((resolve) => setTimeout(resolve))
}

/**
 * Replays the answers in the address in a task of its own, before the one in which the app
 * hydrates the page: on a slow phone, one long task would hold up a tap. The engine
 * remembers what it replayed, so the app finds the journey ready.
 */
async function replayInItsOwnTask({ flow, engine }: LoadedFlow) {
  await nextTask()
  engine.replay(flow, answers)
}

/**
 * Boxes the person ticked (or unticked) on the prerendered page before the app hydrated
 * it. Hydration draws every box as the app's state has it, so these are then handed to the
 * app as the changes they are, and nothing the person did is lost.
 */
function boxesChangedBeforeHydration(root: HTMLElement) {
  const changed = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((box) => box.checked !== box.defaultChecked)
  return function handOver() {
    for (const box of changed) {
      box.checked = !box.defaultChecked
      box.dispatchEvent(new Event('change', { bubbles: true }))
    }
  }
}

function whenIdle(work: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 3000 })
  else setTimeout(work, 1000)
}

/** The first answer should not wait on the network: fetch the flow once the page is idle. */
function prefetchFlow() {
  whenIdle(() => void entry.load().catch(() => undefined))
}

void Promise.all([createI18nForAddress(location.pathname, base), flowFirst]).then(async ([i18n]) => {
  // Not in the task that evaluated the code (or replayed the answers): that one is long enough.
  await nextTask()
  // Hydrate the prerendered page only if it shows what the app is about to show: this
  // path in this language. Otherwise (the bare address in another language, the shell
  // served for an unknown path) the app renders afresh.
  const prerendered = container.dataset.prerendered === location.pathname && container.dataset.locale === i18n.global.locale.value
  const app = (prerendered ? createSSRApp : createApp)(App)
  const pinia = createPinia()
  app.provide(flowKey, entry).use(pinia).use(i18n)
  showFailures(app, pinia)
  const handOverBoxes = boxesChangedBeforeHydration(container)
  app.mount(container)
  handOverBoxes()
  document.documentElement.dataset.app = prerendered ? 'hydrated' : 'rendered'
  if (!flowFirst) prefetchFlow()
  if (import.meta.env.PROD)
    whenIdle(() => void import('./serviceWorker').then(({ registerServiceWorker }) => registerServiceWorker(`${base}sw.js`)))
})
