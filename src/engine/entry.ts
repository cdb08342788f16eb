/** Entries: a flow's first screen now; the flow, its engine and XState on demand. */
import type { Journey } from './replay'
import type { Contact, FirstScreen, FlowDefinition, FlowEntry, LoadedFlow } from './types'

/** An entry whose flow and engine are chunks of their own, imported once and then kept. */
export function lazyEntry(firstScreen: FirstScreen, helpline: Contact, importFlow: () => Promise<FlowDefinition>): FlowEntry {
  let loading: Promise<LoadedFlow> | undefined
  let loaded: LoadedFlow | undefined
  return {
    ...firstScreen,
    helpline,
    load() {
      loading ??= Promise.all([importFlow(), import('./replay')]).then(
        ([flow, engine]) => (loaded = { flow, engine }),
        (error: unknown) => {
          // A failed download (a dropped connection) may work on the next try.
          loading = undefined
          throw error
        },
      )
      return loading
    },
    get loaded() {
      return loaded
    },
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
