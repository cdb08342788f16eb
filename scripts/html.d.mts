export function escapeHtml(text: string | number): string
