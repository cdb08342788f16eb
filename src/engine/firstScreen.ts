/**
 * What a flow's first screen needs, read from its machine's initial snapshot: for the
 * `?first-screen` modules generated at build time (scripts/first-screen.ts), and for an
 * entry of a flow already in hand.
 */
import { flowsExportedBy } from './define'
import { initialSnapshot, metaOf, stateOf } from './snapshot'
import type { FirstScreen, FlowDefinition } from './types'

/** The flow's first question: the state its machine starts in, which must be a question. */
export function firstQuestion(flow: FlowDefinition): FirstScreen['start'] {
  const snapshot = initialSnapshot(flow)
  const meta = metaOf(flow, snapshot)
  if (meta.kind !== 'question') throw new Error(`Flow "${flow.id}" must start with a question`)
  return { id: stateOf(flow, snapshot), meta }
}

/** The flow's texts, its first question and its helpline, as plain data: all the first screen (and the error page) shows. */
export function firstScreenOf(flow: FlowDefinition): FirstScreen {
  const { id, title, intro, sourceDocument } = flow
  const helpline = flow.contacts[flow.helpline]
  if (!helpline) throw new Error(`Flow "${flow.id}": its helpline "${flow.helpline}" is not one of its contacts`)
  return { id, title, intro, sourceDocument, start: firstQuestion(flow), helpline }
}

/** The first screen of the one flow a module exports; `name` names the module in the error if there is not one. */
export function firstScreenOfModule(name: string, exports: Readonly<Record<string, unknown>>): FirstScreen {
  const flows = flowsExportedBy(exports)
  if (flows.length !== 1)
    throw new Error(`${name}: the module must export one flow (an object with an id and a machine), not ${flows.length}`)
  return firstScreenOf(flows[0]!)
}
