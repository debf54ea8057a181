/**
 * Checks a town's `languageFallbacks` (municipality.yaml): every code known, no language
 * falling back to itself, none twice in a chain. Chains are not followed further (each list
 * is the whole chain), so mutual pairs such as Dari ↔ Persian are not loops.
 */
/** Easy German, a private-use tag `Intl` does not know (`EASY_GERMAN` in src/pack/types.ts). */
const EASY_GERMAN = 'de-x-simple';
import type { PathSegment, Severity } from './problems.js';

export interface FallbackIssue {
  path: PathSegment[];
  severity: Severity;
  message: string;
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

function codeProblem(code: string, languages: readonly string[]): string | undefined {
  const ours = KOMPASS_CODE[code];
  if (ours) return `Kompass writes this language as "${ours}", not "${code}"; use ${ours}.`;
  if (!isKnown(code, languages)) return `"${code}" is not a known language code; use a code such as ${[...languages].slice(0, 3).join(', ')} or prs, ps, ku.`;
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
    if (bad) out.push({ path: [lang], severity: 'error', message: bad, key: true });
    if (lang === defaultLanguage)
      out.push({ path: [lang], severity: 'warning', message: `"${lang}" is the default language: its readers need no fallback; remove this chain.`, key: true });
    const seen = new Set<string>();
    chain.forEach((to, i) => {
      const at = [lang, i];
      const problem = codeProblem(to, languages);
      if (problem) out.push({ path: at, severity: 'error', message: problem });
      else if (to === lang) out.push({ path: at, severity: 'error', message: `"${lang}" falls back to itself; a chain lists the other languages its readers read — remove it.` });
      else if (seen.has(to)) out.push({ path: at, severity: 'error', message: `"${to}" is already in the chain of "${lang}"; list each language once.` });
      else if (!languages.includes(to))
        out.push({ path: at, severity: 'warning', message: `"${to}" is not one of the municipality's languages (${languages.join(', ')}), so it never supplies a text; add it to languages or remove it.` });
      seen.add(to);
    });
  }
  return out;
}
