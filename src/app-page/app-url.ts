/**
 * What the URL of Kompass's own page (`dist/app/`) may say, and what it may not.
 *
 * - `?lang=ar` — the reader's language (a BCP 47 tag; anything else is ignored).
 * - `#/kompass/entry/<id>` — the router's deep link; the shorter `#/entry/<id>` (and any
 *   other Kompass path after `#`) is rewritten to it.
 * - `?src=<manifest URL>` — another content pack, only from this page's own origin or from
 *   an origin on the allow-list the deployer wrote into the page (`kompass-allowed-origins`).
 *   Anything else is refused and the page's own source is used: a link must not be able to
 *   show a town's residents someone else's "official" directory under the town's address.
 */
export interface AppPageConfig {
  /** The content source written into the page at build/deploy time (relative to the page). */
  source: string;
  /** Further origins a `?src=` may point to, e.g. `https://kompass.kreis.example`. */
  allowedOrigins: readonly string[];
}

export interface AppPageSettings {
  /** Absolute URL of the pack's manifest. */
  src: string;
  /** The language asked for in the URL, if it is a well-formed tag. */
  lang: string | undefined;
  /** The hash to use (the router's deep-link form), or undefined to keep the current one. */
  hash: string | undefined;
  /** Why a `?src=` was not used (English, for the console), if one was refused. */
  refused: string | undefined;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const KOMPASS_HASH = '#/kompass';

export function readAppUrl(href: string, config: AppPageConfig): AppPageSettings {
  const url = new URL(href);
  const fallback = new URL(config.source, url).href;
  let src = fallback;
  let refused: string | undefined;
  const asked = url.searchParams.get('src');
  if (asked) {
    const target = parseUrl(asked, url);
    const allowed = new Set([url.origin, ...config.allowedOrigins.map((o) => parseUrl(o, url)?.origin).filter((o): o is string => !!o)]);
    if (!target) refused = `?src=${asked} is not a URL`;
    else if (target.protocol !== 'https:' && target.origin !== url.origin) refused = `?src=${asked} is not https`;
    else if (!allowed.has(target.origin)) refused = `?src=${asked}: ${target.origin} is not this page's origin or on its allow-list (kompass-allowed-origins)`;
    else src = target.href;
  }
  const lang = url.searchParams.get('lang') ?? undefined;
  const path = url.hash.slice(1);
  const hash = url.hash && !url.hash.startsWith(KOMPASS_HASH) && path.startsWith('/') ? `${KOMPASS_HASH}${path}` : undefined;
  return { src, lang: lang && LANGUAGE_TAG.test(lang) ? lang : undefined, hash, refused };
}

function parseUrl(value: string, base: URL): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
