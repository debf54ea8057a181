/// <reference lib="webworker" />
/**
 * Kompass's own service worker, for hosts that let Kompass have one (opt-in with the
 * `service-worker` attribute). It only makes the app shell load offline:
 * - precaches the bundle, its chunks and the UI languages (the list is injected at build);
 * - never answers `manifest.json` of a content pack from a cache (the sync must see the
 *   server's current revision); pack files are not cached here at all: the sync keeps them in
 *   IndexedDB, and a second copy would cost a cheap phone its storage;
 * - navigations inside its scope: network first, the last good page when offline (so a demo
 *   or a host page without a worker of its own reloads offline);
 * - same-origin styles and images: stale-while-revalidate.
 * A new version waits until the page asks it to take over (the "Update available" notice).
 */
import { precacheAndRoute, cleanupOutdatedCaches, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

cleanupOutdatedCaches();
// Every precached file has a fixed URL (a content hash or a revision); the query only carries
// settings for the page (dist/app/?lang=ar&src=…), so app/index.html answers any of them offline.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

registerRoute(({ url }) => url.pathname.endsWith('/manifest.json'), new NetworkOnly());

registerRoute(new NavigationRoute(new NetworkFirst({ cacheName: 'kompass-pages', networkTimeoutSeconds: 4 })));

// Per-language chunks: UI languages (also precached, for hosts' lists), search's lexicon and
// stemmer (not precached: only the reader's own language is ever fetched). Each is kept once
// loaded; the names carry a content hash, so a cached one never goes stale.
registerRoute(
  ({ url }) => url.origin === self.location.origin && /\/chunks\/(locale|lexicon|stemmer)-[^/]+\.js$/.test(url.pathname),
  new CacheFirst({ cacheName: 'kompass-languages' }),
);

registerRoute(
  ({ request, url }) => url.origin === self.location.origin && ['style', 'image', 'font'].includes(request.destination),
  new StaleWhileRevalidate({ cacheName: 'kompass-assets' }),
);

interface CachePageMessage {
  type: 'KOMPASS_CACHE_PAGE';
  page: string;
  assets: string[];
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The first visit happens before this worker controls the page: the page sends its own URL
  // and its styles and icons, so a reload works offline from the start.
  if (data?.type === 'KOMPASS_CACHE_PAGE') {
    const { page, assets } = data as CachePageMessage;
    const sameOrigin = (u: string) => new URL(u, self.location.href).origin === self.location.origin;
    event.waitUntil(
      Promise.all([
        caches.open('kompass-pages').then((c) => (sameOrigin(page) ? c.add(page.split('#')[0]!) : undefined)),
        caches.open('kompass-assets').then((c) => c.addAll(assets.filter(sameOrigin))),
      ]).catch(() => undefined),
    );
  }
});
