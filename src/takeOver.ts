/**
 * Taking a prerendered page over piece by piece: on a slow phone one long task would hold
 * up the first tap, so parts of the page that work as plain links and text until then are
 * taken over later, each in a task of its own.
 */
import { defineAsyncComponent, hydrateOnVisible, type Component, type HydrationStrategy } from 'vue'

/** Right after the task that took the page over. */
const inNextTask: HydrationStrategy = (hydrate) => {
  const task = setTimeout(hydrate)
  return () => clearTimeout(task)
}

function takenOver<T extends Component>(component: T, hydrate: HydrationStrategy): T {
  return defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate }) as T
}

/** Taken over in the next task. Rendered afresh, it shows at once like any component. */
export function takenOverNext<T extends Component>(component: T): T {
  return takenOver(component, inNextTask)
}

/** Taken over when it scrolls into view. */
export function takenOverWhenVisible<T extends Component>(component: T): T {
  return takenOver(component, hydrateOnVisible())
}
