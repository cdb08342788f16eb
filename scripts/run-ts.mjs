/**
 * Runs a TypeScript script of this repository (`node scripts/run-ts.mjs scripts/x.ts`)
 * through Vite's module runner, so it reads the flows exactly as the app's build does:
 * the same resolution, `import.meta.glob` included. No separate TypeScript runner needed.
 */
import { resolve } from 'node:path'
import { runnerImport } from 'vite'

const [file, ...args] = process.argv.slice(2)
if (!file) throw new Error('usage: node scripts/run-ts.mjs <script.ts> [arguments]')
const { module } = await runnerImport(resolve(file))
await module.main(args)
