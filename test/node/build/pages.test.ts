/**
 * Information pages from a source folder to the pack: the tree in order, texts per language,
 * located problems (unknown parent, cycles, broken links), and a source folder that keeps its
 * pages, events and notices when a tool rewrites it (planSource).
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { schemaIssues } from '../../../src/authoring/schema.js';
import { loadPlan, planSource } from '../../../src/authoring/source-plan.js';
import { translationStatus } from '../../../src/authoring/translation.js';
import { buildPack } from '../../../src/node/build/build-pack.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { fixture } from '../support.js';

const DATE = '2026-12-01';
let dir: string;
const page = (id: string, yaml: string) => writeFile(join(dir, `pages/${id}.yaml`), `id: ${id}\n${yaml}`);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kompass-pages-'));
  await cp(fixture('source-small'), dir, { recursive: true });
  await mkdir(join(dir, 'pages'));
  await page('ankommen', 'order: 1\nicon: info\ntitle: { de: Ankommen, ar: الوصول }\ntext: { de: "Die ersten Schritte in **Musterstadt**." }\n');
  await page('wohnen', 'parent: ankommen\norder: 2\ntitle: { de: Wohnen, en: Housing }\nentries: [buergerbuero]\n');
  await page('anmelden', 'parent: ankommen\norder: 1\ntitle: { de: Wohnsitz anmelden, en: Registering your address }\nguides: [ankommen]\npages: [wohnen]\nattachments:\n  - url: https://example.org/merkblatt.pdf\n    title: { de: Merkblatt (PDF), en: Leaflet (PDF) }\n');
  await page('wohnungssuche', 'parent: wohnen\ntitle: { de: Wohnungssuche }\n');
  await page('wohngeld', 'parent: wohnen\ntitle: { de: Wohngeld }\n');
  await page('arbeit', 'order: 2\ntitle: { de: Arbeit, en: Work }\n');
});
after(() => rm(dir, { recursive: true, force: true }));

describe('information pages', () => {
  it('build into a tree in order, with texts per language, matching the pack schemas', async () => {
    const { source, problems } = await loadAndValidate(dir);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const pack = buildPack(source.content, { date: DATE });
    assert.deepEqual(schemaIssues('pack-base', pack.base), []);
    for (const t of pack.texts) assert.deepEqual(schemaIssues('pack-text', t), [], t.lang);
    assert.deepEqual(pack.base.pages!.map((p) => `${p.parent ?? '-'}/${p.id}`), [
      '-/ankommen', 'ankommen/anmelden', 'ankommen/wohnen', 'wohnen/wohngeld', 'wohnen/wohnungssuche', '-/arbeit',
    ], 'parents first, siblings by order, then by German title');
    assert.deepEqual(pack.base.pages!.find((p) => p.id === 'anmelden'), { id: 'anmelden', parent: 'ankommen', guides: ['ankommen'], pages: ['wohnen'], attachments: [{ url: 'https://example.org/merkblatt.pdf' }] });
    const de = pack.texts.find((t) => t.lang === 'de')!;
    const en = pack.texts.find((t) => t.lang === 'en')!;
    const ar = pack.texts.find((t) => t.lang === 'ar')!;
    assert.deepEqual(de.pages!.ankommen!.text, [{ t: 'p', c: ['Die ersten Schritte in ', { t: 'strong', c: ['Musterstadt'] }, '.'] }]);
    assert.deepEqual(en.pages!.anmelden, { title: 'Registering your address', attachments: ['Leaflet (PDF)'] });
    assert.equal(ar.pages!.ankommen!.title, 'الوصول');
    assert.equal(ar.pages!.wohnen, undefined, 'no Arabic: the reader falls back');
  });

  it('report unknown parents, cycles and broken links with file, line, id and field', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'kompass-pages-bad-'));
    try {
      await cp(dir, bad, { recursive: true });
      await writeFile(join(bad, 'pages/a.yaml'), 'id: a\nparent: b\ntitle: { de: A }\n');
      await writeFile(join(bad, 'pages/b.yaml'), 'id: b\nparent: a\ntitle: { de: B }\n');
      await writeFile(join(bad, 'pages/c.yaml'), 'id: c\nparent: gibt-es-nicht\ntitle: { de: C }\nentries: [fehlt]\nguides: [fehlt]\npages: [fehlt]\n');
      const { problems } = await loadAndValidate(bad);
      const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.entryId} ${p.path}: ${p.message}`);
      const has = (re: RegExp) => assert.ok(errors.some((e) => re.test(e)), `expected ${re} in\n${errors.join('\n')}`);
      has(/^pages\/a\.yaml:2 a parent: The pages form a cycle \(a → b → a\)/);
      has(/^pages\/c\.yaml:2 c parent: The parent page "gibt-es-nicht" does not exist/);
      has(/^pages\/c\.yaml:4 c entries\[0\]: The entry "fehlt"/);
      has(/^pages\/c\.yaml:5 c guides\[0\]: The guide "fehlt" does not exist/);
      has(/^pages\/c\.yaml:6 c pages\[0\]: The page "fehlt" does not exist/);
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  });

  it('count in the translation status', async () => {
    const { source } = await loadAndValidate(dir);
    const withPages = translationStatus(source.content);
    const without = translationStatus({ ...source.content, pages: [] });
    assert.equal(withPages.texts - without.texts, 8, '6 titles, 1 text and 1 attachment title in the default language');
    assert.ok(withPages.items.some((i) => i.key === 'page:wohnen:title' && i.lang === 'ar' && i.state === 'missing'));
  });

  it('survive a tool rewriting the folder: pages, events and notices are planned, none listed as removed', async () => {
    await mkdir(join(dir, 'events'), { recursive: true });
    await writeFile(join(dir, 'events/cafe.yaml'), 'id: cafe\ntitle: { de: Café }\ntime: { dates: [2027-01-12], start: "15:00" }\n');
    await writeFile(join(dir, 'notices.yaml'), '- id: zu\n  text: { de: Geschlossen }\n  from: 2026-12-24\n  until: 2026-12-26\n');
    const { source } = await loadAndValidate(dir);
    const next = structuredClone(source.content);
    next.pages!.find((p) => p.id === 'wohnen')!.title.ar = 'السكن';
    const { files, removed } = planSource(next, source);
    assert.deepEqual(removed, []);
    const changed = files.filter((f) => f.changed).map((f) => f.path);
    assert.deepEqual(changed, ['pages/wohnen.yaml']);
    const again = loadPlan(files).content;
    assert.equal(again.pages!.length, 6);
    assert.equal(again.pages!.find((p) => p.id === 'wohnen')!.title.ar, 'السكن');
    assert.deepEqual(again.events!.map((e) => e.id), ['cafe']);
    assert.deepEqual(again.notices!.map((n) => n.id), ['zu']);
    // A new page from a tool lands in pages/<id>.yaml
    const fresh = planSource({ ...next, pages: [...next.pages!, { id: 'neu', title: { de: 'Neu' } }] }, source);
    assert.ok(fresh.files.some((f) => f.path === 'pages/neu.yaml' && f.changed));
  });
});
