/**
 * Translation status (browser-safe: the CLI, the publish server and the editor). Every translated text may record, in `from`, a short hash
 * of the default-language text it was translated from. When the default-language text
 * changes, its translations become *outdated* — they are kept, never deleted — unless the
 * change is marked minor. `machine: true` marks a machine translation nobody reviewed yet.
 *
 * Also the walk over every translatable text of a source (`textUnits`), shared by the
 * status matrix, XLIFF, and the pack's completeness.
 */
import { sha256Hex } from '../pack/sha256.js';
import type { LanguageCode, LocalizedText, SourceContent, TranslatedText } from '../pack/types.js';
import { memoize } from './memo.js';

/** Texts are compared and hashed after this: Unicode NFC, `\n` line ends, no surrounding white space. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** The short hash (8 hex digits of SHA-256) of a default-language text, as stored in `TranslatedText.from`. */
export function textHash(text: string): string {
  return hashOf(text);
}

/** Remembered per text: a source of 5,000 entries in 8 languages asks for each default text's hash once per translation. */
const hashOf = memoize((text: string) => sha256Hex(normalizeText(text)).slice(0, 8), 100_000);

export const textOf = (value: string | TranslatedText | undefined): string | undefined =>
  value === undefined ? undefined : typeof value === 'string' ? value : value.text;

/** Whether two texts are the same once normalised (a trailing newline from YAML is no change). */
export const sameText = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined ? a === b : normalizeText(a) === normalizeText(b);

export type TranslationState = 'missing' | 'outdated' | 'machine' | 'done';
export const TRANSLATION_STATES: readonly TranslationState[] = ['missing', 'outdated', 'machine', 'done'];

/**
 * The state of one language of a text: `missing`; `outdated` (its `from` is not the hash of
 * the current default-language text); `machine` (machine-translated, current); `done`.
 * A plain string (no `from`) counts as done: nothing says what it was made from.
 */
export function translationState(text: LocalizedText, lang: LanguageCode, defaultLanguage: LanguageCode): TranslationState {
  const value = text[lang];
  if (value === undefined) return 'missing';
  if (typeof value === 'string' || lang === defaultLanguage) return 'done';
  const def = textOf(text[defaultLanguage]);
  if (value.from !== undefined && def !== undefined && value.from !== textHash(def)) return 'outdated';
  return value.machine ? 'machine' : 'done';
}

/** One translatable text in a source. */
export interface TextUnit {
  /** Stable key, also the XLIFF unit id: `entry:buergerbuero:name`, `guide:ankommen:steps.anmelden.documents.0`. */
  key: string;
  /** `municipality`, `category`, `entry` or `guide`. */
  kind: 'municipality' | 'category' | 'entry' | 'guide' | 'event' | 'notice' | 'page';
  /** Id of the item (`-` for the municipality). */
  id: string;
  /** Field path inside the item, e.g. `name`, `phones.0.label`, `steps.anmelden.title`. */
  field: string;
  /** Markdown subset allowed. */
  markdown: boolean;
  get(): LocalizedText | undefined;
  set(value: LocalizedText | undefined): void;
}

function unit(kind: TextUnit['kind'], id: string, field: string, owner: object, prop: string | number, markdown = false): TextUnit {
  const o = owner as Record<string | number, unknown>;
  return {
    key: `${kind}:${id}:${field}`,
    kind,
    id,
    field,
    markdown,
    get: () => o[prop] as LocalizedText | undefined,
    set: (v) => {
      if (v === undefined || Object.keys(v).length === 0) delete o[prop];
      else o[prop] = v;
    },
  };
}

/**
 * Every translatable text of a source, in source order, including fields that are absent
 * (their `get()` is undefined) so importers can fill them. `set` writes into `content`.
 */
export function textUnits(content: SourceContent): TextUnit[] {
  const out: TextUnit[] = [];
  if (content.municipality) out.push(unit('municipality', '-', 'name', content.municipality, 'name'));
  for (const c of content.categories) out.push(unit('category', c.id, 'label', c, 'label'));
  for (const e of content.entries) {
    out.push(unit('entry', e.id, 'name', e, 'name'), unit('entry', e.id, 'summary', e, 'summary'), unit('entry', e.id, 'description', e, 'description', true));
    if (e.address) out.push(unit('entry', e.id, 'address.extra', e.address, 'extra'), unit('entry', e.id, 'address.gettingThere', e.address, 'gettingThere'));
    out.push(unit('entry', e.id, 'hoursNote', e, 'hoursNote'));
    (e.phones ?? []).forEach((p, i) => out.push(unit('entry', e.id, `phones.${i}.label`, p, 'label')));
  }
  for (const g of content.guides) {
    out.push(unit('guide', g.id, 'title', g, 'title'), unit('guide', g.id, 'intro', g, 'intro', true));
    for (const s of g.steps ?? []) {
      out.push(unit('guide', g.id, `steps.${s.id}.title`, s, 'title'), unit('guide', g.id, `steps.${s.id}.text`, s, 'text', true));
      (s.documents ?? []).forEach((_, i) => out.push(unit('guide', g.id, `steps.${s.id}.documents.${i}`, s.documents!, i)));
    }
  }
  for (const ev of content.events ?? []) {
    out.push(unit('event', ev.id, 'title', ev, 'title'), unit('event', ev.id, 'description', ev, 'description', true), unit('event', ev.id, 'cost', ev, 'cost'));
    if (ev.address) out.push(unit('event', ev.id, 'address.extra', ev.address, 'extra'), unit('event', ev.id, 'address.gettingThere', ev.address, 'gettingThere'));
    if (ev.registration) out.push(unit('event', ev.id, 'registration.note', ev.registration, 'note'));
  }
  for (const n of content.notices ?? []) out.push(unit('notice', n.id, 'text', n, 'text'));
  for (const p of content.pages ?? []) {
    out.push(unit('page', p.id, 'title', p, 'title'), unit('page', p.id, 'text', p, 'text', true));
    (p.attachments ?? []).forEach((a, i) => out.push(unit('page', p.id, `attachments.${i}.title`, a, 'title')));
  }
  return out;
}

export interface LanguageStatus {
  code: LanguageCode;
  missing: number;
  outdated: number;
  machine: number;
  done: number;
  /** Share of texts that are done (0…1, three decimals). */
  doneShare: number;
}

export interface StatusItem {
  key: string;
  lang: LanguageCode;
  state: Exclude<TranslationState, 'done'>;
}

export interface TranslationStatus {
  defaultLanguage: LanguageCode;
  /** Texts that exist in the default language (the ones that can be translated). */
  texts: number;
  languages: LanguageStatus[];
  /** Every text that is not done, per language. */
  items: StatusItem[];
}

/** The coverage matrix: for each language of the municipality, how many texts are missing, outdated, machine-translated, done. */
export function translationStatus(content: SourceContent): TranslationStatus {
  const def = content.municipality.defaultLanguage;
  const units = textUnits(content).filter((u) => u.get()?.[def] !== undefined);
  const languages: LanguageStatus[] = [];
  const items: StatusItem[] = [];
  for (const code of content.municipality.languages ?? []) {
    const row: LanguageStatus = { code, missing: 0, outdated: 0, machine: 0, done: 0, doneShare: 1 };
    for (const u of units) {
      const state = translationState(u.get()!, code, def);
      row[state]++;
      if (state !== 'done') items.push({ key: u.key, lang: code, state });
    }
    row.doneShare = units.length ? Math.round((row.done / units.length) * 1000) / 1000 : 1;
    languages.push(row);
  }
  return { defaultLanguage: def, texts: units.length, languages, items };
}

export interface StampOptions {
  /** The default-language changes are minor: translations made from the old text stay current. */
  minor?: boolean;
  /** Mark translations that are new or changed in this step as machine-translated. */
  machine?: boolean;
}

export interface StampReport {
  /** Unit keys whose default-language text changed. */
  changedSources: string[];
  /** `key@lang` of translations marked outdated by this change. */
  outdated: string[];
}

/**
 * Records translation provenance between two versions of a source, in `next` (mutated):
 * - a translation that is new or changed gets `from` = hash of the current default text,
 *   and `machine: true` with `options.machine` (or when it says so itself);
 * - when a default-language text changed, its unchanged translations are marked outdated
 *   (`from` = hash of the old text; plain strings become `{ text, from }`) — or, with
 *   `minor`, those that were current are moved on to the new text.
 * Nothing is ever deleted. Units that did not change are left exactly as they are; without
 * `prev` (a first publish) nothing is changed.
 */
export function stampTranslations(prev: SourceContent | undefined, next: SourceContent, options: StampOptions = {}): StampReport {
  const report: StampReport = { changedSources: [], outdated: [] };
  if (!prev) return report; // nothing to compare with: the source is taken as it is
  const def = next.municipality.defaultLanguage;
  const before = new Map(textUnits(prev).map((u) => [u.key, u.get()]));
  for (const u of textUnits(next)) {
    const text = u.get();
    if (!text) continue;
    const old = before.get(u.key);
    const newDef = textOf(text[def]);
    const oldDef = textOf(old?.[def]);
    const defChanged = newDef !== undefined && oldDef !== undefined && !sameText(newDef, oldDef);
    if (defChanged) report.changedSources.push(u.key);
    let changed = false;
    const out: LocalizedText = { ...text };
    for (const lang of Object.keys(text)) {
      if (lang === def) continue;
      const value = text[lang]!;
      const prevValue = old?.[lang];
      const translationChanged = prevValue === undefined || !sameText(textOf(prevValue), textOf(value));
      if (translationChanged) {
        // A new or edited translation was made from the current default-language text.
        if (newDef === undefined) continue;
        const stamped: TranslatedText = { text: textOf(value)!, from: textHash(newDef) };
        if (options.machine || (typeof value !== 'string' && value.machine)) stamped.machine = true;
        if (typeof value === 'string' || value.from !== stamped.from || !!value.machine !== !!stamped.machine) {
          out[lang] = stamped;
          changed = true;
        }
      } else if (defChanged) {
        if (options.minor) {
          if (typeof value !== 'string' && value.from === textHash(oldDef)) {
            out[lang] = { ...value, from: textHash(newDef) };
            changed = true;
          }
        } else if (typeof value === 'string' || value.from === undefined) {
          out[lang] = typeof value === 'string' ? { text: value, from: textHash(oldDef) } : { ...value, from: textHash(oldDef) };
          changed = true;
          report.outdated.push(`${u.key}@${lang}`);
        } else if (value.from !== textHash(newDef)) report.outdated.push(`${u.key}@${lang}`);
      }
    }
    if (changed) u.set(out);
  }
  return report;
}
