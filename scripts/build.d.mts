export function normalizeBase(base: string): string
export function buildSite(options?: { base?: string; outDir?: string }): Promise<{
  base: string
  pages: { count: number; bytes: number; ms: number }
  worker: { count: number; size: number }
  deploy: string[]
}>
