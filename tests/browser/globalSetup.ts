/**
 * Before the browser suite: build the production site, serve it, and start one Chromium
 * that every test file connects to.
 *
 * Three projects name this setup: the browser suite and the blocking-time measure, on a site
 * built for the root, and the sub-path smoke set, on a site built for the base its config
 * provides (`siteBase`), as a city's website would host it. Vitest runs the setup once for
 * each project, loading this module afresh each time: the first to ask for a base builds and
 * serves it, and the one Chromium, kept on globalThis; the others reuse them, and the last
 * teardown closes them.
 */
import { execFileSync } from 'node:child_process'
import type { TestProject } from 'vitest/node'
import { serveSite } from '../../scripts/serve.mjs'
import { launchChromiumServer } from './support/chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site's address: its origin and base path, without a trailing slash. */
    siteUrl: string
    /** The base path the site under test was built for (Vite's `base`). */
    siteBase: string
    browserEndpoint: string
  }
}

interface Started {
  browserEndpoint: string
  sites: Map<string, Promise<{ url: string; close(): Promise<void> }>>
  close(): Promise<void>
}

const shared = globalThis as typeof globalThis & { browserSuite?: { started: Promise<Started>; users: number } }

async function start(): Promise<Started> {
  const browser = await launchChromiumServer()
  const sites: Started['sites'] = new Map()
  return {
    browserEndpoint: browser.wsEndpoint(),
    sites,
    async close() {
      await browser.close()
      for (const site of sites.values()) await (await site).close()
    },
  }
}

/** Builds the site for `base` (the root's into dist/, as `npm run build` does) and serves it. */
async function buildAndServe(base: string) {
  const started = Date.now()
  const site = base === '/' ? 'dist' : 'dist-subpath'
  // The same build as production: client, server render, every page prerendered, the worker.
  // Vitest sets NODE_ENV=test, which Vite would keep: test what ships, Vue's production build.
  execFileSync('npm', ['run', '--silent', 'build', '--', '--base', base, '--out-dir', site], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const served = await serveSite({ site, base })
  console.log(`browser suite: built for ${base} and serving ${served.url} in ${Date.now() - started} ms`)
  return served
}

export default async function setup(project: TestProject) {
  const suite = (shared.browserSuite ??= { started: start(), users: 0 })
  suite.users++
  const { browserEndpoint, sites } = await suite.started
  const base = project.config.provide.siteBase ?? '/'
  let site = sites.get(base)
  if (!site) sites.set(base, (site = buildAndServe(base)))
  const { url } = await site
  project.provide('siteUrl', url)
  project.provide('siteBase', base)
  project.provide('browserEndpoint', browserEndpoint)
  return async () => {
    if (--suite.users > 0) return
    delete shared.browserSuite
    await (await suite.started).close()
  }
}
