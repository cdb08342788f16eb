import { fileURLToPath, URL } from 'node:url'
import type { Plugin } from 'vite'
import { configDefaults, defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { firstScreen } from './scripts/first-screen.ts'

const localeFiles = fileURLToPath(new URL('./locales/*.json', import.meta.url))
/** Messages of the test-only flows in tests/fixtures/, precompiled as the app's are. */
const fixtureMessageFiles = fileURLToPath(new URL('./tests/fixtures/*.json', import.meta.url))

/**
 * The Content-Security-Policy of the built site: only its own scripts, styles and requests,
 * nothing inline, no eval. docs/deploy/ sets the same as a header, with frame-ancestors,
 * which a meta tag cannot carry.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

/** The policy as a meta tag in every built page; not in dev, where Vite injects styles inline. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  }
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    vue(),
    // Messages are compiled at build time, so the shipped bundle carries no message
    // compiler and needs no eval (a strict Content-Security-Policy stays possible).
    VueI18nPlugin({ include: [localeFiles, fixtureMessageFiles], fullInstall: false, dropMessageCompiler: true, ssr: isSsrBuild }),
    contentSecurityPolicyMeta(),
    // `./flow?first-screen`: the first screen's texts and question, computed from the machine.
    firstScreen(),
  ],
  build: isSsrBuild
    ? { outDir: 'dist-ssr' }
    : {
        // The review page for editors and translators is a page of its own (/review/), so
        // none of its code is in what the guide downloads.
        rolldownOptions: {
          input: {
            index: fileURLToPath(new URL('./index.html', import.meta.url)),
            review: fileURLToPath(new URL('./review/index.html', import.meta.url)),
          },
        },
      },
  define: {
    // Production feature flags: this app uses only the Composition API.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  test: {
    // The browser suite spends most of its time waiting on Chromium's processes, so test
    // files run side by side even on two cores.
    maxWorkers: 4,
    projects: [
      {
        extends: true,
        // Generous: with the browser suite beside them, two cores are busy.
        // One module graph per worker rather than per file: each test sets up its own app and
        // store, and importing the app afresh for every file cost the suite a third of its time.
        // What the files share is put back after every test (tests/support/setup.ts).
        test: {
          name: 'unit',
          include: ['tests/*.test.ts', 'tests/content/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // A dev server or a holiday calendar started before the tests may take seconds on two busy cores.
          hookTimeout: 60_000,
          isolate: false,
          setupFiles: ['tests/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/browser/blocking.test.ts', 'tests/browser/subpath.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          // The longest test walks every path in one language while six others run beside it;
          // the limit is for a hung browser, not a budget (the suite's is five minutes in all).
          testTimeout: 400_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // The site built for a city's sub-path, served only there: the smoke set.
          name: 'subpath',
          include: ['tests/browser/subpath.test.ts'],
          environment: 'node',
          provide: { siteBase: '/kikaku/mynumber/guide/' },
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 400_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'blocking',
          include: ['tests/browser/blocking.test.ts'],
          environment: 'node',
          // Total Blocking Time measures the CPU: beside the other projects on two cores, its
          // medians read 268-400 ms for pages that read under 10 ms alone. A higher group
          // runs after the others have finished, alone. The same setup, built once (see it).
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
}))
