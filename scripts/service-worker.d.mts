export function writeServiceWorker(site: string, base: string): Promise<{ count: number; size: number }>
