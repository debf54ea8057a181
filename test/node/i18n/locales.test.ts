/**
 * Completeness check for the interface translations in `locales/<lng>/kompass.json`.
 *
 * English is the source. Every other locale must have the same keys (plural keys are
 * compared by their base key), every CLDR plural category its language needs and none it
 * does not have (`_other` is always allowed), the same `{{variables}}` per key, no empty
 * strings, and it must be registered in `LOADERS` (src/reader/i18n/i18n.ts) and `UI_LANGUAGES`
 * (src/pack/languages.ts) — and every registered language must have a locale folder.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInstance } from 'i18next';
import { UI_LANGUAGES, directionOf } from '../../../src/pack/languages.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LOCALES = join(ROOT, 'locales');
const SOURCE = 'en';
const FILE = 'kompass.json';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`^(.+)_(${CATEGORIES.join('|')})$`);

type Flat = Map<string, string>;
/** Base key → (category → text) for plural keys; base key → text for the rest. */
interface Keys {
  plain: Map<string, string>;
  plural: Map<string, Map<string, string>>;
}

/**
 * The plural categories i18next will ask for in `lang`: CLDR's, through Intl (as i18next
 * does). A language Intl does not know at all falls back to `one`/`other`.
 */
export function pluralCategories(lang: string): string[] {
  if (Intl.PluralRules.supportedLocalesOf([lang]).length === 0) return ['one', 'other'];
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories];
}

function flatten(value: unknown, path: string, out: Flat, problems: string[], file: string): void {
  if (typeof value === 'string') {
    out.set(path, value);
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out, problems, file);
  } else {
    problems.push(`${file}: ${path || '(root)'}: must be a string or an object of strings, found ${JSON.stringify(value)}`);
  }
}

function group(flat: Flat): Keys {
  const keys: Keys = { plain: new Map(), plural: new Map() };
  for (const [key, text] of flat) {
    const m = PLURAL_SUFFIX.exec(key);
    if (m) {
      const [, base = key, category = 'other'] = m;
      if (!keys.plural.has(base)) keys.plural.set(base, new Map());
      keys.plural.get(base)!.set(category, text);
    } else {
      keys.plain.set(key, text);
    }
  }
  return keys;
}

/** `{{name}}`, `{{ name }}`, `{{name, format}}` → `name`. */
export function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*-?\s*([^{},\s]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

const list = (xs: Iterable<string>) => [...xs].map((x) => `{{${x}}}`).join(', ') || 'none';

/** Parses a locale file; returns its flat strings or the problems that stopped it. */
export function parseLocale(text: string, file: string): { flat?: Flat; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problems: [`${file}: not valid JSON: ${(e as Error).message}`] };
  }
  const problems: string[] = [];
  const flat: Flat = new Map();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [`${file}: must be a JSON object`] };
  }
  flatten(data, '', flat, problems, file);
  return { flat, problems };
}

/** Everything wrong with one locale compared to the source, one line per problem. */
export function checkLocale(lang: string, file: string, source: Flat, target: Flat): string[] {
  const problems: string[] = [];
  const src = group(source);
  const dst = group(target);
  const needed = pluralCategories(lang);
  const allowed = new Set([...needed, 'other']);

  for (const [key, text] of target) {
    if (text.trim() === '') problems.push(`${file}: ${key}: empty string`);
  }

  for (const [key, en] of src.plain) {
    if (dst.plural.has(key)) {
      problems.push(`${file}: ${key}: is plural here (${[...dst.plural.get(key)!.keys()].map((c) => `_${c}`).join(', ')}) but not in English`);
      continue;
    }
    const text = dst.plain.get(key);
    if (text === undefined) {
      problems.push(`${file}: ${key}: missing (English: ${JSON.stringify(en)})`);
      continue;
    }
    const want = variables(en);
    const have = variables(text);
    if (want.join() !== have.join()) {
      problems.push(`${file}: ${key}: variables ${list(have)} but English has ${list(want)}`);
    }
  }

  for (const [base, forms] of src.plural) {
    const have = dst.plural.get(base);
    if (!have) {
      problems.push(
        dst.plain.has(base)
          ? `${file}: ${base}: must be plural (${needed.map((c) => `${base}_${c}`).join(', ')}), found a single string`
          : `${file}: ${base}: missing plural key (${lang} needs ${needed.map((c) => `${base}_${c}`).join(', ')})`,
      );
      continue;
    }
    for (const c of needed) {
      if (!have.has(c)) problems.push(`${file}: ${base}_${c}: missing plural form (${lang} needs ${needed.join(', ')})`);
    }
    for (const c of have.keys()) {
      if (!allowed.has(c)) problems.push(`${file}: ${base}_${c}: ${lang} has no plural category "${c}" (it uses ${needed.join(', ')})`);
    }
    const want = variables([...forms.values()].join(' '));
    for (const [c, text] of have) {
      const vars = variables(text);
      if (want.join() !== vars.join()) {
        problems.push(`${file}: ${base}_${c}: variables ${list(vars)} but English has ${list(want)}`);
      }
    }
  }

  for (const key of dst.plain.keys()) {
    if (src.plural.has(key) && dst.plural.has(key)) {
      problems.push(`${file}: ${key}: a single string next to its plural forms; use only ${key}_<category>`);
    } else if (!src.plain.has(key) && !src.plural.has(key)) {
      problems.push(`${file}: ${key}: not in English (extra key)`);
    }
  }
  for (const base of dst.plural.keys()) {
    if (!src.plain.has(base) && !src.plural.has(base)) {
      problems.push(`${file}: ${base}_*: not in English (extra plural key)`);
    }
  }
  return problems;
}

/** Language codes in the `LOADERS` map of src/reader/i18n/i18n.ts, with the folder each one imports. */
function loaders(): Map<string, string> {
  const source = readFileSync(join(ROOT, 'src/reader/i18n/i18n.ts'), 'utf8');
  const block = /const LOADERS[^=]*=\s*\{([\s\S]*?)\n\};/.exec(source)?.[1];
  assert.ok(block, 'src/reader/i18n/i18n.ts: could not find the LOADERS map');
  const found = new Map<string, string>();
  for (const m of block.matchAll(/^\s*'?([A-Za-z-]+)'?\s*:\s*\(\)\s*=>\s*import\(\s*'([^']+)'\s*\)/gm)) {
    found.set(m[1] ?? '', m[2] ?? '');
  }
  return found;
}

const relative = (lang: string) => `locales/${lang}/${FILE}`;
const folders = readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function load(lang: string): { flat?: Flat; problems: string[] } {
  const path = join(LOCALES, lang, FILE);
  if (!existsSync(path)) return { problems: [`${relative(lang)}: file missing`] };
  return parseLocale(readFileSync(path, 'utf8'), relative(lang));
}

const report = (problems: string[]) => `\n  ${problems.join('\n  ')}\n`;

describe('UI translations (locales/)', () => {
  const source = load(SOURCE);

  test(`${relative(SOURCE)} (source) is valid`, () => {
    assert.deepEqual(source.problems, [], report(source.problems));
    const empty = [...source.flat!].filter(([, t]) => t.trim() === '').map(([k]) => `${relative(SOURCE)}: ${k}: empty string`);
    assert.deepEqual(empty, [], report(empty));
  });

  for (const lang of folders.filter((l) => l !== SOURCE)) {
    test(`${relative(lang)} matches English (plurals: ${pluralCategories(lang).join(', ')})`, () => {
      assert.ok(source.flat, `${relative(SOURCE)} could not be read`);
      const { flat, problems } = load(lang);
      if (flat) problems.push(...checkLocale(lang, relative(lang), source.flat, flat));
      assert.deepEqual(problems, [], report(problems));
    });
  }

  test('i18next finds a plural form for every count in every locale', async () => {
    const problems: string[] = [];
    const counts = [0, 1, 2, 3, 5, 11, 21, 100, 101, 1.5, 1000000];
    for (const lang of folders) {
      const { flat } = load(lang);
      if (!flat) continue; // reported by the locale's own test
      const data: Record<string, unknown> = JSON.parse(readFileSync(join(LOCALES, lang, FILE), 'utf8'));
      const i18n = createInstance();
      await i18n.init({ lng: lang, fallbackLng: false, ns: ['kompass'], defaultNS: 'kompass', resources: { [lang]: { kompass: data } } });
      for (const base of group(source.flat ?? new Map()).plural.keys()) {
        for (const count of counts) {
          const text = i18n.t(base, { count, done: 0 });
          if (text === base || text.trim() === '') problems.push(`${relative(lang)}: ${base}: no text for count ${count}`);
        }
      }
    }
    assert.deepEqual(problems, [], report(problems));
  });

  test('every locale folder is registered in LOADERS and UI_LANGUAGES, and vice versa', () => {
    const problems: string[] = [];
    const load = loaders();
    const ui = UI_LANGUAGES.map((l) => l.code);
    for (const lang of folders) {
      if (!load.has(lang)) problems.push(`locales/${lang}/: not in LOADERS (src/reader/i18n/i18n.ts)`);
      if (!ui.includes(lang)) problems.push(`locales/${lang}/: not in UI_LANGUAGES (src/pack/languages.ts)`);
    }
    for (const [lang, path] of load) {
      if (!folders.includes(lang)) problems.push(`src/reader/i18n/i18n.ts: LOADERS.${lang}: no folder locales/${lang}/`);
      if (path !== `../../../locales/${lang}/${FILE}`) problems.push(`src/reader/i18n/i18n.ts: LOADERS.${lang}: imports ${path}, expected ../../../locales/${lang}/${FILE}`);
    }
    for (const { code, endonym, dir } of UI_LANGUAGES) {
      if (!folders.includes(code)) problems.push(`src/pack/languages.ts: UI_LANGUAGES ${code}: no folder locales/${code}/`);
      if (ui.indexOf(code) !== ui.lastIndexOf(code)) problems.push(`src/pack/languages.ts: UI_LANGUAGES ${code}: listed twice`);
      if (!endonym.trim()) problems.push(`src/pack/languages.ts: UI_LANGUAGES ${code}: empty endonym`);
      if (dir !== directionOf(code)) problems.push(`src/pack/languages.ts: UI_LANGUAGES ${code}: dir '${dir}' but directionOf('${code}') is '${directionOf(code)}'`);
    }
    assert.deepEqual(problems, [], report(problems));
  });
});

describe('events and notices strings (locales/<lng>/events.json, loaded with their views)', () => {
  const EVENTS = 'events.json';
  const at = (lang: string) => `locales/${lang}/${EVENTS}`;
  const read = (lang: string) => {
    const path = join(LOCALES, lang, EVENTS);
    return existsSync(path) ? parseLocale(readFileSync(path, 'utf8'), at(lang)) : { problems: [`${at(lang)}: file missing`] };
  };
  const source = read(SOURCE);

  test(`${at(SOURCE)} (source) is valid`, () => assert.deepEqual(source.problems, [], report(source.problems)));

  for (const lang of folders.filter((l) => l !== SOURCE)) {
    test(`${at(lang)} has every key of English`, () => {
      assert.ok(source.flat, `${at(SOURCE)} could not be read`);
      const { flat, problems } = read(lang);
      if (flat) problems.push(...checkLocale(lang, at(lang), source.flat, flat));
      assert.deepEqual(problems, [], report(problems));
    });
  }

  test('every locale folder has a loader in src/reader/i18n/event-strings.ts, and vice versa', () => {
    const code = readFileSync(join(ROOT, 'src/reader/i18n/event-strings.ts'), 'utf8');
    const found = [...code.matchAll(/^\s*([a-z-]+): \(\) => import\('\.\.\/\.\.\/\.\.\/locales\/([a-z-]+)\/events\.json'\)/gm)];
    assert.deepEqual(found.filter((m) => m[1] !== m[2]).map((m) => m[0]), [], 'each loader imports its own folder');
    assert.deepEqual(found.map((m) => m[1]).sort(), folders);
  });
});

describe('the locale check itself', () => {
  const en = new Map([
    ['a.title', 'Hello {{name}}'],
    ['a.count_one', '{{count}} item'],
    ['a.count_other', '{{count}} items'],
  ]);

  test('accepts a complete locale', () => {
    const ru = new Map([
      ['a.title', 'Привет, {{name}}'],
      ['a.count_one', '{{count}} предмет'],
      ['a.count_few', '{{count}} предмета'],
      ['a.count_many', '{{count}} предметов'],
      ['a.count_other', '{{count}} предмета'],
    ]);
    assert.deepEqual(checkLocale('ru', 'ru.json', en, ru), []);
  });

  test('names the file, the key and what is wrong', () => {
    const broken = new Map([
      ['a.title', 'Hallo {{nmae}}'],
      ['a.count_one', '{{count}} Ding'],
      ['a.count_few', ''],
      ['a.extra', 'x'],
    ]);
    assert.deepEqual(checkLocale('de', 'de.json', en, broken).sort(), [
      'de.json: a.count_few: de has no plural category "few" (it uses one, other)',
      'de.json: a.count_few: empty string',
      'de.json: a.count_few: variables none but English has {{count}}',
      'de.json: a.count_other: missing plural form (de needs one, other)',
      'de.json: a.extra: not in English (extra key)',
      'de.json: a.title: variables {{nmae}} but English has {{name}}',
    ]);
  });

  test('requires every plural category of the language and reports missing keys', () => {
    const ar = new Map([
      ['a.count_one', '{{count}}'],
      ['a.count_other', '{{count}}'],
    ]);
    const needs = pluralCategories('ar').join(', ');
    assert.deepEqual(checkLocale('ar', 'ar.json', en, ar).sort(), [
      ...['few', 'many', 'two', 'zero'].map((c) => `ar.json: a.count_${c}: missing plural form (ar needs ${needs})`),
      'ar.json: a.title: missing (English: "Hello {{name}}")',
    ]);
  });

  test('reports a plural key given as a single string', () => {
    const fr = new Map([
      ['a.title', 'Bonjour {{name}}'],
      ['a.count', '{{count}} objets'],
    ]);
    assert.deepEqual(checkLocale('fr', 'fr.json', en, fr), [
      `fr.json: a.count: must be plural (${pluralCategories('fr').map((c) => `a.count_${c}`).join(', ')}), found a single string`,
    ]);
  });

  test('reports invalid JSON with the file name', () => {
    const { problems } = parseLocale('{ "a": "x", }', 'xx.json');
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^xx\.json: not valid JSON: /);
  });

  test('knows the plural categories of the shipped languages', () => {
    assert.deepEqual(pluralCategories('en'), ['one', 'other']);
    assert.deepEqual(new Set(pluralCategories('ar')), new Set(['zero', 'one', 'two', 'few', 'many', 'other']));
    assert.deepEqual(new Set(pluralCategories('uk')), new Set(['one', 'few', 'many', 'other']));
    assert.deepEqual(pluralCategories('qaa').sort(), ['one', 'other']);
  });
});
