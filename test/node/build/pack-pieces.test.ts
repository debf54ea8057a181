import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { buildPack, canonicalJson } from '../../../src/node/build/build-pack.js';
import { loadSource } from '../../../src/node/source/source.js';
import { makeSource } from '../../../scripts/bench/synthetic-source.mjs';
import type { SourceContent, SourceEntry } from '../../../src/pack/types.js';

const DATE = '2026-12-01';
const demo = async () => (await loadSource(join(import.meta.dirname, '../../../demo/content'))).content;
const synthetic = () => {
  const s = makeSource({ entries: 300, languages: ['de', 'en', 'ar', 'uk'], pages: 30, events: 10 }) as SourceContent;
  for (const e of s.entries) e.categories = [...new Set(e.categories)];
  return s;
};

const bytesOf = (s: SourceContent, sameObjectsUnchanged: boolean) => buildPack(s, { date: DATE, revision: 7, sameObjectsUnchanged }).files.map((f) => [f.path, f.bytes.toString('utf8')]);

for (const [name, load] of [['the demo source', demo], ['a synthetic source', async () => synthetic()]] as const) {
  describe(`pack files put together from pieces: ${name}`, () => {
    it('are exactly the canonical JSON of the base and of each language', async () => {
      const pack = buildPack(await load(), { date: DATE });
      assert.equal(pack.files[0]!.bytes.toString('utf8'), canonicalJson(pack.base));
      pack.texts.forEach((t, i) => assert.equal(pack.files[i + 1]!.bytes.toString('utf8'), canonicalJson(t), t.lang));
    });

    it('built again with remembered pieces after entries changed, added and removed, are byte for byte a build from scratch', async () => {
      const source = await load();
      bytesOf(source, true);
      const entries = [...source.entries];
      const edited: SourceEntry = { ...entries[0]!, name: { ...entries[0]!.name, de: 'Ganz neu' }, openingHours: 'Mo-Su 07:00-21:00' };
      entries[0] = edited;
      const removed = entries.splice(1, 1)[0]!;
      entries.push({ ...structuredClone(removed), id: '0-neu-am-anfang', summary: { en: 'only in English' } });
      const next: SourceContent = { ...source, entries };
      assert.deepEqual(bytesOf(next, true), bytesOf(structuredClone(next), false));
      // And back: the old pieces of unchanged entries, the new ones of the changed.
      assert.deepEqual(bytesOf(source, true), bytesOf(structuredClone(source), false));
    });
  });
}
