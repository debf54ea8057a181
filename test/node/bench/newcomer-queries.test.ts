/**
 * test/reader/search/newcomer-queries.json is a measurement (`npm run bench:search -- --queries
 * …`), not a gate; this only keeps it well-formed: enough cases of every kind, every UI
 * language, and every expected result a real entry, page, guide or event of the demo source.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { expectationKey, type QualityCase } from '../../reader/search/quality.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const file = JSON.parse(readFileSync(join(root, 'test/reader/search/newcomer-queries.json'), 'utf8')) as { $comment?: string; cases: QualityCase[] };
const cases = file.cases;

/** Minimum cases per kind of query (issue #16). */
const MIN: Record<string, number> = {
  problem: 30,
  'first-letter-typo': 12,
  'compound-head': 12,
  'word-form': 15,
  script: 12,
  stopword: 10,
  'arabic-article': 5,
  'no-content-language': 20,
  page: 1,
  event: 1,
};

const uiLanguages = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** `kind:id` of every entry, page, guide and event in demo/content. */
function demoKeys(): Set<string> {
  const keys = new Set<string>();
  for (const [folder, kind] of [['entries', 'entry'], ['pages', 'page'], ['guides', 'guide'], ['events', 'event']] as const) {
    const dir = join(root, 'demo/content', folder);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) keys.add(`${kind}:${(parse(readFileSync(join(dir, name), 'utf8')) as { id: string }).id}`);
  }
  return keys;
}

describe('newcomer-queries.json', () => {
  it('says how it was written and has at least 130 distinct cases', () => {
    assert.match(file.$comment ?? '', /keywords/);
    assert.ok(cases.length >= 130, `${cases.length} cases`);
    const seen = new Set<string>();
    for (const c of cases) {
      assert.ok(c.query.trim() && c.expect.length, JSON.stringify(c));
      const key = `${c.lang} ${c.query}`;
      assert.ok(!seen.has(key), `twice: ${key}`);
      seen.add(key);
    }
  });

  it('has every kind with its minimum count, and at least 10 page or event cases', () => {
    const count = (kind: string) => cases.filter((c) => c.kind === kind).length;
    for (const [kind, min] of Object.entries(MIN)) assert.ok(count(kind) >= min, `kind ${kind}: ${count(kind)} cases, needs ${min}`);
    assert.ok(count('page') + count('event') >= 10);
    assert.deepEqual([...new Set(cases.map((c) => c.kind))].filter((k) => !(k in MIN)), [], 'only the known kinds');
    // page and event cases expect a page or an event (an entry may be expected beside it).
    for (const c of cases.filter((x) => x.kind === 'page' || x.kind === 'event')) assert.ok(c.expect.some((e) => e.startsWith(`${c.kind}:`)), `${c.query} expects no ${c.kind}`);
  });

  it('is written in UI languages only, and in every one of them', () => {
    assert.equal(uiLanguages.length, 33);
    const used = new Set(cases.map((c) => c.lang));
    assert.deepEqual([...used].filter((l) => !uiLanguages.includes(l)), [], 'languages that are not UI languages');
    assert.deepEqual(uiLanguages.filter((l) => !used.has(l)), [], 'UI languages with no query');
  });

  it('expects only results the demo source has', () => {
    const keys = demoKeys();
    assert.ok(keys.has('entry:tafel') && keys.has('page:muell') && keys.has('event:sommerfest'));
    const unknown = cases.flatMap((c) => c.expect.map(expectationKey).filter((k) => !keys.has(k)).map((k) => `${c.query} → ${k}`));
    assert.deepEqual(unknown, []);
  });
});
