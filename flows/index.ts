/**
 * The flow the app shows: the first screen at once, the rest of the flow (and XState)
 * as a chunk of its own when a person answers or the browser is idle.
 */
import { lazyEntry } from '../src/engine/entry'
import { questionMeta } from '../src/engine/meta'
import { mynaportalTexts, topic } from './mynaportal-start'

export const entry = lazyEntry(mynaportalTexts, { id: 'topic', meta: questionMeta(topic) }, () =>
  import('./mynaportal').then((module) => module.mynaportalFlow),
)
