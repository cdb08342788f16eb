/**
 * Finds a Chromium on this machine and starts it with the flags these machines need
 * (no sandbox as root, no background networking: the network here is closed).
 * No browser is ever downloaded. Each launch gets a fresh, empty profile from Playwright.
 */
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

export function findChromium(): string {
  const found = candidates.find((path): path is string => !!path && existsSync(path))
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian: apt-get update && apt-get install -y chromium) ' +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    )
  }
  return found
}

export function launchChromiumServer() {
  return chromium.launchServer({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
