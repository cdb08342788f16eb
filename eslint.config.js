/**
 * ESLint flat config: Vue's recommended rules with TypeScript, accessibility rules for the
 * templates, and vue-i18n's: no raw text in a template (every word goes through a locale
 * file) and no key missing from any locale. Prettier formats; its rival rules are off.
 */
import vueI18n from '@intlify/eslint-plugin-vue-i18n'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import vue from 'eslint-plugin-vue'
import vuejsAccessibility from 'eslint-plugin-vuejs-accessibility'
import globals from 'globals'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'dist-*/**', 'test-results/**', 'screenshots/**', 'coverage/**'] },
  vue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  ...vuejsAccessibility.configs['flat/recommended'],
  ...vueI18n.configs.recommended,
  {
    settings: {
      'vue-i18n': { localeDir: { pattern: './locales/*.json', localeKey: 'file' }, messageSyntaxVersion: '^11.0.0' },
    },
    rules: {
      '@intlify/vue-i18n/no-raw-text': ['error', { ignorePattern: '^[\\s()/·:,.|-]+$' }],
      '@intlify/vue-i18n/no-missing-keys': 'error',
      '@intlify/vue-i18n/no-missing-keys-in-other-locales': 'error',
      '@intlify/vue-i18n/no-dynamic-keys': 'off',
      '@intlify/vue-i18n/no-v-html': 'error',
      // Words reach headings, links and labels through MessageText (furigana), which the rules cannot see into.
      'vuejs-accessibility/heading-has-content': ['error', { accessibleChildren: ['MessageText'] }],
      'vuejs-accessibility/anchor-has-content': ['error', { accessibleChildren: ['MessageText'] }],
      // A checkbox inside its label is labelled by it.
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  skipFormatting,
)
