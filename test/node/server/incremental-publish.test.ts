import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildPack, resolveBuildDate, writePack } from '../../../src/node/build/build-pack.js';
import { ContentStore } from '../../../src/node/publish/publish-store.js';
import { applyChanges, type SourceChange } from '../../../src/authoring/change-set.js';
import { loadSource } from '../../../src/node/source/source.js';
import { makeSource } from '../../../scripts/bench/synthetic-source.mjs';
import type { SourceContent, SourceEntry } from '../../../src/pack/types.js';

let tmp: string;
before(async () => (tmp = await mkdtemp(join(tmpdir(), 'kompass-incremental-'))));
after(() => rm(tmp, { recursive: true, force: true }));

/** Every file of a folder, by path, as bytes (base64, so a difference shows where). */
async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile())) {
    const path = join(f.parentPath, f.name);
    out[path.slice(dir.length + 1)] = (await readFile(path)).toString('base64');
  }
  return out;
}

const demo = async () => (await loadSource(join(import.meta.dirname, '../../../demo/content'))).content;
const synthetic = async () => {
  const s = makeSource({ entries: 400, languages: ['de', 'en', 'ar', 'fa'], pages: 20, events: 8 }) as SourceContent;
  for (const e of s.entries) e.categories = [...new Set(e.categories)];
  return s;
};

/** One entry's German name changed (its translations become outdated), one entry added, one nothing refers to removed. */
function changesOf(source: SourceContent): SourceChange[] {
  const [first, second] = source.entries as [SourceEntry, SourceEntry];
  const refs = JSON.stringify([source.guides, source.events, source.pages, source.notices]);
  const gone = source.entries.slice(2).find((e) => !refs.includes(`"${e.id}"`))!;
  const edited = { ...structuredClone(first), name: { ...first.name, de: `${String(first.name.de)} (neu)` } };
  const added = { ...structuredClone(second), id: 'neu-eingetragen', summary: { de: 'Ganz neu hier.' } };
  return [
    { kind: 'entry', id: edited.id, item: edited as unknown as Record<string, unknown> },
    { kind: 'entry', id: added.id, item: added as unknown as Record<string, unknown> },
    { kind: 'entry', id: gone.id, item: null },
  ];
}

for (const [name, load] of [['the demo source', demo], ['a synthetic source', synthetic]] as const) {
  describe(`publishing a change set, on ${name}`, () => {
    it('gives byte for byte the pack and source of publishing the whole changed source, and of a build from scratch', async () => {
      const source = await load();
      const viaChanges = new ContentStore(join(tmp, `${name}-changes`));
      const whole = new ContentStore(join(tmp, `${name}-whole`));
      for (const store of [viaChanges, whole]) {
        await store.init();
        await store.publish({ source: structuredClone(source), by: 'test' });
      }
      const changes = changesOf(source);
      // Prepared first, as the server does: the pieces of the kept revision are reused.
      await viaChanges.prepare();
      const a = await viaChanges.publishChanges({ changes: structuredClone(changes), by: 'test', expected: 1 });
      const b = await whole.publish({ source: applyChanges(structuredClone(source), structuredClone(changes)), by: 'test', expected: 1 });
      assert.equal(a.revision, 2);
      assert.ok(a.outdated.length > 0, 'the edited name outdates its translations');
      assert.deepEqual(a.outdated, b.outdated);
      assert.deepEqual(await files(viaChanges.packDir(2)), await files(whole.packDir(2)));
      const sourceJson = await readFile(join(viaChanges.revisionDir(2), 'source.json'), 'utf8');
      assert.equal(sourceJson, await readFile(join(whole.revisionDir(2), 'source.json'), 'utf8'));
      assert.equal(await viaChanges.sourceJson(2), JSON.stringify(await viaChanges.source(2)));

      const scratch = join(tmp, `${name}-scratch`);
      await writePack(buildPack(JSON.parse(sourceJson) as SourceContent, { date: resolveBuildDate(), revision: 2 }), scratch);
      assert.deepEqual(await files(viaChanges.packDir(2)), await files(scratch));
    });
  });
}
