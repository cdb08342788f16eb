/** Entries: a flow's first screen now; the flow, its engine and XState on demand. */
import type { Journey } from './replay'
import type { FirstScreen, FlowDefinition, FlowEntry } from './types'

/** An entry whose flow and engine are chunks of their own, imported when `load()` is called. */
export function lazyEntry(firstScreen: FirstScreen, importFlow: () => Promise<FlowDefinition>): FlowEntry {
  return {
    ...firstScreen,
    load: () => Promise.all([importFlow(), import('./replay')]).then(([flow, engine]) => ({ flow, engine })),
  }
}

/** The first screen, from the entry alone: no answers, no machine needed. */
export function startJourney(entry: FlowEntry): Journey {
  return {
    answered: [],
    screen: { kind: 'question', id: entry.start.id, meta: entry.start.meta, number: 1 },
    rejected: [],
  }
}
