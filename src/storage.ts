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
