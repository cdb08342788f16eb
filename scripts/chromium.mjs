/**
 * Debian's Chromium (or CHROME_PATH), and the flags every run here needs: no sandbox as
 * root, no background networking (the network is closed). Shared by the browser suite,
 * `npm run bench` and `npm run lighthouse`. No browser is ever downloaded.
 */
import { existsSync } from 'node:fs'

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

export function findChromium() {
  const found = candidates.find((path) => !!path && existsSync(path))
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian: apt-get update && apt-get install -y chromium) ' +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    )
  }
  return found
}

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
