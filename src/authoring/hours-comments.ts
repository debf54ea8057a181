/**
 * Checks the translations of opening-hours comments (`hoursComments` in municipality.yaml):
 * each translated comment is used by some entry's hours, in the town's languages, complete.
 */
import type { FallbackIssue as Issue } from './language-fallbacks.js';

/** The quoted comments of an OpenStreetMap `opening_hours` rule: `Th 14:00-18:00 "nur mit Termin"` → `nur mit Termin`. */
export function quotedComments(rule: string): string[] {
  return [...rule.matchAll(/"([^"]*)"/g)].map((m) => m[1]!).filter(Boolean);
}

export function checkHoursComments(
  comments: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined,
  rules: readonly string[],
  languages: readonly string[],
  defaultLanguage: string,
): Issue[] {
  const out: Issue[] = [];
  const used = new Set(rules.flatMap(quotedComments));
  for (const [comment, texts] of Object.entries(comments ?? {})) {
    if (!used.has(comment))
      out.push({ path: [comment], severity: 'warning', key: true, message: `No opening hours use the comment "${comment}"; write the key exactly as it is quoted in openingHours, or remove it.` });
    for (const lang of Object.keys(texts)) {
      if (lang === defaultLanguage)
        out.push({ path: [comment, lang], severity: 'warning', key: true, message: `The comment itself is the "${lang}" text; remove "${lang}" here.` });
      else if (!languages.includes(lang))
        out.push({ path: [comment, lang], severity: 'warning', key: true, message: `"${lang}" is not one of the municipality's languages (${languages.join(', ')}); add it to languages in municipality.yaml or remove this text.` });
    }
    const missing = languages.filter((l) => l !== defaultLanguage && !(l in texts));
    if (missing.length)
      out.push({ path: [comment], severity: 'warning', message: `Missing translation: ${missing.join(', ')}; readers of ${missing.length === 1 ? 'this language' : 'these languages'} see the "${defaultLanguage}" comment.` });
  }
  return out;
}
