/**
 * An entry for a flow already in hand, engine included: for tests and for prerendering,
 * where nothing needs to wait for a download.
 */
import * as engine from './replay'
import type { Contact, FlowDefinition, FlowEntry, QuestionMeta } from './types'

/** The flow's first question, read from its machine. */
export function firstQuestion(flow: FlowDefinition): FlowEntry['start'] {
  const initial = flow.machine.root.initial?.target[0]
  const meta = initial?.meta as QuestionMeta | undefined
  if (!initial || meta?.kind !== 'question') throw new Error(`Flow "${flow.id}" must start with a question`)
  return { id: initial.key, meta }
}

export function loadedEntry(flow: FlowDefinition, helpline: Contact): FlowEntry {
  const loaded = { flow, engine }
  return { ...flow, start: firstQuestion(flow), helpline, load: () => Promise.resolve(loaded), loaded }
}
