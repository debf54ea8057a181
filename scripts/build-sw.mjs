/**
 * Builds the service worker after the bundle: bundles src/reader/sw/kompass-sw.ts with esbuild,
 * injects the precache list (the bundle, its chunks, UI languages; content-hashed names, so
 * the worker changes exactly when the app does), and writes the same list for hosts that
 * run a service worker of their own:
 *   dist/kompass-sw.js          Kompass's worker
 *   dist/kompass-precache.json  [{ url, revision }] relative to dist/
 *   dist/kompass-precache.js    a classic script for importScripts(): self.KOMPASS_PRECACHE = [...]
 */
import { build } from 'esbuild';
import { injectManifest, getManifest } from 'workbox-build';
import { readFileSync, writeFileSync } from 'node:fs';

// The bundle, its chunks (UI languages, views, search) and workers (assets/: the search worker).
const globPatterns = ['kompass.js', 'chunks/*.js', 'assets/*.js'];
// The editor's chunks are for editors only: readers' workers never download them. The UI
// languages are precached, so a reader can switch language offline.
// Search's lexicon and stemmer of each language (33 + 15 chunks) are not precached either: a
// reader downloads her own language's when she first searches, and the worker keeps it
// (CacheFirst in src/reader/sw/kompass-sw.ts), so no one pays for 32 languages she never reads.
const globIgnores = [...editorOnlyFiles(), 'chunks/lexicon-*.js', 'chunks/stemmer-*.js'];
await build({
  entryPoints: ['src/reader/sw/kompass-sw.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: 'dist/kompass-sw.js',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
// Kompass's own page (dist/app/, scripts/build-app.mjs) loads offline from the worker too;
// hosts with a worker of their own do not need it, so it stays out of their list below.
const appPatterns = ['app/*.{html,js,css,webmanifest,svg,png}'];
const { count, size, warnings } = await injectManifest({
  swSrc: 'dist/kompass-sw.js',
  swDest: 'dist/kompass-sw.js',
  globDirectory: 'dist',
  globPatterns: [...globPatterns, ...appPatterns],
  globIgnores,
  // Names with a content hash need no revision: the URL changes with the content.
  dontCacheBustURLsMatching: /-[A-Za-z0-9_-]{8}\.js$/,
});
for (const w of warnings) console.warn(w);
const { manifestEntries } = await getManifest({ globDirectory: 'dist', globPatterns, globIgnores, dontCacheBustURLsMatching: /-[A-Za-z0-9_-]{8}\.js$/ });
writeFileSync('dist/kompass-precache.json', JSON.stringify(manifestEntries, null, 2));
writeFileSync(
  'dist/kompass-precache.js',
  `/* Kompass's precache list for a host's own service worker: importScripts('<kompass>/kompass-precache.js'), then precache self.KOMPASS_PRECACHE with URLs resolved against this script. */\nself.KOMPASS_PRECACHE = ${JSON.stringify(manifestEntries)};\n`,
);
console.log(`Service worker: ${count} files precached (${(size / 1024).toFixed(1)} kB)`);

/** Files reachable only from the editor's dynamic entry (src/editor/…), from the build manifest. */
function editorOnlyFiles() {
  const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
  const editorKeys = Object.keys(manifest).filter((k) => k.startsWith('src/editor/') || k.startsWith('src/authoring/') || /locales\/[^/]+\/editor\.json$/.test(k));
  const reach = (starts, skip) => {
    const seen = new Set();
    const walk = (key) => {
      if (seen.has(key) || skip.has(key) || !manifest[key]) return;
      seen.add(key);
      for (const k of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) walk(k);
    };
    starts.forEach(walk);
    return seen;
  };
  const reader = reach(Object.keys(manifest).filter((k) => manifest[k].isEntry), new Set(editorKeys));
  return [...reach(editorKeys, new Set())].filter((k) => !reader.has(k)).map((k) => manifest[k].file);
}
