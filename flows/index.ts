/**
 * The flow the app shows: the first screen at once, the rest of the flow (and XState)
 * as a chunk of its own once the page has mounted, or when a person answers.
 */
import { lazyEntry } from '../src/engine/entry'
// Generated from the machine in mynaportal.ts at build time, as plain data (scripts/first-screen.ts).
import firstScreen from './mynaportal?first-screen'

export const entry = lazyEntry(firstScreen, () => import('./mynaportal').then((module) => module.mynaportalFlow))
