/**
 * A Vue 3 city app with vue-router in history mode (`/vue/` and `/vue/about`) embedding
 * `<kompass-app>` (declared a custom element in the Vue compiler options, see
 * scripts/build-hosts.mjs).
 */
import { createApp, defineComponent, h } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import App from './App.vue';
import '../shared/host.css';

const page = (title: string) => defineComponent({ render: () => h('h2', { id: 'host-heading' }, title) });

const router = createRouter({
  history: createWebHistory('/vue/'),
  routes: [
    { path: '/', component: page('Start') },
    { path: '/about', component: page('Über die Stadt') },
  ],
});

createApp(App).use(router).mount('#app');
