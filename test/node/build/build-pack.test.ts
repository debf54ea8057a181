import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildFromSource, buildPack, canonicalJson, endonymOf, nextRevision } from '../../../src/node/build/build-pack.js';
import { createHash } from 'node:crypto';

import { schemaIssues } from '../../../src/authoring/schema.js';
import { loadSource } from '../../../src/node/source/source.js';
import type { PackManifest, SourceContent } from '../../../src/pack/types.js';
import { fixture } from '../support.js';

/** Node's own SHA-256, independent of the pack's implementation under test. */
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const DATE = '2026-12-01';

let tmp: string;
let content: SourceContent;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kompass-pack-'));
  content = (await loadSource(fixture('source-small'))).content;
});
after(() => rm(tmp, { recursive: true, force: true }));

async function readDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir, { recursive: true })).map(String).sort()) {
    if (f.endsWith('.json')) out[f] = await readFile(join(dir, f), 'utf8');
  }
  return out;
}

describe('buildPack', () => {
  it('produces files that match the pack schemas', () => {
    const pack = buildPack(content, { date: DATE });
    assert.deepEqual(schemaIssues('pack-manifest', pack.manifest), []);
    assert.deepEqual(schemaIssues('pack-base', pack.base), []);
    for (const text of pack.texts) assert.deepEqual(schemaIssues('pack-text', text), [], text.lang);
  });

  it('names files by the first 16 hex digits of their SHA-256 and records hash and size', () => {
    const pack = buildPack(content, { date: DATE });
    for (const f of pack.files.filter((f) => f.path !== 'manifest.json')) {
      assert.ok(f.path.includes(`.${sha256(f.bytes).slice(0, 16)}.json`), f.path);
    }
    const base = pack.files.find((f) => f.path.startsWith('base.'))!;
    assert.deepEqual(pack.manifest.base, { file: base.path, sha256: sha256(base.bytes), bytes: base.bytes.length });
    assert.equal(pack.files.at(-1)!.path, 'manifest.json');
  });

  it('describes each language with endonym, direction and completeness', () => {
    const { languages, published, municipality } = buildPack(content, { date: DATE }).manifest;
    assert.deepEqual(
      languages.map((l) => [l.code, l.endonym, l.dir]),
      [['de', 'Deutsch', 'ltr'], ['en', 'English', 'ltr'], ['ar', 'العربية', 'rtl']],
    );
    assert.equal(languages[0]!.completeness, 1);
    assert.ok(languages[2]!.completeness > 0 && languages[2]!.completeness < languages[1]!.completeness);
    assert.equal(published, '2026-12-01T00:00:00Z');
    assert.deepEqual(municipality.name, { de: 'Musterstadt', en: 'Musterstadt', ar: 'موسترشتات' });
  });

  it('puts only the texts present in a language into its file', () => {
    const ar = buildPack(content, { date: DATE }).texts.find((t) => t.lang === 'ar')!;
    assert.equal(ar.entries.migrationsberatung?.name, 'استشارة الهجرة للبالغين');
    assert.equal(ar.entries.migrationsberatung?.summary, undefined);
    assert.equal(ar.entries.buergerbuero?.description, undefined);
    assert.deepEqual(ar.entries.buergerbuero?.phoneLabels, ['المقسم']);
    assert.equal(ar.guides.ankommen?.steps?.anmelden?.documents, undefined, 'an incomplete document list falls back as a whole');
  });

  it('compiles descriptions, keywords, hours and synonyms', () => {
    const pack = buildPack(content, { date: DATE });
    const de = pack.texts[0]!;
    assert.deepEqual(de.entries.buergerbuero?.description?.[0], { t: 'h', level: 2, c: ['Was Sie mitbringen'] });
    assert.deepEqual(de.entries.buergerbuero?.keywords, ['Anmeldung', 'Ummeldung', 'Meldebescheinigung']);
    const auslaender = pack.base.entries.find((e) => e.id === 'auslaenderbehoerde')!;
    assert.equal(auslaender.hours, undefined); // written once, in the shared table
    const hours = pack.base.hoursTable![auslaender.hoursRef!];
    assert.deepEqual(hours?.week[3], [[780, 1080, 0]]);
    assert.deepEqual(hours?.comments, ['nur mit Termin']);
    assert.equal(new Set(pack.base.entries.map((e) => e.hoursRef)).size, pack.base.hoursTable!.length); // each compiled once
    assert.deepEqual(pack.base.hoursWindow, { from: DATE, until: '2028-05-31' });
    assert.deepEqual(pack.base.synonyms[0], ['ausländerbehörde', 'einwanderungsbehörde', 'immigration office', 'foreigners office']);
    assert.equal('extra' in (pack.base.entries[0]!.address ?? {}), false);
  });

  it('is deterministic: same source and date give the same bytes', () => {
    const a = buildPack(content, { date: DATE });
    const b = buildPack(structuredClone(content), { date: DATE });
    assert.deepEqual(a.files.map((f) => [f.path, f.bytes.toString('hex')]), b.files.map((f) => [f.path, f.bytes.toString('hex')]));
    assert.equal(canonicalJson({ b: 1, a: { d: 2, c: [3] } }), '{"a":{"c":[3],"d":2},"b":1}');
  });

  it('uses endonyms with overrides', () => {
    assert.equal(endonymOf('de-x-simple'), 'Einfache Sprache');
    assert.equal(endonymOf('prs'), 'دری');
    assert.equal(endonymOf('ku'), 'Kurdî');
    assert.equal(endonymOf('ti'), 'ትግርኛ');
    assert.equal(endonymOf('fr'), 'Français');
  });
});

describe('revisions', () => {
  const draft = (base: string, ar: string) =>
    ({ base: { file: 'b', sha256: base, bytes: 1 }, languages: [{ code: 'ar', sha256: ar, file: 't', bytes: 1, endonym: 'x', dir: 'rtl', completeness: 1 }] }) as Pick<PackManifest, 'base' | 'languages'>;

  it('starts at 1, keeps the revision when nothing changed, else adds one; --revision wins', () => {
    assert.equal(nextRevision(draft('a', 'b'), null), 1);
    const prev = { ...draft('a', 'b'), revision: 7 } as PackManifest;
    assert.equal(nextRevision(draft('a', 'b'), prev), 7);
    assert.equal(nextRevision(draft('a', 'c'), prev), 8);
    assert.equal(nextRevision(draft('x', 'b'), prev), 8);
    assert.equal(nextRevision(draft('x', 'b'), prev, 42), 42);
  });

  it('writes twice into the same folder: identical bytes, same revision; another date bumps it', async () => {
    const out = join(tmp, 'twice');
    const first = await buildFromSource(fixture('source-small'), out, { date: DATE });
    const firstFiles = await readDir(out);
    const second = await buildFromSource(fixture('source-small'), out, { date: DATE });
    assert.deepEqual(await readDir(out), firstFiles);
    assert.equal(first.pack?.manifest.revision, 1);
    assert.equal(second.pack?.manifest.revision, 1);
    assert.equal(second.changed, false);
    const third = await buildFromSource(fixture('source-small'), out, { date: '2026-12-02' });
    assert.equal(third.pack?.manifest.revision, 2);
    assert.equal(third.changed, true);
    const files = Object.keys(await readDir(out));
    assert.ok(files.includes('manifest.json'));
    assert.ok(!files.some((f) => f.startsWith('.tmp-')), 'no temporary folder left behind');
    assert.equal(files.filter((f) => f.startsWith('base.')).length, 2, 'the previous base stays for readers of revision 1');
    const forced = await buildFromSource(fixture('source-small'), out, { date: '2026-12-02', revision: 10 });
    assert.equal(forced.pack?.manifest.revision, 10);
  });

  it('refuses to build a source with errors and writes nothing', async () => {
    const out = join(tmp, 'broken');
    const result = await buildFromSource(fixture('source-broken'), out, { date: DATE });
    assert.equal(result.pack, undefined);
    assert.ok(result.problems.some((p) => p.severity === 'error'));
    await assert.rejects(readdir(out));
  });
});
