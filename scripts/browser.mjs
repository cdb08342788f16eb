/**
 * Finds and launches a Chromium for screenshots and browser tests, with the flags this
 * project's machines need (no sandbox as root, no background networking).
 */
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

export function findBrowser() {
  const found = candidates.find((path) => path && existsSync(path))
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian: apt-get update && apt-get install -y chromium) or set CHROME_PATH to its executable.',
    )
  }
  return found
}

export async function launchBrowser() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'myna-guide-chromium-'))
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser(),
    headless: true,
    args: [
      '--headless',
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
