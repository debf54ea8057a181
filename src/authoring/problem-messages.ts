/**
 * Validation problems in the reader's language (browser-safe): every problem has a stable
 * `code` and `params`; `problemMessages(lang)` renders them from the table of that language
 * (German and English; another language is another pair of tables). The CLI renders with
 * language codes as written; the editor passes `languageName` to show names in its UI language.
 */
import { fillTemplate, tableFor, uiLanguageFrom, type ParamValue, type Params, type Template } from './message-table.js';
import { PROBLEMS_DE, TERMS_DE } from './problem-messages-de.js';
import { PROBLEMS_EN, TERMS_EN, type ProblemCode } from './problem-messages-en.js';

export type { ProblemCode } from './problem-messages-en.js';
export type { Params as ProblemParams } from './message-table.js';

export interface ProblemTable {
  messages: Record<ProblemCode, Template>;
  /** Words for param values, keyed `param.value` (`kind.entry`, `field.summary`, `hint.<English hint>`). */
  terms: Record<string, string>;
}

export const PROBLEM_TABLES: Readonly<Record<string, ProblemTable>> = {
  en: { messages: PROBLEMS_EN, terms: TERMS_EN },
  de: { messages: PROBLEMS_DE, terms: TERMS_DE },
};

export const PROBLEM_LANGUAGES = Object.keys(PROBLEM_TABLES);

/** Params whose values are language codes (one or a list). */
export const LANGUAGE_PARAMS: ReadonlySet<string> = new Set(['lang', 'langs', 'defaultLang', 'fallbackLang']);

/** Codes rendered inside another message: the opening-hours library's findings. */
const WRAPPERS: readonly [prefix: string, wrapper: ProblemCode][] = [
  ['hoursError.', 'hours.unreadable'],
  ['hoursWarning.', 'hours.warning'],
];

export interface ProblemTextOptions {
  /** A language code's name (the editor: `Intl.DisplayNames` in its UI language); codes stay as written without it. */
  languageName?: (code: string) => string;
  /** Joins a list param (default ", "). */
  list?: (items: readonly string[]) => string;
}

export type ProblemMessages = (code: ProblemCode, params?: Params) => string;

/** A problem's text, with what it says and the values it says it about. */
export interface Coded {
  code: ProblemCode;
  params: Params;
  /** English, for logs and tools that read text. */
  message: string;
}

function render(table: ProblemTable, code: ProblemCode, params: Params, options: ProblemTextOptions): string {
  const value = (name: string, v: ParamValue): string | undefined => {
    const one = (s: string) => (LANGUAGE_PARAMS.has(name) && options.languageName ? options.languageName(s) : table.terms[`${name}.${s}`] ?? s);
    if (Array.isArray(v)) return (options.list ?? ((items) => items.join(', ')))((v as readonly string[]).map(one));
    return typeof v === 'string' ? one(v) : undefined;
  };
  return fillTemplate(table.messages[code], params, { value });
}

/** A formatter in `lang` (its base language; English when there is no table for it). */
export function problemMessages(lang = 'en', options: ProblemTextOptions = {}): ProblemMessages {
  const table = tableFor(PROBLEM_TABLES, lang);
  return (code, params = {}) => {
    const text = render(table, code, params, options);
    const wrapper = WRAPPERS.find(([prefix]) => code.startsWith(prefix))?.[1];
    return wrapper ? render(table, wrapper, { ...params, text }, {}) : text;
  };
}

const english = problemMessages('en');

/** A problem's code and params with its full English message (what `Problem.message` holds). */
export function problem(code: ProblemCode, params: Params = {}): Coded {
  return { code, params, message: english(code, params) };
}

/**
 * A finding of a checker whose English text is used on its own as well (opening-hours
 * warnings without the "Opening hours:" prefix); `message` is the inner text only.
 */
export function note(code: ProblemCode, params: Params = {}): Coded {
  return { code, params, message: render(PROBLEM_TABLES.en!, code, params, {}) };
}

/** Renders a problem in `lang`; one without a code (from an older server) keeps its message. */
export function problemText(p: { code?: string; params?: Params; message: string }, lang: string, options: ProblemTextOptions = {}): string {
  if (!p.code || !(p.code in PROBLEMS_EN)) return p.message;
  return problemMessages(lang, options)(p.code as ProblemCode, p.params ?? {});
}

/** The language of the CLI's problem lines: `--ui-lang`, else LC_ALL / LC_MESSAGES / LANG. */
export const problemLanguage = (explicit: string | undefined, env: Record<string, string | undefined>): string => uiLanguageFrom(explicit, env, PROBLEM_LANGUAGES);
