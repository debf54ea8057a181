/**
 * Checks the translations of opening-hours comments (`hoursComments` in municipality.yaml):
 * each translated comment is used by some entry's hours, in the town's languages, complete.
 */
import type { FallbackIssue as Issue } from './language-fallbacks.js';
import { problem } from './problem-messages.js';

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
      out.push({ path: [comment], severity: 'warning', key: true, ...problem('hoursComment.unused', { comment }) });
    for (const lang of Object.keys(texts)) {
      if (lang === defaultLanguage)
        out.push({ path: [comment, lang], severity: 'warning', key: true, ...problem('hoursComment.defaultLanguage', { lang }) });
      else if (!languages.includes(lang))
        out.push({ path: [comment, lang], severity: 'warning', key: true, ...problem('text.unknownLanguage', { lang, langs: [...languages] }) });
    }
    const missing = languages.filter((l) => l !== defaultLanguage && !(l in texts));
    if (missing.length)
      out.push({ path: [comment], severity: 'warning', ...problem('translation.missingComment', { langs: missing, count: missing.length, defaultLang: defaultLanguage }) });
  }
  return out;
}
