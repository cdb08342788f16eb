/**
 * What lasts for the tab's session (its last address, its ticks), kept with VueUse's
 * `useStorage` in this tab's session storage.
 */
import type { Serializer } from '@vueuse/core'

/** The key a flow keeps one thing under. */
export function sessionKey(flowId: string, name: string): string {
  return `myna-guide:${flowId}:${name}`
}

/**
 * This tab's session storage, or none where the browser blocks it (a private mode, a
 * sandbox) or there is no browser (prerendering): the page still works, and only forgets
 * on reload what the address does not carry.
 */
export function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage
  } catch {
    return undefined
  }
}

/** A list of strings kept as JSON; anything else found under its key reads as an empty list. */
export function parseStoredList(saved: string | null): string[] {
  try {
    const value: unknown = JSON.parse(saved ?? '[]')
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}

/** Read as above; null (forgotten) is never written: useStorage removes the key instead. */
export const storedList: Serializer<string[] | null> = { read: parseStoredList, write: (items) => JSON.stringify(items) }
