import type { ContentSnapshot, Localized } from '../content/snapshot.js';

/**
 * An opening-hours comment ("nur mit Termin") in the reader's language: its translation from
 * the pack, along the language's fallback chain, else the comment as written (default language).
 */
export function hoursCommentText(snapshot: ContentSnapshot | undefined, comment: string, lang: string): Localized {
  const def = snapshot?.defaultLanguage ?? 'de';
  for (const l of snapshot?.chainOf(lang) ?? []) {
    if (l === def) break;
    const text = snapshot!.texts.get(l)?.hoursComments?.[comment];
    if (text) return { value: text, lang: l };
  }
  return { value: comment, lang: def };
}
