/**
 * An entry for a flow already in hand, engine included: for tests, where nothing needs to
 * wait for a download.
 */
import { firstScreenOf } from '../../src/engine/firstScreen'
import * as engine from '../../src/engine/replay'
import type { FlowDefinition, FlowEntry } from '../../src/engine/types'

export function loadedEntry(flow: FlowDefinition): FlowEntry {
  const loaded = { flow, engine }
  return { ...firstScreenOf(flow), load: () => Promise.resolve(loaded) }
}
