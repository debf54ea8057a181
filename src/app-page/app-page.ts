/**
 * The script of Kompass's own page (`dist/app/index.html`): reads the page's URL
 * (`app-url.ts`), configures the one `<kompass-app>` on it before the bundle upgrades it, and
 * keeps `<html lang dir>` and the title in step with the reader's language.
 */
import { readAppUrl } from './app-url.js';
import { directionOf } from '../pack/languages.js';

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() ?? '';
const app = document.querySelector('kompass-app');
if (app) {
  const settings = readAppUrl(location.href, {
    source: meta('kompass-source') || '../pack/manifest.json',
    allowedOrigins: meta('kompass-allowed-origins').split(/[\s,]+/).filter(Boolean),
  });
  if (settings.refused) console.warn(`Kompass: ${settings.refused}; showing ${settings.src}.`);
  if (settings.hash) history.replaceState(history.state, '', settings.hash);
  // The page's language before Kompass has chosen: the one asked for, else the browser's.
  const lang = settings.lang ?? navigator.languages[0] ?? 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  if (settings.lang) app.setAttribute('lang', settings.lang);
  app.setAttribute('src', settings.src);
  app.addEventListener('kompass-language-change', (e) => {
    const { lang, dir } = e as Event & { lang: string; dir: string };
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  });
}
