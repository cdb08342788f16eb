// The global sheet first: the components' own rules follow it in the cascade.
import './styles/main.css'
import { createApp, createSSRApp } from 'vue'
import { entry } from '../flows'
import App from './App.vue'
import { showFailures } from './failure'
import { createGuide } from './guide'
import { siteBase } from './router'

const guide = createGuide(entry, { base: siteBase, url: location.href })
const fail = showFailures(guide.store)
await guide.router.start().catch(fail)

const container = document.getElementById('app')!
// Hydrate the page the prerenderer wrote when it shows this very route; render afresh
// where it shows another (a bare visit in another language, a notice, a failure) or
// nothing (the 404 page, the dev server).
const { notice, failed } = guide.store
const prerendered = container.dataset.prerendered === guide.router.currentRoute.value.href && !notice && !failed
const app = (prerendered ? createSSRApp : createApp)(App).use(guide)
app.config.errorHandler = fail
app.mount(container)

// The first answer should not wait on the network; a failure here is retried when it is needed.
guide.store.loadFlow().catch(() => undefined)
if (import.meta.env.PROD) void import('./serviceWorker').then(({ registerServiceWorker }) => registerServiceWorker(`${siteBase}sw.js`))
