/** Where a flow keeps what lasts for the tab's session: its address, its ticks. */
export function sessionKey(flowId: string, name: string): string {
  return `${sessionPrefix(flowId)}${name}`
}

export function sessionPrefix(flowId: string): string {
  return `myna-guide:${flowId}:`
}

/**
 * Session storage that never throws: private modes, full quotas and blocked storage
 * leave the app working, only without memory across reloads.
 */
export function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(key)
  } catch {
    return null
  }
}

export function writeSession(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value)
  } catch {
    // Without storage the page still works; a reload forgets what the address does not carry.
  }
}

/** Removes every key of this tab's session storage that starts with a prefix. */
export function clearSession(prefix: string): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(prefix)) sessionStorage.removeItem(key)
  } catch {
    // Without storage there is nothing kept to clear.
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
