/**
 * Before the browser suite: build the production site, serve it, and start one Chromium
 * that every test file connects to.
 *
 * Two projects name this setup (the browser suite, and the blocking-time measure that runs
 * alone after it), and Vitest runs it once for each, loading this module afresh each time.
 * The first starts the build, the server and the browser, kept on globalThis; the second
 * reuses them, and the last teardown closes them.
 */
import { execFileSync } from 'node:child_process'
import type { TestProject } from 'vitest/node'
import { preview } from 'vite'
import { launchChromiumServer } from './support/chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    browserEndpoint: string
  }
}

interface Started {
  siteUrl: string
  browserEndpoint: string
  close(): Promise<void>
}

const shared = globalThis as typeof globalThis & { browserSuite?: { started: Promise<Started>; users: number } }

async function start(): Promise<Started> {
  const started = Date.now()
  const browser = await launchChromiumServer()
  // The same build as production: client, server render and every page prerendered.
  // Vitest sets NODE_ENV=test, which Vite would keep: test what ships, Vue's production build.
  execFileSync('npm', ['run', '--silent', 'build'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
  const siteUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  if (!siteUrl) throw new Error('The preview server did not report its address')
  console.log(`browser suite: built and serving ${siteUrl} in ${Date.now() - started} ms`)
  return {
    siteUrl,
    browserEndpoint: browser.wsEndpoint(),
    async close() {
      await browser.close()
      await new Promise((resolve) => server.httpServer.close(resolve))
    },
  }
}

export default async function setup(project: TestProject) {
  const suite = (shared.browserSuite ??= { started: start(), users: 0 })
  suite.users++
  const { siteUrl, browserEndpoint, close } = await suite.started
  project.provide('siteUrl', siteUrl)
  project.provide('browserEndpoint', browserEndpoint)
  return async () => {
    if (--suite.users > 0) return
    delete shared.browserSuite
    await close()
  }
}
