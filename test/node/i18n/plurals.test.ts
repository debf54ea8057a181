/**
 * CLDR plurals in every UI language: each plural key has exactly the categories Node's full
 * ICU gives for the language (`Intl.PluralRules(lang).resolvedOptions().pluralCategories`),
 * and i18next, asked with a count of each category, returns that category's text.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInstance } from 'i18next';

const LOCALES = fileURLToPath(new URL('../../../locales/', import.meta.url));
const SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;

const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function flatten(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** Plural base key → the categories the file gives for it. */
function pluralKeys(lang: string): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const key of flatten(JSON.parse(readFileSync(join(LOCALES, lang, 'kompass.json'), 'utf8'))).keys()) {
    const m = SUFFIX.exec(key);
    if (m) keys.set(m[1]!, (keys.get(m[1]!) ?? new Set()).add(m[2]!));
  }
  return keys;
}

/** A count that falls in `category` in `lang`: small integers first, then decimals and millions (fr/es/it/pt `many`). */
function sampleCount(lang: string, category: string): number | undefined {
  const rules = new Intl.PluralRules(lang);
  const candidates = [...Array.from({ length: 200 }, (_, i) => i), 0.5, 1.5, 2.5, 1000000, 2000000];
  return candidates.find((n) => rules.select(n) === category);
}

const englishBases = [...pluralKeys('en').keys()].sort();

describe('CLDR plural categories (Node full ICU) in every locale', () => {
  test('the English source has plural keys to check', () => {
    assert.deepEqual(englishBases, ['guide.progress', 'list.count', 'search.count']);
  });

  for (const lang of languages) {
    const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

    test(`${lang}: plural keys have exactly ${categories.join(', ')}`, () => {
      const problems: string[] = [];
      const keys = pluralKeys(lang);
      for (const base of englishBases) {
        const have = [...(keys.get(base) ?? [])].sort();
        if (have.join() !== categories.join()) problems.push(`locales/${lang}/kompass.json: ${base}: has ${have.join(', ') || 'none'}, ${lang} needs exactly ${categories.join(', ')}`);
      }
      assert.deepEqual(problems, []);
    });

    test(`${lang}: i18next picks each category's text for a count in that category`, async () => {
      const data = JSON.parse(readFileSync(join(LOCALES, lang, 'kompass.json'), 'utf8')) as Record<string, unknown>;
      const i18n = createInstance();
      await i18n.init({ lng: lang, fallbackLng: false, ns: ['kompass'], defaultNS: 'kompass', resources: { [lang]: { kompass: data } }, interpolation: { escapeValue: false } });
      const problems: string[] = [];
      for (const category of categories) {
        const count = sampleCount(lang, category);
        if (count === undefined) {
          problems.push(`${lang}: no sample count for "${category}"`);
          continue;
        }
        for (const base of englishBases) {
          const picked = i18n.t(base, { count, done: 0 });
          const wanted = i18n.t(`${base}_${category}`, { count, done: 0 });
          if (picked !== wanted) problems.push(`${lang}: ${base} with count ${count} (${category}): i18next says "${picked}", expected "${wanted}"`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});
