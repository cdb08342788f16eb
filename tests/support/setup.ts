/**
 * Runs before every unit test file. The unit project shares one module graph, one window
 * and one storage per worker between its files (`isolate: false`), so whatever a test
 * leaves behind would meet the next test, in this file or in another, in whatever order
 * they run. After each test this puts back what tests share: the app mounted last (its
 * listeners and timers), the page, the address, both storages, the clock and any stubbed
 * global. A test starts from a blank tab at `/`.
 */
import { afterEach, vi } from 'vitest'

afterEach(async () => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  if (typeof document === 'undefined') return
  // Loaded here only where there is a page to mount on; once loaded, the worker keeps it.
  const { unmountApp } = await import('./mountApp')
  unmountApp()
  document.body.innerHTML = ''
  document.title = ''
  document.documentElement.removeAttribute('lang')
  history.replaceState(null, '', '/')
  sessionStorage.clear()
  localStorage.clear()
})
