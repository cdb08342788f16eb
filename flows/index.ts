/**
 * The flow the app shows: the first screen at once, the rest of the flow (and XState)
 * as a chunk of its own when a person answers or the browser is idle.
 */
import { lazyEntry } from '../src/engine/entry'
import { questionMeta } from '../src/engine/meta'
import { contacts } from './mynaportal-facts'
import { mynaportalTexts, topic } from './mynaportal-start'

export const entry = lazyEntry(
  mynaportalTexts,
  // If the page itself fails, the free dial (F16, F17) is the one number that helps.
  { start: { id: 'topic', meta: questionMeta(topic) }, helpline: contacts.freeDial },
  () => import('./mynaportal').then((module) => module.mynaportalFlow),
)
