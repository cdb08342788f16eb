export function writeServiceWorker(site: string): Promise<{ count: number; size: number }>
