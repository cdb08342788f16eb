import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { flow } from '../flows'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { flowKey } from './stores/journey'
import './styles/main.css'

createApp(App).provide(flowKey, flow).use(createPinia()).use(createAppI18n()).mount('#app')
