/**
 * An entry for a flow already in hand, engine included: for tests and for prerendering,
 * where nothing needs to wait for a download.
 */
import * as engine from './replay'
import type { Contact, FlowDefinition, FlowEntry, QuestionMeta } from './types'

export function loadedEntry(flow: FlowDefinition, helpline: Contact = { name: flow.title }): FlowEntry {
  const initial = flow.machine.root.initial?.target[0]
  const meta = initial?.meta as QuestionMeta | undefined
  if (!initial || meta?.kind !== 'question') throw new Error(`Flow "${flow.id}" must start with a question`)
  const loaded = { flow, engine }
  return { ...flow, start: { id: initial.key, meta }, helpline, load: () => Promise.resolve(loaded), loaded }
}
