/**
 * The review page (/review/): every question and outcome of the flow in every language at
 * once, for editors and translators. A page of its own, so the guide never downloads it.
 */
// The global sheet and the page's own first: the components' rules follow them in the cascade.
import '../styles/main.css'
import './review.css'
import { createApp } from 'vue'
import { entry } from '../../flows'
import { languages } from '../../locales/languages'
import { createAppI18n, languageOf, loadLanguage, preferredLocale } from '../i18n'
import { withoutRuby } from '../lib/ruby'
import ReviewPage from './ReviewPage.vue'
import { reviewFlow } from './review'

async function start() {
  // The page's own labels in the reader's language; the messages under review in all of them.
  const i18n = createAppI18n()
  const [loaded] = await Promise.all([entry.load(), ...languages.map((language) => loadLanguage(i18n, language.code))])
  const { t, locale } = i18n.global
  locale.value = preferredLocale()
  document.documentElement.lang = languageOf(locale.value).lang
  document.title = `${withoutRuby(t('ui.review.title'))} | ${withoutRuby(t(loaded.flow.title))}`
  createApp(ReviewPage, { flow: loaded.flow, states: reviewFlow(loaded) })
    .use(i18n)
    .mount('#review')
}

void start()
