/**
 * An entry for a flow already in hand, engine included: for tests and for prerendering,
 * where nothing needs to wait for a download.
 */
import * as engine from './replay'
import { initialSnapshot, metaOf, stateOf } from './snapshot'
import type { Contact, FlowDefinition, FlowEntry } from './types'

/** The flow's first question: the state its machine starts in, which must be a question. */
export function firstQuestion(flow: FlowDefinition): FlowEntry['start'] {
  const snapshot = initialSnapshot(flow)
  const meta = metaOf(flow, snapshot)
  if (meta.kind !== 'question') throw new Error(`Flow "${flow.id}" must start with a question`)
  return { id: stateOf(flow, snapshot), meta }
}

export function loadedEntry(flow: FlowDefinition, helpline: Contact): FlowEntry {
  const loaded = { flow, engine }
  return { ...flow, start: firstQuestion(flow), helpline, load: () => Promise.resolve(loaded), loaded }
}
