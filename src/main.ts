import { createApp, createSSRApp } from 'vue'
import { entry } from '../flows'
import App from './App.vue'
import { showFailures } from './failure'
import { createGuide } from './guide'
import './styles/main.css'

// The one place the site's base path is read: everything else asks the router.
const base = import.meta.env.BASE_URL
const guide = createGuide(entry, { base, url: location.href })
await guide.router.isReady()

const container = document.getElementById('app')!
// Hydrate the page the prerenderer wrote when it shows this very route; render afresh
// where it shows another (a bare visit resumed, another language, a notice) or nothing
// (the 404 page, the dev server).
const prerendered = container.dataset.prerendered === guide.router.currentRoute.value.href && !guide.store.notice
const app = (prerendered ? createSSRApp : createApp)(App).use(guide)
showFailures(app, guide.store)
app.mount(container)

// The first answer should not wait on the network; a failure here is retried when it is needed.
guide.store.loadFlow().catch(() => undefined)
if (import.meta.env.PROD) void import('./serviceWorker').then(({ registerServiceWorker }) => registerServiceWorker(`${base}sw.js`))
