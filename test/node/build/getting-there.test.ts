import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildPack } from '../../../src/node/build/build-pack.js';
import { schemaIssues } from '../../../src/authoring/schema.js';
import { formatProblem } from '../../../src/authoring/problems.js';
import { textOf, translationState } from '../../../src/authoring/translation.js';
import { entriesToCsvTable, exportEntriesCsv } from '../../../src/authoring/import/csv-entries.js';
import { importEntriesCsv } from '../../../src/node/interchange/csv-file.js';
import { exportXliff, importXliff } from '../../../src/node/interchange/xliff.js';
import { loadSource } from '../../../src/node/source/source.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { fixture } from '../support.js';

/** The small source with a getting-there text on the Bürgerbüro: German and English, and one in a language the town does not have. */
const GETTING_THERE = `  gettingThere:
    de: Bus 12 bis „Rathaus“, Eingang Hofseite
    en: Bus 12 to “Rathaus”, entrance in the courtyard
    fr: Bus 12 jusqu'à « Rathaus »
`;

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kompass-getting-there-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

async function source(): Promise<string> {
  const dir = join(tmp, Math.random().toString(36).slice(2));
  await cp(fixture('source-small'), dir, { recursive: true });
  const file = join(dir, 'entries', 'buergerbuero.yaml');
  const yaml = await readFile(file, 'utf8');
  await writeFile(file, yaml.replace(/^(address:\n(?: {2}(?!lat:).*\n)*)/m, `$1${GETTING_THERE}`));
  return dir;
}

describe('address.gettingThere', () => {
  it('is checked like every text, with the problem at its line: unknown language, missing translation', async () => {
    const { problems } = await loadAndValidate(await source());
    const lines = problems.filter((p) => p.path.startsWith('address.gettingThere')).map(formatProblem);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[0]!, /^entries\/buergerbuero\.yaml:35:5 {2}buergerbuero {2}address\.gettingThere {2}warning: Missing translation: ar;/);
    assert.match(lines[1]!, /^entries\/buergerbuero\.yaml:37:5 {2}buergerbuero {2}address\.gettingThere\.fr {2}warning: "fr" is not one of the municipality's languages/);
  });

  it('is rejected when it is not a map of texts', async () => {
    const dir = await source();
    const file = join(dir, 'entries', 'buergerbuero.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/ {2}gettingThere:\n(?: {4}.*\n)+/, '  gettingThere: Bus 12\n'));
    const { problems } = await loadAndValidate(dir);
    const p = problems.find((x) => x.path === 'address.gettingThere')!;
    assert.equal(p.severity, 'error');
    assert.match(formatProblem(p), /^entries\/buergerbuero\.yaml:34:17 /);
  });

  it('goes into each language\'s text file, not into the base; a language without it has none (the reader falls back)', async () => {
    const { content } = await loadSource(await source());
    const pack = buildPack(content, { date: '2026-12-01' });
    const text = (lang: string) => pack.texts.find((t) => t.lang === lang)!.entries.buergerbuero!;
    assert.equal(text('de').gettingThere, 'Bus 12 bis „Rathaus“, Eingang Hofseite');
    assert.equal(text('en').gettingThere, 'Bus 12 to “Rathaus”, entrance in the courtyard');
    assert.equal(text('ar').gettingThere, undefined);
    assert.equal('gettingThere' in (pack.base.entries.find((e) => e.id === 'buergerbuero')!.address ?? {}), false);
    for (const t of pack.texts) assert.deepEqual(schemaIssues('pack-text', t), [], t.lang);
    const ar = pack.manifest.languages.find((l) => l.code === 'ar')!;
    const arBefore = buildPack((await loadSource(fixture('source-small'))).content, { date: '2026-12-01' }).manifest.languages.find((l) => l.code === 'ar')!;
    assert.ok(ar.completeness < arBefore.completeness, 'the untranslated text counts against completeness');
  });

  it('travels through XLIFF: exported where missing, imported as a translation of the current text', async () => {
    const dir = await source();
    const doc = exportXliff((await loadSource(dir)).content, { only: 'ar' })[0]!;
    assert.match(doc.xml, /<unit id="entry:buergerbuero:address\.gettingThere"[\s\S]*?<source xml:space="preserve">Bus 12 bis „Rathaus“, Eingang Hofseite<\/source>/);
    const translated = doc.xml.replace(
      /(<unit id="entry:buergerbuero:address\.gettingThere"[\s\S]*?<\/source>)/,
      '$1<target xml:space="preserve">الحافلة 12 حتى „Rathaus“</target>',
    );
    const r = await importXliff(translated, dir, { partial: true });
    assert.deepEqual(r.fileErrors, []);
    const entry = (await loadSource(dir)).content.entries.find((e) => e.id === 'buergerbuero')!;
    assert.equal(textOf(entry.address!.gettingThere!.ar), 'الحافلة 12 حتى „Rathaus“');
    assert.equal(translationState(entry.address!.gettingThere!, 'ar', 'de'), 'done');
  });

  it('has a column per language in the entries CSV, and importing it back changes nothing', async () => {
    const dir = await source();
    const content = (await loadSource(dir)).content;
    const { header, rows } = entriesToCsvTable(content);
    const col = header.indexOf('gettingThere@de');
    assert.ok(col > header.indexOf('addressExtra@ar') && col < header.indexOf('lat'), header.join(','));
    assert.equal(rows[content.entries.findIndex((e) => e.id === 'buergerbuero')]![header.indexOf('gettingThere@en')], 'Bus 12 to “Rathaus”, entrance in the courtyard');
    const csv = exportEntriesCsv(content).replace('Bus 12 to “Rathaus”, entrance in the courtyard', 'Bus 12 to Rathaus');
    const r = await importEntriesCsv(csv, dir);
    assert.deepEqual(r.rejected, []);
    const entry = (await loadSource(dir)).content.entries.find((e) => e.id === 'buergerbuero')!;
    assert.equal(textOf(entry.address!.gettingThere!.en), 'Bus 12 to Rathaus');
    assert.equal(textOf(entry.address!.gettingThere!.de), 'Bus 12 bis „Rathaus“, Eingang Hofseite');
  });
});
