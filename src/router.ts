/**
 * The address is the journey: each step of the guide is an address (`/<locale>/<question>-<answer>/…`),
 * and what the screen shows is derived from the current route alone. This is routing in
 * the sense of Vue's guide ("Simple Routing from Scratch") with vue-router's names for the
 * few parts it needs (`currentRoute`, `push`, `replace`, `beforeEach`, `isReady`), so a
 * Vue developer reads it as they would read vue-router; vue-router itself would double the
 * guide's own code in the first download for one catch-all route.
 *
 * Every navigation (a link, Back and Forward, the first load) is parsed once, resolved by
 * the guard (which may load what the route needs and returns the route's canonical form),
 * and only then becomes `currentRoute`; the address bar shows that canonical form.
 */
import { inject, shallowRef, type App, type InjectionKey, type ShallowRef } from 'vue'
import { formatAddress, parseAddress, type Address } from './engine/address'
import type { Answer } from './engine/types'

/** A route as the guide shows it: its language, the answers, and the question reopened, if any. */
export interface RouteLocation {
  locale: string
  answers: readonly Answer[]
  /** The question being changed (`?change=`). */
  change?: string
}

export interface Route extends RouteLocation {
  /** The path and query, under the base. */
  href: string
}

/** Reads a parsed address and says which route it is, loading whatever that route needs first. */
export type NavigationGuard = (to: Address) => Promise<RouteLocation>

export interface Router {
  /** The route on screen: the one source of the journey. */
  readonly currentRoute: Readonly<ShallowRef<Route>>
  /** The address of a route, under the site's base path. */
  href(to: RouteLocation): string
  /** Reads an address of this site (a path, or a URL of its origin); undefined for anything else. */
  parse(href: string): Address | undefined
  /** Goes to an address as a new history entry. */
  push(href: string): Promise<void>
  /** Goes to an address in place of the current history entry. */
  replace(href: string): Promise<void>
  /** Sets the guard every navigation passes through. */
  beforeEach(guard: NavigationGuard): void
  /** Settles once the first navigation (the address the page was opened at) is resolved. */
  isReady(): Promise<void>
  install(app: App): void
}

const routerKey: InjectionKey<Router> = Symbol('router')

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
  const currentRoute = shallowRef<Route>(toRoute({ locale: '', answers: [] }))
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
    if (id !== latest) return
    currentRoute.value = route
    if (!browser) return
    const shown = `${location.pathname}${location.search}`
    // A redirect to where the person already is (a language that failed to load, say) adds no entry.
    if (route.href === shown) return
    if (mode === 'push') history.pushState(null, '', route.href)
    else history.replaceState(null, '', route.href)
  }

  let ready: Promise<void> | undefined

  function onPopState() {
    // The address bar already shows the entry; only a non-canonical one is replaced.
    void navigate(`${location.pathname}${location.search}`, 'replace')
  }

  const router: Router = {
    currentRoute,
    href,
    parse,
    push: (to) => navigate(to, 'push'),
    replace: (to) => navigate(to, 'replace'),
    beforeEach(next) {
      guard = next
    },
    isReady() {
      ready ??= navigate(`${started.pathname}${started.search}`, 'replace')
      return ready
    },
    install(app) {
      app.provide(routerKey, router)
      if (!browser) return
      window.addEventListener('popstate', onPopState)
      app.onUnmount(() => window.removeEventListener('popstate', onPopState))
    },
  }
  return router
}

export function useRouter(): Router {
  const router = inject(routerKey)
  if (!router) throw new Error('No router: install the guide (app.use(createGuide(…))) before mounting')
  return router
}
