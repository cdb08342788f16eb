export function guideNames(): Promise<{ ja: string; en: string }>
export function writeAccessibilityPages(site: string): Promise<{ placeholders: string[]; report: string | undefined }>
