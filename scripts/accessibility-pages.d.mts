/** What the accessibility pages need of the server build (dist-ssr/entry-server.js). */
interface ServerBuild {
  siteBase: string
  render(page: { path: string }): Promise<{ head: { title: string } }>
}

export function guideNames(server: ServerBuild): Promise<{ ja: string; en: string }>
export function writeAccessibilityPages(site: string, server: ServerBuild): Promise<{ placeholders: string[]; report: string | undefined }>
