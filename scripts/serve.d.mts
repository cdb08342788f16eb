import type { PreviewServer } from 'vite'

export function serveSite(options?: { site?: string; base?: string; port?: number; host?: string; strictPort?: boolean }): Promise<{
  server: PreviewServer
  /** The site's address, its base included, without a trailing slash. */
  url: string
  close(): Promise<void>
}>
