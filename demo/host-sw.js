/*
 * Example: a city app with a service worker of its own (scope "/"). Instead of letting
 * Kompass register its worker for the same pages, it precaches Kompass's files itself:
 * kompass-precache.js lists the bundle, its chunks and UI languages with revisions; search's
 * per-language words and stemmers are kept when first fetched.
 * Content needs no caching here: Kompass keeps it in IndexedDB.
 */
importScripts('/dist/kompass-precache.js');

const KOMPASS_BASE = '/dist/';
const HOST_CACHE = 'musterstadt-v1';
const kompassCache = `kompass-${self.KOMPASS_PRECACHE.map((e) => e.revision ?? e.url).join('').length}-${self.KOMPASS_PRECACHE.length}`;
const HOST_FILES = ['/own-worker.html', '/musterstadt.css', '/favicon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(HOST_CACHE).then((c) => c.addAll(HOST_FILES)),
      caches.open(kompassCache).then((c) => c.addAll(self.KOMPASS_PRECACHE.map((e) => KOMPASS_BASE + e.url))),
    ]).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Kompass's content manifest must always come from the network.
  if (url.origin !== self.location.origin || url.pathname.endsWith('/manifest.json')) return;
  // Search's words and stemmer of the reader's language: not in the precache list (33 languages),
  // kept once fetched. Their names carry a content hash, so a kept one is never out of date.
  if (/\/chunks\/(lexicon|stemmer)-[^/]+\.js$/.test(url.pathname)) {
    event.respondWith(
      caches.match(event.request).then(
        (hit) =>
          hit ??
          fetch(event.request).then((res) => {
            if (res.ok) {
              const copy = res.clone();
              event.waitUntil(caches.open(kompassCache).then((c) => c.put(event.request, copy)));
            }
            return res;
          }),
      ),
    );
    return;
  }
  event.respondWith(
    fetch(event.request).catch(() => caches.match(event.request, { ignoreSearch: true }).then((r) => r ?? Response.error())),
  );
});
