/**
 * Before the browser suite: build the production site, serve it, and start one Chromium
 * that every test file connects to.
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

export default async function setup(project: TestProject) {
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
  project.provide('siteUrl', siteUrl)
  project.provide('browserEndpoint', browser.wsEndpoint())
  console.log(`browser suite: built and serving ${siteUrl} in ${Date.now() - started} ms`)
  return async () => {
    await browser.close()
    await new Promise((resolve) => server.httpServer.close(resolve))
  }
}
