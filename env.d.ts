/// <reference types="vite/client" />
/// <reference types="@intlify/unplugin-vue-i18n/messages" />
