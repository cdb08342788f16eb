/**
 * The address is the journey: each step of the guide is an address (`/<locale>/<question>-<answer>/…`),
 * and what the screen shows is derived from the current route alone. This is routing as in
 * Vue's guide ("Simple Routing from Scratch"), with vue-router's names where it does the
 * same (`currentRoute`, `push`, `replace`); vue-router itself would add about 10 KB gzipped
 * to the first download for one catch-all route.
 *
 * Every navigation (a link, Back and Forward, the first load) is parsed once, resolved by
 * the guard (which may load what the route needs, and returns the route's canonical form),
 * and only then becomes `currentRoute`; the address bar shows that canonical form.
 */
import { shallowRef, type App, type ShallowRef } from 'vue'
import { formatAddress, parseAddress, type Address } from './lib/address'
import type { Answer, MessageKey } from './engine/types'

/** The site's base path (Vite's `base`): read here and nowhere else. */
export const siteBase = import.meta.env.BASE_URL

/** What the person should be told about an address that could not be used as it was. */
export interface Notice {
  key: MessageKey
  count?: number
}

/** A route as the guide shows it: its language, the answers, and the question reopened, if any. */
export interface RouteLocation {
  locale: string
  answers: readonly Answer[]
  /** The question being changed (`?change=`). */
  change?: string
  /** Set by the guard when it left out part of the address. */
  notice?: Notice
}

export interface Route extends RouteLocation {
  /** The path and query, under the base. */
  href: string
}

/** Reads a parsed address and says which route it is, loading whatever that route needs first. */
export type NavigationGuard = (to: Address) => Promise<RouteLocation>

export interface Router {
  /** The route on screen: the one source of the journey. Before `start()` has settled, the bare start. */
  readonly currentRoute: Readonly<ShallowRef<Route>>
  /** The address of a route, under the site's base path. */
  href(to: RouteLocation): string
  /** Reads an address of this site (a path, or a URL of its origin); undefined for anything else. */
  parse(href: string): Address | undefined
  /** Goes to an address as a new history entry; true once it is the current route, false if a later navigation won. */
  push(href: string): Promise<boolean>
  /** Goes to an address in place of the current history entry; true once it is the current route. */
  replace(href: string): Promise<boolean>
  /** Sets the one guard that every navigation passes through. */
  setGuard(guard: NavigationGuard): void
  /** Navigates to the address the router was created at; settles when that route is current. */
  start(): Promise<boolean>
  /** Follows Back and Forward while the app is mounted. */
  install(app: App): void
}

/**
 * A router for the site under `base`, starting at `url` (a path, or a whole URL). In a
 * browser it follows and writes the History API; on the server (prerendering) it only
 * resolves the one route it is given.
 */
export function createRouter(base: string, url: string): Router {
  const browser = !import.meta.env.SSR
  const started = new URL(url, browser ? location.href : 'http://localhost')
  let guard: NavigationGuard = (to) => Promise.resolve({ locale: to.locale ?? '', answers: to.answers, change: to.change })
  const href = ({ locale, answers, change }: RouteLocation) => formatAddress(base, locale, answers, change)
  const toRoute = (location: RouteLocation): Route => ({ ...location, href: href(location) })
  const currentRoute = shallowRef<Route>({ locale: '', answers: [], href: base })
  /** Counts navigations, so that one that resolves after a later one is dropped. */
  let latest = 0

  function parse(address: string): Address | undefined {
    let url: URL
    try {
      url = new URL(address, started)
    } catch {
      return undefined
    }
    return url.origin === started.origin ? parseAddress(url.pathname, url.search, base) : undefined
  }

  async function navigate(address: string, mode: 'push' | 'replace') {
    const id = ++latest
    const route = toRoute(await guard(parse(address) ?? parseAddress(base, '', base)))
    if (id !== latest) return false
    currentRoute.value = route
    if (!browser) return true
    const shown = `${location.pathname}${location.search}`
    // A redirect to where the person already is (a language that failed to load, say) adds no entry.
    if (route.href === shown) return true
    if (mode === 'push') history.pushState(null, '', route.href)
    else history.replaceState(null, '', route.href)
    return true
  }

  function onPopState() {
    const shown = `${location.pathname}${location.search}`
    // Following the skip link (`#main`) pops state too, on the same route.
    if (shown === currentRoute.value.href) return
    // The address bar already shows the entry; only a non-canonical one is replaced.
    void navigate(shown, 'replace')
  }

  const router: Router = {
    currentRoute,
    href,
    parse,
    push: (to) => navigate(to, 'push'),
    replace: (to) => navigate(to, 'replace'),
    setGuard(next) {
      guard = next
    },
    start: () => navigate(`${started.pathname}${started.search}`, 'replace'),
    install(app) {
      if (!browser) return
      window.addEventListener('popstate', onPopState)
      app.onUnmount(() => window.removeEventListener('popstate', onPopState))
    },
  }
  return router
}
