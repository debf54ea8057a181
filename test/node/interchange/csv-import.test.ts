import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseCsv, sniffDelimiter, stringifyCsv } from '../../../src/authoring/import/csv.js';
import { importEntriesCsv, importEntriesCsvFile } from '../../../src/node/interchange/csv-file.js';
import { exportEntriesCsv } from '../../../src/authoring/import/csv-entries.js';
import { loadSource } from '../../../src/node/source/source.js';
import { translationState } from '../../../src/authoring/translation.js';
import type { TranslatedText } from '../../../src/pack/types.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { cli, fixture } from '../support.js';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { textOf } from '../../../src/authoring/translation.js';
import { reportLanguage } from '../../../src/authoring/import/messages.js';

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kompass-csv-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

async function copySource(name: string): Promise<string> {
  const dir = join(tmp, `${name}-${Math.random().toString(36).slice(2)}`);
  await cp(fixture('source-small'), dir, { recursive: true });
  return dir;
}

async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir, { recursive: true })).map(String).sort()) {
    if (f.endsWith('.yaml')) out[f] = await readFile(join(dir, f), 'utf8');
  }
  return out;
}

describe('CSV parsing', () => {
  it('reads BOM, ; and , separators, quotes, doubled quotes, CRLF and multi-line cells', () => {
    const p = parseCsv('\ufeffa;b;c\r\n1;"x; ""y""\r\nz";3\r\n\r\n;;\r\n4;5;6');
    assert.equal(p.delimiter, ';');
    assert.deepEqual(p.header, ['a', 'b', 'c']);
    assert.deepEqual(p.records.map((r) => r.cells), [['1', 'x; "y"\nz', '3'], ['4', '5', '6']]);
    assert.deepEqual(p.records.map((r) => [r.row, r.line]), [[2, 2], [3, 6]]);
    assert.equal(sniffDelimiter('id,name@de,"a;b"\n'), ',');
    assert.equal(sniffDelimiter('id\tname\n'), '\t');
  });

  it('reports an unclosed quote with its line', () => {
    const p = parseCsv('a,b\n1,"never closed\n2,3\n');
    assert.equal(p.problems.length, 1);
    assert.equal(p.problems[0]!.line, 2);
  });

  it('writes what it reads', () => {
    const rows = [['1', 'Zeile 1\nZeile 2', 'mit "Anführung"; und Semikolon'], ['', ' führendes Leerzeichen', '']];
    const text = stringifyCsv(['a', 'b', 'c'], rows);
    assert.ok(text.startsWith('\ufeff'));
    assert.deepEqual(parseCsv(text).records.map((r) => r.cells), rows);
  });
});

describe('kompass import/export csv', () => {
  it('round trip: exporting and importing changes nothing, byte for byte', async () => {
    const dir = await copySource('roundtrip');
    const before = await readTree(dir);
    const csv = exportEntriesCsv((await loadSource(dir)).content);
    const r = await importEntriesCsv(csv, dir);
    assert.deepEqual(r.rejected, []);
    assert.deepEqual(r.written, []);
    assert.deepEqual(r.changed, []);
    assert.equal(r.unchanged.filter((k) => k.startsWith('entry:')).length, 3);
    assert.deepEqual(await readTree(dir), before);
    // … also with "," and without BOM
    const r2 = await importEntriesCsv(exportEntriesCsv((await loadSource(dir)).content, { delimiter: ',', bom: false }), dir);
    assert.deepEqual(r2.written, []);
    assert.deepEqual(await readTree(dir), before);
  });

  it('imports a German Excel file: BOM, ;, multi-line cells, decimal commas, German headers, ids from names', async () => {
    const dir = await copySource('excel');
    const r = await importEntriesCsvFile(fixture('csv-import/excel-de.csv'), dir);
    assert.deepEqual(r.fileErrors, []);
    assert.deepEqual(r.rejected, []);
    assert.equal(r.delimiter, ';');
    assert.deepEqual(r.added.sort(), ['entry:jugendmigrationsdienst', 'entry:tafel']);
    assert.ok(r.notes.some((n) => /Notizen/.test(n)));
    assert.ok(r.notes.some((n) => /row 3: new id "jugendmigrationsdienst"/.test(n)));
    const { source, problems } = await loadAndValidate(dir);
    assert.equal(problems.filter((p) => p.severity === 'error').length, 0);
    const tafel = source.content.entries.find((e) => e.id === 'tafel')!;
    assert.equal(tafel.kind, 'association');
    assert.equal(tafel.address?.lat, 50.9401);
    assert.equal(tafel.address?.postalCode, '50667');
    assert.equal(tafel.description?.de, '## Was Sie brauchen\n\n- Ihren Ausweis\n- einen Nachweis über Ihr Einkommen ("Bescheid")');
    assert.deepEqual(tafel.extra, { Notizen: 'Ansprechpartnerin: Frau Meier' });
    assert.equal(tafel.phones?.[0]?.number, '+49 221 555666');
    // and the file round-trips from there
    const before = await readTree(dir);
    const again = await importEntriesCsv(exportEntriesCsv(source.content), dir);
    assert.deepEqual(again.written, []);
    assert.deepEqual(await readTree(dir), before);
  });

  it('touches only the columns present: a sheet with id and name@ar updates one translation', async () => {
    const dir = await copySource('arabic');
    const before = await loadSource(dir);
    const r = await importEntriesCsvFile(fixture('csv-import/arabic-names.csv'), dir);
    assert.deepEqual(r.changed, ['entry:buergerbuero']);
    assert.deepEqual(r.written, ['entries/buergerbuero.yaml']);
    const after = (await loadSource(dir)).content.entries.find((e) => e.id === 'buergerbuero')!;
    const old = before.content.entries.find((e) => e.id === 'buergerbuero')!;
    assert.deepEqual({ ...after, name: undefined }, { ...old, name: undefined });
    assert.equal((after.name.ar as TranslatedText).text, 'مكتب المواطنين (المركز)');
    assert.equal(translationState(after.name, 'ar', 'de'), 'done');
  });

  it('rejects every bad row with its row number and reason, and writes nothing', async () => {
    const dir = await copySource('broken');
    const before = await readTree(dir);
    const r = await importEntriesCsvFile(fixture('csv-import/broken.csv'), dir);
    assert.deepEqual(r.fileErrors, []);
    assert.deepEqual(r.written, []);
    const byRow = new Map(r.rejected.map((x) => [x.origin, x.reasons.join(' | ')]));
    assert.match(byRow.get('row 3')!, /"amt-irgendwas" is not a kind/);
    assert.match(byRow.get('row 4')!, /categories\[0\]: The category "gibtsnicht" does not exist/);
    assert.match(byRow.get('row 5')!, /openingHours: The opening hours cannot be read/);
    assert.match(byRow.get('row 6')!, /"gestern" is not a date/);
    assert.match(byRow.get('row 7')!, /The id "gut" is already used in row 2/);
    assert.match(byRow.get('row 8')!, /"abc" is not a number/);
    assert.equal(r.rejected.length, 6);
    assert.deepEqual(await readTree(dir), before);
  });

  it('with --partial, writes the valid rows and still reports the rejected ones', async () => {
    const dir = await copySource('partial');
    const r = await importEntriesCsvFile(fixture('csv-import/broken.csv'), dir, { partial: true });
    assert.deepEqual(r.added, ['entry:gut']);
    assert.equal(r.rejected.length, 6);
    assert.deepEqual(r.written, ['entries/gut.yaml']);
    const { problems } = await loadAndValidate(dir);
    assert.equal(problems.filter((p) => p.severity === 'error').length, 0);
  });

  it('refuses a file with a broken header', async () => {
    const dir = await copySource('header');
    const r = await importEntriesCsv('id;name@xx;name@de;name@de\nfoo;a;b;c\n', dir);
    assert.equal(r.fileErrors.length, 2);
    assert.match(r.fileErrors[0]!, /"xx" is not one of the municipality's languages/);
    assert.match(r.fileErrors[1]!, /same field/);
  });

  it('marks translations outdated when the default text changes, unless --minor', async () => {
    const dir = await copySource('outdated');
    const csv = 'id;summary@de\nbuergerbuero;Anmeldung, Ausweise, Meldebescheinigungen und Führungszeugnisse.\n';
    const r = await importEntriesCsv(csv, dir);
    assert.deepEqual(r.outdated.sort(), ['entry:buergerbuero:summary@ar', 'entry:buergerbuero:summary@en']);
    const e = (await loadSource(dir)).content.entries.find((x) => x.id === 'buergerbuero')!;
    assert.equal(translationState(e.summary, 'en', 'de'), 'outdated');
    assert.equal((e.summary.en as TranslatedText).text, 'Registering your address, ID cards, registration certificates.');
    const minorDir = await copySource('minor');
    const m = await importEntriesCsv(csv, minorDir, { minor: true });
    assert.deepEqual(m.outdated, []);
    const e2 = (await loadSource(minorDir)).content.entries.find((x) => x.id === 'buergerbuero')!;
    assert.equal(translationState(e2.summary, 'en', 'de'), 'done');
  });
});

/** What a clerk's German Excel saves: the names she uses, no coordinates, a trailing empty column. */
const CLERK_SHEET = [
  'Name;Kurzbeschreibung;Art;Kategorie;Straße;PLZ;Ort;Öffnungszeiten;Sprachen;Telefon;',
  'Beratungsstelle für Zugewanderte;Hilfe bei Anträgen und Behördenbriefen.;Beratung;Beratung, Ämter und Behörden;Hauptstraße 5;50667;Köln;Mo-Fr 09:00-12:00;Deutsch, Arabisch, Farsi;+49 221 1234;',
  'Sprachcafé Süd;Deutsch üben bei Kaffee und Kuchen.;Verein;Counselling;Südallee 1;50668;Köln;Tu 15:00-17:00;Türkisch, Englisch;;',
].join('\r\n') + '\r\n';

const iconv = (text: string, to: string) => new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: text }));

describe('kompass import csv: what clerks write', () => {
  it('reads German Excel\'s Windows-1252 "CSV (Trennzeichen-getrennt)": umlauts intact, headers with umlauts recognised, the encoding said', async () => {
    const dir = await copySource('cp1252');
    const file = join(dir, '..', `clerk-${Math.random().toString(36).slice(2)}.csv`);
    await writeFile(file, iconv(CLERK_SHEET, 'WINDOWS-1252'));
    const r = await importEntriesCsvFile(file, dir);
    assert.deepEqual(r.fileErrors, []);
    assert.deepEqual(r.rejected, []);
    assert.equal(r.encoding, 'Windows-1252');
    assert.ok(r.notes.some((n) => /Windows-1252/.test(n)), r.notes.join('\n'));
    assert.ok(r.notes.some((n) => /Ignored 1 empty column/.test(n)), r.notes.join('\n'));
    const { source, problems } = await loadAndValidate(dir);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const e = source.content.entries.find((x) => x.id === 'beratungsstelle-fuer-zugewanderte')!;
    assert.equal(textOf(e.name.de), 'Beratungsstelle für Zugewanderte');
    assert.equal(e.address?.street, 'Hauptstraße 5');
    assert.equal(e.address?.city, 'Köln');
    assert.equal(e.address?.lat, undefined);
    assert.equal(e.openingHours, 'Mo-Fr 09:00-12:00');
    assert.equal(e.kind, 'counselling');
    assert.deepEqual(e.categories, ['beratung', 'behoerden']);
    assert.deepEqual(e.languages, ['de', 'ar', 'fa']);
    const cafe = source.content.entries.find((x) => x.id === 'sprachcafe-sued')!;
    assert.equal(cafe.kind, 'association');
    assert.deepEqual(cafe.categories, ['beratung']);
    assert.deepEqual(cafe.languages, ['tr', 'en']);
    const yaml = await readFile(join(dir, 'entries', 'beratungsstelle-fuer-zugewanderte.yaml'), 'utf8');
    assert.ok(!yaml.includes('\ufffd'), 'no replacement character in what was written');
  });

  it('reads UTF-16 "Unicode text" (tab-separated) and UTF-8 without BOM alike', async () => {
    const tabbed = CLERK_SHEET.replace(/;/g, '\t');
    for (const [bytes, encoding] of [
      [new Uint8Array([0xff, 0xfe, ...iconv(tabbed, 'UTF-16LE')]), 'UTF-16LE'],
      [iconv(tabbed, 'UTF-16LE'), 'UTF-16LE'],
      [new TextEncoder().encode(CLERK_SHEET), 'UTF-8'],
    ] as const) {
      const dir = await copySource(`enc-${encoding}`);
      const r = await importEntriesCsv(bytes, dir);
      assert.deepEqual(r.fileErrors, [], encoding);
      assert.equal(r.encoding, encoding);
      assert.deepEqual(r.added.sort(), ['entry:beratungsstelle-fuer-zugewanderte', 'entry:sprachcafe-sued'], encoding);
      const e = (await loadSource(dir)).content.entries.find((x) => x.id === 'sprachcafe-sued')!;
      assert.equal(textOf(e.name.de), 'Sprachcafé Süd', encoding);
    }
  });

  it('says which word is wrong and what was meant, in German when asked, and writes nothing', async () => {
    const dir = await copySource('typos');
    const before = await readTree(dir);
    const sheet = 'Name;Art;Kategorie;Sprachen\nA;Beratnug;Beratung;Deutsch\nB;Verein;Berantung;Deutsch\nC;Verein;Beratung;Arabsich\n';
    const r = await importEntriesCsv(sheet, dir, { lang: 'de' });
    const byRow = new Map(r.rejected.map((x) => [x.origin, x.reasons.join(' | ')]));
    assert.match(byRow.get('Zeile 2')!, /„Beratnug“ ist keine Art; möglich sind Behörde, Beratung, Verein.*Meinten Sie „Beratung“\?/);
    assert.match(byRow.get('Zeile 3')!, /„Berantung“ ist keine Kategorie.*Ämter und Behörden.*Meinten Sie „Beratung“\?/);
    assert.match(byRow.get('Zeile 4')!, /„Arabsich“ ist keine Sprache.*Meinten Sie „Arabisch \(ar\)“\?/);
    assert.deepEqual(r.written, []);
    assert.deepEqual(await readTree(dir), before);
  });

  it('rejects a row with only one coordinate, and accepts a row with none', async () => {
    const dir = await copySource('coords');
    const r = await importEntriesCsv('Name;Kurzbeschreibung;Art;Kategorie;Straße;PLZ;Ort;Breitengrad;Längengrad\nX;Ein Verein.;Verein;Beratung;Weg 1;50667;Köln;50,9;\nY;Ein Verein.;Verein;Beratung;Weg 2;50667;Köln;;\n', dir, { partial: true });
    assert.match(r.rejected[0]!.reasons.join(' '), /give both coordinates or none/);
    assert.deepEqual(r.added, ['entry:y']);
  });

  it('the CLI prints a dry run field by field, in German when asked (or by LANG), and changes nothing', async () => {
    const dir = await copySource('dry');
    const before = await readTree(dir);
    const file = join(dir, '..', `dry-${Math.random().toString(36).slice(2)}.csv`);
    await writeFile(file, 'id;name@ar;Sprachen\nbuergerbuero;مكتب المواطنين;Deutsch, Arabisch\n');
    const out = await cli('import', 'csv', file, '--into', dir, '--dry-run', '--ui-lang', 'de');
    assert.equal(out.code, 0, out.err.join('\n'));
    const printed = out.out.join('\n');
    assert.match(printed, /würde ändern: entry buergerbuero: languages, name\.ar/);
    assert.match(printed, /Probelauf: 0 neu, 1 geändert/);
    assert.match(printed, /Zeile 2: gelesen als "Deutsch" → de, "Arabisch" → ar/);
    assert.deepEqual(await readTree(dir), before);
    assert.equal(reportLanguage(undefined, { LANG: 'de_DE.UTF-8' }), 'de');
    assert.equal(reportLanguage(undefined, { LANG: 'uk_UA.UTF-8' }), 'en');
    assert.equal(reportLanguage('de', { LANG: 'en_US.UTF-8' }), 'de');
  });
});
