/**
 * `npm run bench:search` with its flags, on a tiny source in a temporary folder: the quality
 * figures as the one JSON line at the end, and `--strip-keywords` really rebuilding the pack
 * without keywords and synonyms (a query that only a keyword answers stops finding its entry).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { fixture } from '../support.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let source: string;
let queries: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kompass-bench-flags-'));
  source = join(dir, 'source');
  await cp(fixture('source-small'), source, { recursive: true });
  // Words only this town's keywords and synonyms know: the built-in lexicon has "Ummeldung" and
  // "Einwanderungsbehörde" too, so those would still be found without the town's own words.
  const swap = async (file: string, from: string, to: string) => writeFile(join(source, file), (await readFile(join(source, file), 'utf8')).replace(from, to));
  await swap('entries/buergerbuero.yaml', 'Ummeldung', 'Zwiebelturm');
  await swap('synonyms.yaml', 'Einwanderungsbehörde', 'Pfefferminzia');
  queries = join(dir, 'queries.json');
  const cases = [
    { query: 'Bürgerbüro', lang: 'de', expect: ['buergerbuero'], kind: 'name' },
    { query: 'Zwiebelturm', lang: 'de', expect: ['buergerbuero'], kind: 'keyword' },
    { query: 'Pfefferminzia', lang: 'de', expect: ['auslaenderbehoerde'], kind: 'synonym' },
    { query: 'Immigration Office', lang: 'en', expect: ['auslaenderbehoerde'], kind: 'name' },
    { query: 'الخطوات الأولى', lang: 'ar', expect: ['guide:ankommen'], kind: 'guide' },
  ];
  await writeFile(queries, JSON.stringify({ cases }));
});
after(() => rm(dir, { recursive: true, force: true }));

interface Figures {
  cases: number;
  recallAt5: number;
  mrr: number;
}
interface Summary extends Figures {
  stripKeywords: boolean;
  byLanguage: Record<string, Figures>;
  byKind: Record<string, Figures>;
  misses: { query: string; lang: string; expect: string[]; top: string[] }[];
}

function bench(...args: string[]): { status: number | null; out: string; err: string; summary?: Summary } {
  const r = spawnSync('node', ['scripts/bench/search.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: root } });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  return { status: r.status, out: r.stdout, err: r.stderr, summary: last.startsWith('{') ? (JSON.parse(last) as Summary) : undefined };
}

const inRange = (f: Figures) => f.recallAt5 >= 0 && f.recallAt5 <= 1 && f.mrr >= 0 && f.mrr <= 1;

describe('bench:search flags', () => {
  it('measures a query set over a source folder and ends with one JSON line of figures', () => {
    const r = bench('--quality-only', '--queries', queries, '--source', source);
    assert.equal(r.status, 0, r.err);
    const s = r.summary!;
    assert.ok(s, `no JSON line at the end:\n${r.out}`);
    assert.equal(s.cases, 5);
    assert.ok(inRange(s), JSON.stringify(s));
    assert.deepEqual(Object.keys(s.byLanguage).sort(), ['ar', 'de', 'en']);
    assert.deepEqual(Object.keys(s.byKind).sort(), ['guide', 'keyword', 'name', 'synonym']);
    for (const f of [...Object.values(s.byLanguage), ...Object.values(s.byKind)]) assert.ok(inRange(f), JSON.stringify(f));
    // With its keywords and synonyms, the tiny source answers every query, the guide too.
    assert.equal(s.recallAt5, 1, JSON.stringify(s.misses));
    assert.match(r.out, /reader language ar/);
    assert.doesNotMatch(r.out, /Kompass search performance/, '--quality-only skips the performance part');
  });

  it('--strip-keywords rebuilds without keywords and synonyms: words found only there stop matching', () => {
    const r = bench('--quality-only', '--queries', queries, '--source', source, '--strip-keywords');
    assert.equal(r.status, 0, r.err);
    const s = r.summary!;
    assert.equal(s.stripKeywords, true);
    assert.equal(s.byKind.keyword!.recallAt5, 0, 'Zwiebelturm is only a keyword of the Bürgerbüro');
    assert.equal(s.byKind.synonym!.recallAt5, 0, 'Pfefferminzia is only in synonyms.yaml');
    assert.equal(s.byKind.name!.recallAt5, 1, 'names are still found');
    assert.deepEqual(
      s.misses.map((m) => m.query).sort(),
      ['Pfefferminzia', 'Zwiebelturm'],
    );
    assert.match(r.out, /miss \[de\] "Zwiebelturm" → expected buergerbuero/);
  });

  it('exits 1 under --target, and refuses --strip-keywords with a built pack', () => {
    const under = bench('--quality-only', '--queries', queries, '--source', source, '--strip-keywords', '--target', '0.9');
    assert.equal(under.status, 1);
    assert.match(under.out, /recall@5 target 0\.9: FAIL/);
    const refused = bench('--quality-only', '--queries', queries, '--pack', join(dir, 'pack'), '--strip-keywords');
    assert.equal(refused.status, 2);
    assert.match(refused.err, /--strip-keywords .*does not work with --pack/);
    assert.equal(refused.summary, undefined);
  });
});
