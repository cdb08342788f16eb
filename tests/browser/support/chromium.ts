/** Starts the one Chromium the browser suite shares; each context gets a fresh profile. */
import { chromium } from 'playwright-core'
import { chromiumFlags, findChromium } from '../../../scripts/chromium.mjs'

export function launchChromiumServer() {
  return chromium.launchServer({ executablePath: findChromium(), headless: true, args: [...chromiumFlags] })
}
