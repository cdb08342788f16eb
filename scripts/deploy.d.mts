export function fillBase(template: string, base: string): string
export function writeDeploySnippets(dir: string, base: string): Promise<string[]>
