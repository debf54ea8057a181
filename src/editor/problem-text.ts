/**
 * What the editor says about problems and server errors, in its UI language: validation
 * problems through the authoring message tables (problem-messages.ts), with language codes
 * shown as language names; publish-server errors by their code through the editor's own
 * strings (`server.<code>` in locales/<lang>/editor.json), with the values the server sent.
 * Anything without a known code keeps the text it came with.
 */
import type { i18n as I18n } from 'i18next';
import { problemText, type ProblemParams } from '../authoring/problem-messages.js';
import { EASY_GERMAN } from '../pack/types.js';
import type { ApiError } from './api.js';

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** `fa` → "Persisch" (German UI) / "Persian"; a code Intl does not know stays as written. */
export function languageName(code: string, uiLang: string): string {
  if (code === EASY_GERMAN) return uiLang === 'de' ? 'Einfache Sprache' : 'Easy German';
  let names = displayNames.get(uiLang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([uiLang], { type: 'language', fallback: 'code' });
    } catch {
      names = null;
    }
    displayNames.set(uiLang, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A validation problem (or Markdown / opening-hours finding) in `uiLang`; with `i18n`, a
 * field the problem names is called by the form's label (`fields.<name>`).
 */
export function problemMessage(p: { code?: string; params?: ProblemParams; message: string }, uiLang: string, i18n?: I18n): string {
  const list = new Intl.ListFormat(uiLang, { type: 'conjunction' });
  const field = p.params?.field;
  const params = typeof field === 'string' && i18n?.exists(`fields.${field}`) ? { ...p.params, field: i18n.t(`fields.${field}`) } : p.params;
  return problemText(params ? { ...p, params } : p, uiLang, { languageName: (code) => languageName(code, uiLang), list: (items) => list.format(items) });
}

/** The values of a server error: its `params` (older servers: the top-level fields), sizes also in MB. */
function serverParams(e: ApiError, uiLang: string): Record<string, unknown> {
  const raw = (e.body.params && typeof e.body.params === 'object' ? e.body.params : e.body) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...raw };
  if (typeof raw.limit === 'number') out.limitMb = new Intl.NumberFormat(uiLang, { maximumFractionDigits: 1 }).format(raw.limit / 1024 / 1024);
  if (Array.isArray(raw.kept)) out.kept = raw.kept.join(', ');
  return out;
}

/** A publish-server error in the UI language (`server.<code>`); an unknown code keeps the server's English text. */
export function serverErrorText(i18n: I18n, e: ApiError): string {
  const key = `server.${e.code}`;
  if (!i18n.exists(key)) return e.message;
  return i18n.t(key, serverParams(e, i18n.language));
}
