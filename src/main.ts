import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { entry } from '../flows'
import App from './App.vue'
import { parseAddress } from './engine/address'
import { createI18nForAddress } from './i18n'
import { flowKey } from './stores/journey'
import './styles/main.css'

const base = import.meta.env.BASE_URL
// A step past the first needs the whole flow before it can be shown.
const flowFirst = parseAddress(location.pathname, location.search, base).answers.length > 0 ? entry.load() : undefined

/** The first answer should not wait on the network: fetch the flow once the page is idle. */
function prefetchFlow() {
  const load = () => void entry.load().catch(() => undefined)
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 3000 })
  else setTimeout(load, 1000)
}

void Promise.all([createI18nForAddress(location.pathname, base), flowFirst]).then(([i18n]) => {
  createApp(App).provide(flowKey, entry).use(createPinia()).use(i18n).mount('#app')
  if (!flowFirst) prefetchFlow()
})
