import { createPinia } from 'pinia'
import { createApp, createSSRApp } from 'vue'
import { entry } from '../flows'
import App from './App.vue'
import { parseAddress } from './engine/address'
import { showFailures } from './failure'
import { createI18nForAddress } from './i18n'
import { flowKey } from './stores/journey'
import './styles/main.css'

const base = import.meta.env.BASE_URL
const container = document.getElementById('app')!
// A step past the first needs the whole flow before it can be shown.
const flowFirst = parseAddress(location.pathname, location.search, base).answers.length > 0 ? entry.load() : undefined

/** The first answer should not wait on the network: fetch the flow once the page is idle. */
function prefetchFlow() {
  const load = () => void entry.load().catch(() => undefined)
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 3000 })
  else setTimeout(load, 1000)
}

void Promise.all([createI18nForAddress(location.pathname, base), flowFirst]).then(([i18n]) => {
  // Take over the prerendered page only if it shows what the app is about to show: this
  // path in this language. Otherwise (the bare address in another language, the shell
  // served for an unknown path) the app renders afresh.
  const prerendered =
    container.dataset.prerendered === location.pathname && container.dataset.locale === i18n.global.locale.value
  const app = (prerendered ? createSSRApp : createApp)(App)
  const pinia = createPinia()
  app.provide(flowKey, entry).use(pinia).use(i18n)
  showFailures(app, pinia)
  app.mount(container)
  document.documentElement.dataset.app = prerendered ? 'hydrated' : 'rendered'
  if (!flowFirst) prefetchFlow()
})
