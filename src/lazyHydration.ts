/**
 * Lazy hydration of a prerendered page: on a slow phone one long task would hold up the
 * first tap, so parts of the page that work as plain links and text until then are
 * hydrated later, each in a task of its own, with Vue's hydration strategies.
 */
import { defineAsyncComponent, hydrateOnInteraction, hydrateOnVisible, type Component, type HydrationStrategy } from 'vue'

/** Right after the task that hydrated the page. */
const inNextTask: HydrationStrategy = (hydrate) => {
  const task = setTimeout(hydrate)
  return () => clearTimeout(task)
}

function lazilyHydrated<T extends Component>(component: T, hydrate: HydrationStrategy): T {
  return defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate }) as T
}

/** Hydrated in the next task. Rendered afresh, it shows at once like any component. */
export function hydratedNext<T extends Component>(component: T): T {
  return lazilyHydrated(component, inNextTask)
}

/** Whichever of some strategies comes first hydrates the component, once. */
function firstOf(...strategies: HydrationStrategy[]): HydrationStrategy {
  return (hydrate, forEachElement) => {
    const teardowns: (() => void)[] = []
    let done = false
    const stop = () => teardowns.splice(0).forEach((teardown) => teardown())
    const once = () => {
      if (done) return
      done = true
      stop()
      hydrate()
    }
    for (const strategy of strategies) {
      const teardown = strategy(once, forEachElement)
      if (teardown) teardowns.push(teardown)
    }
    // A strategy may have fired while the others were still being set up.
    if (done) stop()
    return stop
  }
}

/**
 * Hydrated when it scrolls into view, or as soon as a finger or the keyboard reaches it:
 * a tap right after scrolling (before the browser reports it visible) is then handled by
 * the app, not followed as a plain link.
 */
export function hydratedWhenVisible<T extends Component>(component: T): T {
  return lazilyHydrated(component, firstOf(hydrateOnVisible(), hydrateOnInteraction(['pointerdown', 'focusin'])))
}
