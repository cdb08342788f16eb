/**
 * The guide for one flow as a Vue plugin: its router, its store and its messages. The
 * browser (main.ts), the prerenderer (entry-server.ts) and the tests all start it the
 * same way: create it at an address, wait for `router.start()`, then mount or render.
 */
import { createPinia } from 'pinia'
import type { App } from 'vue'
import type { FlowEntry } from './engine/types'
import { createAppI18n } from './i18n'
import { createRouter } from './router'
import { defineGuideStore, guideKey } from './stores/guide'

export function createGuide(entry: FlowEntry, { base, url }: { base: string; url: string }) {
  const pinia = createPinia()
  const i18n = createAppI18n()
  const router = createRouter(base, url)
  const store = defineGuideStore(entry, router, i18n)(pinia)
  router.setGuard(store.resolve)
  return {
    router,
    store,
    i18n,
    install(app: App) {
      app.use(pinia).use(i18n).use(router).provide(guideKey, store)
    },
  }
}
