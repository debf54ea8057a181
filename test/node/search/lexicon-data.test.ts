/**
 * Data checks for the built-in concept lexicon (issue #16): `src/reader/search/lexicon/`.
 *
 * `concepts.json` lists the concepts (ids, taxonomy term, entry kinds, broader concept);
 * `<lang>.json` gives the words people type for each concept in one UI language. Every
 * locale folder must have a lexicon file with every concept, every term must be clean, and
 * each file must stay small enough (gzip) to ship lazily beside a stemmer.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ENTRY_KINDS } from '../../../src/pack/types.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LEXICON = join(ROOT, 'src/reader/search/lexicon');
const LOCALES = join(ROOT, 'locales');
const MIN_CONCEPTS = 160;
const MAX_GZIP_BYTES = 8 * 1024;
/** Languages that must give at least two terms for every concept. */
const RICH = new Set(['de', 'en', 'ar', 'uk', 'tr', 'fa', 'ru']);

interface Concept {
  id: string;
  area: string;
  taxonomy: string | null;
  kinds: string[];
  broader?: string;
}

const languages = readdirSync(LOCALES)
  .filter((name) => statSync(join(LOCALES, name)).isDirectory())
  .sort();
const { concepts } = JSON.parse(readFileSync(join(LEXICON, '..', '..', '..', 'pack', 'concepts.json'), 'utf8')) as { concepts: Concept[] };
const ids = new Set(concepts.map((c) => c.id));

function lexiconOf(lang: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(LEXICON, `${lang}.json`), 'utf8')) as Record<string, unknown>;
}

describe('concepts.json', () => {
  test(`has at least ${MIN_CONCEPTS} concepts with unique kebab-case ids`, () => {
    assert.ok(concepts.length >= MIN_CONCEPTS, `only ${concepts.length} concepts`);
    assert.equal(ids.size, concepts.length, 'duplicate concept ids');
    for (const c of concepts) assert.match(c.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `id "${c.id}" is not kebab-case`);
  });

  test('kinds are Kompass entry kinds, broader points to another concept, taxonomy is a term or null', () => {
    const kinds = new Set<string>(ENTRY_KINDS);
    for (const c of concepts) {
      assert.ok(c.kinds.length > 0, `concept "${c.id}" has no kinds`);
      for (const k of c.kinds) assert.ok(kinds.has(k), `concept "${c.id}": unknown kind "${k}"`);
      if (c.broader !== undefined) {
        assert.ok(ids.has(c.broader), `concept "${c.id}": broader "${c.broader}" is not a concept`);
        assert.notEqual(c.broader, c.id, `concept "${c.id}" is its own broader concept`);
      }
      assert.ok(c.taxonomy === null || (typeof c.taxonomy === 'string' && c.taxonomy.trim() === c.taxonomy && c.taxonomy !== ''),
        `concept "${c.id}": taxonomy must be a trimmed term or null`);
      assert.ok(typeof c.area === 'string' && c.area !== '', `concept "${c.id}" has no area`);
    }
  });

  test('broader chains end (no cycles)', () => {
    const byId = new Map(concepts.map((c) => [c.id, c]));
    for (const c of concepts) {
      const seen = new Set<string>();
      for (let at: Concept | undefined = c; at?.broader !== undefined; at = byId.get(at.broader)) {
        assert.ok(!seen.has(at.id), `concept "${c.id}": broader chain loops at "${at.id}"`);
        seen.add(at.id);
      }
    }
  });
});

describe('language files', () => {
  test('a lexicon file exists for every locale folder and no file lacks a locale', () => {
    assert.ok(languages.length >= 33, `only ${languages.length} locale folders`);
    for (const lang of languages) assert.ok(existsSync(join(LEXICON, `${lang}.json`)), `missing lexicon file ${lang}.json`);
    const files = readdirSync(LEXICON).filter((f) => f.endsWith('.json') && f !== 'concepts.json');
    for (const f of files) assert.ok(languages.includes(f.replace(/\.json$/, '')), `${f} has no locale folder`);
  });

  for (const lang of languages) {
    test(`${lang}: every concept has clean, distinct terms`, () => {
      const lexicon = lexiconOf(lang);
      const min = RICH.has(lang) ? 2 : 1;
      for (const key of Object.keys(lexicon)) assert.ok(ids.has(key), `${lang}.json: "${key}" is not a concept`);
      for (const id of ids) {
        const terms = lexicon[id];
        assert.ok(Array.isArray(terms), `${lang}.json: concept "${id}" is missing`);
        assert.ok(terms.length >= min, `${lang}.json: concept "${id}" has ${terms.length} term(s), needs ${min}`);
        const seen = new Set<string>();
        for (const term of terms) {
          assert.equal(typeof term, 'string', `${lang}.json: "${id}" has a non-string term`);
          const t = term as string;
          assert.ok(t.trim() !== '', `${lang}.json: "${id}" has an empty term`);
          assert.ok(t === t.trim() && !/\s{2,}|[\t\n\r]/.test(t), `${lang}.json: "${id}" term "${t}" has stray whitespace`);
          const key = t.toLocaleLowerCase(lang);
          assert.ok(!seen.has(key), `${lang}.json: "${id}" repeats the term "${t}"`);
          seen.add(key);
        }
      }
    });
  }

  test(`each language file is at most ${MAX_GZIP_BYTES} bytes gzip`, () => {
    const sizes: string[] = [];
    for (const lang of languages) {
      const raw = readFileSync(join(LEXICON, `${lang}.json`));
      const gz = gzipSync(raw, { level: 9 }).length;
      const terms = Object.values(lexiconOf(lang)).reduce<number>((n, t) => n + (t as unknown[]).length, 0);
      sizes.push(`${lang} ${gz} B gzip (${raw.length} B raw, ${terms} terms)`);
      assert.ok(gz <= MAX_GZIP_BYTES, `${lang}.json is ${gz} bytes gzip, over ${MAX_GZIP_BYTES}`);
    }
    console.log(`lexicon sizes:\n  ${sizes.join('\n  ')}`);
  });
});
