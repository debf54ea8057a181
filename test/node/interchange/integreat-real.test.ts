/**
 * The Integreat import against the Integreat CMS's own API test outputs (the Augsburg test
 * region, ../shared/fixtures/integreat-cms-api): the whole page tree in every language,
 * placeholders and fallbacks left missing, clean Markdown, events with their rule, and a
 * second import that changes nothing.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { textOf } from '../../../src/authoring/translation.js';
import { importIntegreat, type IntegreatImportResult } from '../../../src/node/interchange/integreat.js';
import { buildPack } from '../../../src/node/build/build-pack.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import type { SourceContent } from '../../../src/pack/types.js';
import { fixture, sharedFixture } from '../support.js';

const API = sharedFixture('integreat-cms-api');
let dir: string;
let first: IntegreatImportResult;
let content: SourceContent;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kompass-augsburg-'));
  await cp(fixture('source-small'), dir, { recursive: true }); // de, en, ar
  first = await importIntegreat(API, dir);
  content = (await loadAndValidate(dir)).source.content;
});
after(() => rm(dir, { recursive: true, force: true }));

const texts = (c: SourceContent): string[] =>
  [...(c.pages ?? []).flatMap((p) => [...Object.values(p.title), ...Object.values(p.text ?? {})]), ...(c.events ?? []).flatMap((e) => [...Object.values(e.title), ...Object.values(e.description ?? {})]), ...c.entries.flatMap((e) => Object.values(e.description ?? {}))].map((t) => textOf(t) ?? '');

describe('Integreat import of the CMS\'s own API test outputs', () => {
  it('writes and reports every German page, event and location, with nothing rejected', () => {
    assert.deepEqual(first.fileErrors, []);
    assert.deepEqual(first.rejected, []);
    assert.deepEqual(first.fatal, []);
    assert.equal(first.pages, 21, 'all 21 German pages');
    assert.equal(content.pages!.length, 21);
    assert.equal(first.events, 3, 'a recurring event (6 listed dates), a one-off and a long-running one');
    assert.equal(first.added.filter((k) => k.startsWith('page:')).length, 21);
    assert.ok(first.notes.some((n) => /Pages in ar: 13 translated, 1 placeholder/.test(n)), first.notes.join('\n'));
    // Per language, what came in and what has a text in it now: the Arabic events file serves the German events.
    assert.ok(first.notes.includes('ar: read 1 location, 14 pages, 8 event records; imported with a text in ar: 1 entry, 13 pages, 0 events.'), first.notes.join('\n'));
    assert.ok(first.notes.includes('en: read 1 location, 0 pages, 8 event records; imported with a text in en: 1 entry, 0 pages, 1 event.'), first.notes.join('\n'));
  });

  it('keeps the tree: a page three levels deep, in German and Arabic', () => {
    const byId = new Map(content.pages!.map((p) => [p.id, p]));
    const page = byId.get('auslaenderbehoerde')!;
    const chain = [page.id];
    for (let p = page; p.parent; p = byId.get(p.parent)!) chain.push(p.parent);
    assert.deepEqual(chain, ['auslaenderbehoerde', 'behoerden', 'behoerden-und-beratung']);
    assert.equal(textOf(page.title.de), 'Ausländerbehörde');
    assert.equal(textOf(page.title.ar), 'دائرة شؤون الأجانب');
    assert.match(textOf(page.text!.ar)!, /^تعتبر \*\*Ausländerbehörde \(مصلحة شؤون الأجانب\)\*\* هي/, 'the German word in bold inside the Arabic text');
    const children = content.pages!.filter((p) => p.parent === 'willkommen').sort((a, b) => a.order! - b.order!).map((p) => p.id);
    assert.deepEqual(children, ['wissenswertes-uber-augsburg', 'uber-die-app-integreat-augsburg', 'willkommen-in-augsburg', 'stadtplan', 'kontakt-zu-app-team-augsburg']);
  });

  it('maps the CMS\'s category icons to Kompass\'s icons', () => {
    const imported = content.categories.filter((c) => ['beratungsstelle', 'behoerde-amt', 'gastronomie'].includes(c.id));
    assert.deepEqual(Object.fromEntries(imported.map((c) => [c.id, c.icon])), { 'behoerde-amt': 'building' }, 'the one category of the German locations file');
  });

  it('leaves Integreat\'s placeholder and fallback texts missing instead of calling them translations', () => {
    const alltag = content.pages!.find((p) => p.id === 'alltag')!;
    assert.equal(alltag.title.ar, undefined);
    assert.equal(alltag.text?.ar, undefined);
    assert.ok(!texts(content).some((t) => /does not exist in the selected language/.test(t)));
    // The Arabic events file serves the German events (id: null): no Arabic event texts.
    assert.ok(content.events!.every((e) => e.title.ar === undefined));
  });

  it('writes Markdown without stray markers or empty items, and bare www. links as https', () => {
    for (const t of texts(content)) {
      // Between each pair of ** the bold text starts and ends with a character, never a space.
      const bold = t.split('**').filter((_, i) => i % 2 === 1);
      assert.ok(t.split('**').length % 2 === 1, `an unpaired ** in ${JSON.stringify(t.slice(0, 120))}`);
      for (const b of bold) assert.doesNotMatch(b, /^\s|\s$/, `stray ** around ${JSON.stringify(b)}`);
      assert.doesNotMatch(t, /^\s*[-*]\s*$/m, `empty list item in ${JSON.stringify(t.slice(0, 120))}`);
      assert.doesNotMatch(t, /\]\(http:/, 'no http: links');
    }
  });

  it('imports the weekly rule of a recurring event, not its listed dates', () => {
    const ev = content.events!.find((e) => e.id === 'test-veranstaltung-mit-neuem-titel')!;
    assert.deepEqual(ev.time, { repeat: { every: 'week', on: ['Tu', 'Th'], interval: 2 }, from: '2030-01-01', until: '2031-01-01', start: '13:00', end: '15:00' });
    assert.equal(textOf(ev.title.en), 'Test-Event');
    const long = content.events!.find((e) => e.id === 'dauerveranstaltung')!;
    assert.ok(first.notes.some((n) => /Dauerveranstaltung.*2030-01-01 to 2030-12-31/.test(n)), 'a multi-day event is reported, not silently shortened');
    assert.deepEqual(long.time.dates, ['2030-01-01']);
  });

  it('validates and builds (the 2030 events fall into the window of a build in 2030)', async () => {
    const { problems } = await loadAndValidate(dir);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const pack = buildPack(content, { date: '2029-12-01' });
    assert.equal(pack.base.pages!.length, 21);
    assert.equal(pack.base.events!.find((e) => e.id === 'test-veranstaltung-mit-neuem-titel')!.occurrences[0]![0], '2030-01-01T13:00+01:00');
  });

  it('changes nothing when the same files are imported again', async () => {
    const again = await importIntegreat(API, dir);
    assert.deepEqual(again.added, []);
    assert.deepEqual(again.changed, []);
    assert.deepEqual(again.written, []);
  });
});
