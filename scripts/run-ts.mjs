/**
 * Runs a TypeScript script of this repository (`node scripts/run-ts.mjs scripts/x.ts`)
 * through Vite's module runner, so it reads the flows exactly as the app's build does:
 * the same resolution, `import.meta.glob` included. No separate TypeScript runner needed.
 * The runner stays open while the script's main() runs, so it can import lazily.
 */
import { resolve } from 'node:path'
import { createServer, createServerModuleRunner } from 'vite'

const [file, ...args] = process.argv.slice(2)
if (!file) throw new Error('usage: node scripts/run-ts.mjs <script.ts> [arguments]')
const server = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error' })
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false })
try {
  const module = await runner.import(resolve(file))
  await module.main(args)
} finally {
  await runner.close()
  await server.close()
}
