/**
 * A Vite plugin: `import firstScreen from './flow?first-screen'` gives what a flow's first
 * screen needs (its texts and its first question) as a module of plain data, computed from
 * the flow's machine as the module is loaded. So the first page carries a few hundred bytes
 * of data instead of the machine and XState, and no hand-written copy of the first question
 * can drift from the machine. It runs wherever Vite loads modules: `vite` dev, both builds
 * and Vitest.
 */
import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'

const query = '?first-screen'
/** The engine's function that reads the first screen from a flow module's exports. */
const engineModule = fileURLToPath(new URL('../src/engine/firstScreen.ts', import.meta.url))

export function firstScreen(): Plugin {
  return {
    name: 'first-screen',
    // Before Vite's own loading of the file, which would give the flow module itself.
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(query)) return null
      const file = id.slice(0, -query.length)
      // Vite's runner for config files runs the flow and the engine in Node, apart from the
      // app's module graph: the flow and XState stay out of the module that imports this.
      // (Imported here instead, the engine would be part of this config, whose loader wants
      // every import to name its file extension.)
      const [flow, engine] = await Promise.all([
        runnerImport<Record<string, unknown>>(file),
        runnerImport<typeof import('../src/engine/firstScreen')>(engineModule),
      ])
      // In dev, an edit of the flow (or of what it imports) reloads this module too.
      for (const dependency of [file, ...flow.dependencies]) this.addWatchFile(dependency)
      return `export default ${JSON.stringify(engine.module.firstScreenOfModule(`${file}${query}`, flow.module))}\n`
    },
  }
}
