import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { flow } from '../flows'
import App from './App.vue'
import { createI18nForAddress } from './i18n'
import { flowKey } from './stores/journey'
import './styles/main.css'

void createI18nForAddress(location.pathname, import.meta.env.BASE_URL).then((i18n) => {
  createApp(App).provide(flowKey, flow).use(createPinia()).use(i18n).mount('#app')
})
