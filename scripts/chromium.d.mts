export function findChromium(): string
export const chromiumFlags: readonly string[]
