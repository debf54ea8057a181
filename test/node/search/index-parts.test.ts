/**
 * Building an index in shares (one per worker) and merging them gives the index a single build
 * makes, byte for byte: on the synthetic pack (random words in four scripts, every field kind)
 * and on edge cases (empty shares, one share, a term in every share).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSource } from '../../../scripts/bench/synthetic-source.mjs';
import { buildPack } from '../../../src/node/build/build-pack.js';
import { extractDocuments, type SearchDoc } from '../../../src/reader/search/documents.js';
import { mergeParts, shardOf } from '../../../src/reader/search/index-parts.js';
import { SearchIndex } from '../../../src/reader/search/search-index.js';
import { stemmersOf } from '../../../src/reader/search/stemmer.js';
import type { PackBase, PackText } from '../../../src/pack/types.js';

async function syntheticDocs(entries: number, langs: string[]): Promise<SearchDoc[]> {
  const pack = buildPack(makeSource({ entries }), { date: '2026-06-01', revision: 1 });
  const files = new Map(pack.files.map((f) => [f.path, f.bytes]));
  const json = <T>(path: string): T => JSON.parse(new TextDecoder().decode(files.get(path) as Uint8Array)) as T;
  const manifest = json<{ base: { file: string }; languages: { code: string; file: string }[] }>('manifest.json');
  const texts = langs.map((code) => json<PackText>(manifest.languages.find((l) => l.code === code)!.file));
  return extractDocuments(json<PackBase>(manifest.base.file), texts);
}

function sharded(docs: readonly SearchDoc[], count: number, stemmers: Awaited<ReturnType<typeof stemmersOf>>): SearchIndex {
  const sizes = docs.map((d) => d.fields.reduce((n, f) => n + f.text.length, 0));
  const parts = Array.from({ length: count }, (_, i) => {
    const [from, to] = shardOf(sizes, i, count);
    return SearchIndex.build(docs.slice(from, to), stemmers).toParts();
  });
  return SearchIndex.fromParts(mergeParts(parts));
}

describe('an index built in shares', () => {
  it('is the single build, byte for byte, for 1 to 4 shares of the synthetic pack', async () => {
    const docs = await syntheticDocs(300, ['ar', 'de', 'ru']);
    const stemmers = await stemmersOf(['ar', 'de', 'ru']);
    const whole = SearchIndex.build(docs, stemmers).serialize();
    for (const count of [1, 2, 3, 4]) assert.equal(sharded(docs, count, stemmers).serialize(), whole, `${count} shares`);
  });

  it('finds the same documents for a word in every share, with their scores', () => {
    const docs: SearchDoc[] = ['e:a', 'e:b', 'e:c', 'e:d', 'e:e'].map((key, i) => ({
      key: key as SearchDoc['key'],
      fields: [{ field: 'name', lang: 'de', text: `Beratung Haus${i} ${'Beratung '.repeat(i)}` }],
    }));
    const index = sharded(docs, 3, new Map());
    assert.equal(index.serialize(), SearchIndex.build(docs).serialize());
    const t = index.find('beratung');
    assert.ok(t >= 0);
    assert.equal(index.docFrequency(t), 5);
  });

  it('cuts shares by the amount of text, never leaving a document out or in twice', () => {
    const sizes = [100, 1, 1, 1, 100, 1, 1, 100];
    const cuts = [0, 1, 2].map((i) => shardOf(sizes, i, 3));
    assert.deepEqual(cuts[0]![0], 0);
    assert.deepEqual(cuts[2]![1], sizes.length);
    for (let i = 1; i < 3; i++) assert.equal(cuts[i]![0], cuts[i - 1]![1]);
    // More shares than documents: some are empty, and the merge still gives the whole.
    assert.deepEqual(shardOf([5], 1, 3), [1, 1]);
    const docs: SearchDoc[] = [{ key: 'e:x' as SearchDoc['key'], fields: [{ field: 'name', lang: 'de', text: 'Tafel' }] }];
    assert.equal(sharded(docs, 3, new Map()).serialize(), SearchIndex.build(docs).serialize());
  });
});
