/**
 * Checks a town's `languageFallbacks` (municipality.yaml): every code known, no language
 * falling back to itself, none twice in a chain. Chains are not followed further (each list
 * is the whole chain), so mutual pairs such as Dari ↔ Persian are not loops.
 */
/** Easy German, a private-use tag `Intl` does not know (`EASY_GERMAN` in src/pack/types.ts). */
const EASY_GERMAN = 'de-x-simple';
import type { PathSegment, Severity } from './problems.js';
import { problem, type Coded } from './problem-messages.js';

export interface FallbackIssue extends Coded {
  path: PathSegment[];
  severity: Severity;
  /** The problem is the key itself (the language a chain is for). */
  key?: boolean;
}

/** Codes Kompass writes differently from the ISO code an editor may reach for. */
const KOMPASS_CODE: Record<string, string> = { kmr: 'ku', 'fa-AF': 'prs', 'fa-af': 'prs' };

const CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

let englishNames: Intl.DisplayNames | null | undefined;

/** Whether `code` names a language: one of the town's, easy German, or one Intl knows (prs, ps, ti, so, …). */
function isKnown(code: string, languages: readonly string[]): boolean {
  if (languages.includes(code) || code === EASY_GERMAN) return true;
  if (!CODE.test(code)) return false;
  try {
    englishNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return !!englishNames.of(code);
  } catch {
    return false;
  }
}

function codeProblem(code: string, languages: readonly string[]): Coded | undefined {
  const ours = KOMPASS_CODE[code];
  if (ours) return problem('fallback.kompassCode', { code: ours, written: code });
  if (!isKnown(code, languages)) return problem('fallback.unknownCode', { written: code, examples: [...languages].slice(0, 3) });
  return undefined;
}

export function checkLanguageFallbacks(
  fallbacks: Readonly<Record<string, readonly string[]>> | undefined,
  languages: readonly string[],
  defaultLanguage: string,
): FallbackIssue[] {
  const out: FallbackIssue[] = [];
  for (const [lang, chain] of Object.entries(fallbacks ?? {})) {
    const bad = codeProblem(lang, languages);
    if (bad) out.push({ path: [lang], severity: 'error', ...bad, key: true });
    if (lang === defaultLanguage)
      out.push({ path: [lang], severity: 'warning', ...problem('fallback.defaultLanguage', { lang }), key: true });
    const seen = new Set<string>();
    chain.forEach((to, i) => {
      const at = [lang, i];
      const wrong = codeProblem(to, languages);
      if (wrong) out.push({ path: at, severity: 'error', ...wrong });
      else if (to === lang) out.push({ path: at, severity: 'error', ...problem('fallback.itself', { lang }) });
      else if (seen.has(to)) out.push({ path: at, severity: 'error', ...problem('fallback.twice', { fallbackLang: to, lang }) });
      else if (!languages.includes(to)) out.push({ path: at, severity: 'warning', ...problem('fallback.notTownLanguage', { fallbackLang: to, langs: [...languages] }) });
      seen.add(to);
    });
  }
  return out;
}
