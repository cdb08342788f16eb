/**
 * Offline after the first visit, through the service worker that the build generates
 * (scripts/service-worker.mjs). When a new version's worker replaces the old one, the
 * page reloads into it: the answers and the language are in the address and the ticks in
 * session storage, so the person stays on the same step, and a page of the old version
 * never asks for files the new one has dropped. (workbox-window's `isUpdate` would miss
 * the case of a page first visited under no worker that is then updated while open.)
 */
export function registerServiceWorker(url: string) {
  if (!('serviceWorker' in navigator)) return
  let replacing = navigator.serviceWorker.controller !== null
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (replacing) location.reload()
    replacing = true
  })
  navigator.serviceWorker.register(url).catch(() => {
    // Without a worker the guide still works online; only the offline copy is missing.
  })
}
