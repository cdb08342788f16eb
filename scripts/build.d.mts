export function normalizeBase(base: string): string
