/**
 * The one allow-list of URL schemes for every link that comes from a pack: entry websites,
 * appointment links, the imprint and privacy pages, rich-text links. The Markdown compiler and
 * validation refuse other schemes at publish time; the reader checks again at render time, so
 * a tampered pack's `javascript:`, `data:` or `vbscript:` URL is shown as text, never as a link.
 * Plain `http:` is not on the list: the format has always required https, and a link from a
 * newcomer's guide should not leave the encrypted web. Relative links are not used by packs.
 */
export const LINK_SCHEMES = ['https:', 'tel:', 'mailto:', 'geo:'] as const;

/** The URL, trimmed, if its scheme is allowed; else undefined (render it as text, or not at all). */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const href = url.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(href)?.[0].toLowerCase();
  return scheme && (LINK_SCHEMES as readonly string[]).includes(scheme) ? href : undefined;
}
