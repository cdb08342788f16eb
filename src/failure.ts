/**
 * Any unexpected error (in a component, in a promise nobody awaited, in the first
 * navigation) turns the page into a calm message with Start again and the phone number,
 * instead of a broken page. A chunk that will not download fails where it is awaited: the
 * flow (the store shows this same message), a language (a notice; the page stays), the
 * holidays (no open-now line), the QR encoder (the address stays, as text), the send
 * button (not shown). A failed prefetch in the background is not a failure. The error
 * still goes to the console for whoever debugs it.
 */
import type { GuideStore } from './stores/guide'

/** Listens for unhandled rejections from now on; returns the handler for the app's own errors. */
export function showFailures(guide: GuideStore) {
  function fail(error: unknown) {
    console.error(error)
    guide.fail()
  }
  window.addEventListener('unhandledrejection', (event) => fail(event.reason))
  return fail
}
