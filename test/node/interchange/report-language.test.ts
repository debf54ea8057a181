/**
 * Issue #15: the Integreat and XLIFF importers write their reports in the clerk's language
 * (`--ui-lang`, as the HSDS and CSV importers do), saying what and where: the file, the
 * record's id or the line of the XLIFF unit.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importIntegreat } from '../../../src/node/interchange/integreat.js';
import { cli, fixture, sharedFixture } from '../support.js';

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kompass-report-lang-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

async function copySource(name: string): Promise<string> {
  const dir = join(tmp, name);
  await cp(fixture('source-small'), dir, { recursive: true });
  return dir;
}

describe('Integreat import report in German and English', () => {
  it('names the Augsburg file and event, in the language asked for', async () => {
    const dir = await copySource('augsburg');
    const [de, en] = await Promise.all(['de', 'en'].map((uiLang) => importIntegreat(sharedFixture('integreat-cms-api'), dir, { dryRun: true, uiLang })));
    const multiDay = (notes: string[]) => notes.find((n) => n.includes('Dauerveranstaltung'));
    assert.match(multiDay(en!.notes)!, /^augsburg_de_events\.json, event \d+ "Dauerveranstaltung": runs from 2030-01-01 to 2030-12-31; Kompass shows it on its first day/);
    assert.match(multiDay(de!.notes)!, /^augsburg_de_events\.json, Veranstaltung \d+ „Dauerveranstaltung“: dauert vom 2030-01-01 bis zum 2030-12-31; Kompass zeigt sie an ihrem ersten Tag/);
    assert.ok(en!.notes.includes('Pages in ar: 13 translated, 1 placeholder ("does not exist in the selected language") left missing, 7 without a translation.'), en!.notes.join('\n'));
    assert.ok(de!.notes.some((n) => n.startsWith('Seiten auf ar: 13 übersetzt, 1 Platzhalter')), de!.notes.join('\n'));
    // Every note the importer writes itself is in the report's language.
    const own = (notes: string[]) => notes.filter((n) => !/^(entry|page|event|category):/.test(n));
    assert.equal(own(de!.notes).length, own(en!.notes).length);
    own(de!.notes).forEach((n, i) => assert.notEqual(n, own(en!.notes)[i], `untranslated: ${n}`));
  });

  it('prints the refusal of a folder that is not a source folder, through the CLI', async () => {
    const into = join(tmp, 'neu');
    const de = await cli('import', 'integreat', sharedFixture('integreat-cms-api'), '--into', into, '--ui-lang', 'de');
    const en = await cli('import', 'integreat', sharedFixture('integreat-cms-api'), '--into', into, '--ui-lang', 'en');
    assert.equal(de.code, 1);
    assert.match(de.err.join('\n'), /neu ist noch kein Inhaltsordner; um ihn aus den Integreat-Daten anzulegen, geben Sie das Bundesland mit --state an \(BW, BY/);
    assert.match(de.err.join('\n'), /Es wurde nichts geschrieben\./);
    assert.match(en.err.join('\n'), /neu is not a source folder yet; to create it from the Integreat data, give the German state with --state \(BW, BY/);
  });
});

/** A translation agency's file: one unit Kompass knows, one it no longer has (on line 9). */
const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
  <file id="musterstadt">
    <unit id="entry:buergerbuero:hoursNote">
      <segment>
        <source>Am 24. und 31. Dezember geschlossen.</source>
        <target>Closed on 24 and 31 December.</target>
      </segment>
    </unit>
    <unit id="entry:abgerissen:name">
      <segment><source>Altes Rathaus</source><target>Old town hall</target></segment>
    </unit>
  </file>
</xliff>
`;

describe('XLIFF import report in German and English', () => {
  it('names the file, line and unit of a text the source no longer has', async () => {
    const file = join(tmp, 'agentur-en.xlf');
    await writeFile(file, XLIFF);
    const dir = await copySource('xliff');
    const de = await cli('import', 'xliff', file, '--into', dir, '--dry-run', '--ui-lang', 'de');
    const en = await cli('import', 'xliff', file, '--into', dir, '--dry-run', '--ui-lang', 'en');
    assert.equal(en.code, 0, en.err.join('\n'));
    assert.ok(en.out.includes('note: agentur-en.xlf, line 10, unit "entry:abgerissen:name": there is no such text in the source (any more); left out.'), en.out.join('\n'));
    assert.ok(de.out.includes('Hinweis: agentur-en.xlf, Zeile 10, Einheit „entry:abgerissen:name“: Diesen Text gibt es im Inhaltsordner (nicht mehr); übergangen.'), de.out.join('\n'));
    assert.ok(en.out.some((l) => /would change entry buergerbuero/.test(l)), 'the known unit is still imported');
  });

  it('refuses a file for a language the town does not offer, saying which', async () => {
    const file = join(tmp, 'agentur-sv.xlf');
    await writeFile(file, XLIFF.replace('trgLang="en"', 'trgLang="sv"'));
    const dir = await copySource('xliff-sv');
    const de = await cli('import', 'xliff', file, '--into', dir, '--ui-lang', 'de');
    const en = await cli('import', 'xliff', file, '--into', dir, '--ui-lang', 'en');
    assert.equal(de.code, 1);
    assert.ok(de.err.includes(`${file}: trgLang „sv“ ist keine der Übersetzungssprachen der Kommune (en, ar).`), de.err.join('\n'));
    assert.ok(en.err.includes(`${file}: trgLang "sv" is not one of the municipality's translation languages (en, ar).`), en.err.join('\n'));
  });
});

/** Runs the same command line in German and in English. */
const both = (...argv: string[]) => Promise.all(['de', 'en'].map((lang) => cli(...argv, '--ui-lang', lang)));

describe('broken input files, reported with line and column in German and English', () => {
  it('points at the place in an Integreat JSON file where the JSON breaks', async () => {
    const input = join(tmp, 'integreat-kaputt');
    await cp(sharedFixture('integreat-cms-api'), input, { recursive: true });
    // Line 3, column 8: the "," where the ":" of a property should come.
    await writeFile(join(input, 'augsburg_de_pages.json'), '[\n  {"id": 1,\n    "x", }\n]\n');
    const dir = await copySource('integreat-kaputt-ziel');
    const [de, en] = await both('import', 'integreat', input, '--into', dir);
    assert.equal(de!.code, 1);
    assert.ok(de!.err.includes(`${input}: augsburg_de_pages.json, Zeile 3, Spalte 8: kein gültiges JSON („,“ darf dort nicht stehen).`), de!.err.join('\n'));
    assert.ok(en!.err.includes(`${input}: augsburg_de_pages.json, line 3, column 8: not valid JSON ("," cannot stand there).`), en!.err.join('\n'));
    assert.ok(!en!.err.join('\n').includes('position'), 'no offset of JSON.parse left in the report');
  });

  it('says where a JSON file ends too early, in HSDS data too', async () => {
    const input = join(tmp, 'hsds-kaputt');
    await mkdir(input, { recursive: true });
    await writeFile(join(input, 'services.json'), '[\n  {"id": "s1", "name": "Beratung"\n');
    const dir = await copySource('hsds-kaputt-ziel');
    const [de, en] = await both('import', 'hsds', input, '--into', dir);
    assert.equal(en!.code, 1);
    assert.ok(de!.err.includes(`${input}: services.json, Zeile 3, Spalte 1: kein gültiges JSON (die Datei endet, bevor das JSON vollständig ist).`), de!.err.join('\n'));
    assert.ok(en!.err.includes(`${input}: services.json, line 3, column 1: not valid JSON (the file ends before the JSON is complete).`), en!.err.join('\n'));
    assert.ok(de!.err.includes(`${input}: Keine Angebote gefunden: In den HSDS-Daten fehlt service.csv (oder services.csv / services.json).`), de!.err.join('\n'));
    assert.ok(en!.err.includes(`${input}: No services found: expected service.csv (or services.csv / services.json) in the HSDS data.`), en!.err.join('\n'));
  });

  it('names the HSDS table, line and row of a broken CSV', async () => {
    const input = join(tmp, 'hsds-csv');
    await mkdir(input, { recursive: true });
    await writeFile(join(input, 'organization.csv'), 'id,name\no1,"Stadt\n');
    await writeFile(join(input, 'phone.csv'), 'id,number\np1,0361 1,2\n');
    const dir = await copySource('hsds-csv-ziel');
    const [de, en] = await both('import', 'hsds', input, '--into', dir);
    assert.ok(de!.err.includes(`${input}: organization.csv, Zeile 2: Eine Zelle in Anführungszeichen wird nie geschlossen: Ein " fehlt. Alles danach wurde als eine Zelle gelesen.`), de!.err.join('\n'));
    assert.ok(en!.err.includes(`${input}: organization.csv, line 2: A quoted cell is never closed: a " is missing. Everything after it was read as one cell.`), en!.err.join('\n'));
    assert.ok(de!.err.some((l) => l.startsWith(`${input}: phone.csv, Zeile 2: Die Zeile hat 3 Zellen, die Überschrift aber 2`)), de!.err.join('\n'));
    assert.ok(en!.err.some((l) => l.startsWith(`${input}: phone.csv, row 2: The row has 3 cells but the header has 2`)), en!.err.join('\n'));
  });

  it('refuses a file that is not a ZIP file, saying what to give instead', async () => {
    const input = join(tmp, 'daten.zip');
    await writeFile(input, 'das ist kein ZIP');
    const dir = await copySource('zip-ziel');
    const [de, en] = await both('import', 'hsds', input, '--into', dir);
    assert.equal(de!.code, 1);
    assert.ok(de!.err.includes(`${input}: keine ZIP-Datei (das Inhaltsverzeichnis am Ende fehlt); geben Sie den Ordner oder die ZIP-Datei der HSDS-Daten an.`), de!.err.join('\n'));
    assert.ok(en!.err.includes(`${input}: not a ZIP file (no end-of-central-directory record); give the folder or the ZIP file of the HSDS data.`), en!.err.join('\n'));
  });

  it('points at the line and column of XLIFF that is not well-formed', async () => {
    const file = join(tmp, 'agentur-kaputt.xlf');
    // The <target> of line 7 is closed as </source>.
    await writeFile(file, XLIFF.replace('<target>Closed on 24 and 31 December.</target>', '<target>Closed on 24 and 31 December.</source>'));
    const dir = await copySource('xliff-kaputt');
    const [de, en] = await both('import', 'xliff', file, '--into', dir);
    assert.equal(de!.code, 1);
    const column = '        <target>Closed on 24 and 31 December.'.length + 1;
    assert.ok(de!.err.includes(`${file}: Zeile 7, Spalte ${column}: kein wohlgeformtes XML: </source>, wo </target> erwartet wurde.`), de!.err.join('\n'));
    assert.ok(en!.err.includes(`${file}: line 7, column ${column}: not well-formed XML: </source> where </target> was expected.`), en!.err.join('\n'));
    assert.ok(!en!.err.join('\n').includes('offset'));
  });

  it('says which element of an XLIFF file is never closed, and where it opens', async () => {
    const file = join(tmp, 'agentur-offen.xlf');
    await writeFile(file, XLIFF.replace('</xliff>\n', ''));
    const dir = await copySource('xliff-offen');
    const [de, en] = await both('import', 'xliff', file, '--into', dir);
    assert.ok(de!.err.includes(`${file}: Zeile 2, Spalte 1: kein wohlgeformtes XML: <xliff> wird nie geschlossen.`), de!.err.join('\n'));
    assert.ok(en!.err.includes(`${file}: line 2, column 1: not well-formed XML: <xliff> is never closed.`), en!.err.join('\n'));
  });
});

describe('usage errors of kompass import and export in German and English', () => {
  it('import xliff with two files', async () => {
    const [de, en] = await both('import', 'xliff', 'a.xlf', 'b.xlf', '--into', tmp);
    assert.equal(de!.code, 2);
    assert.deepEqual(de!.err, ['kompass import: import xliff braucht genau eine Datei. Hilfe: „kompass import --help“.']);
    assert.deepEqual(en!.err, ['kompass import: import xliff needs exactly one file. Run "kompass import --help".']);
  });

  it('import hsds without --into, and an unknown format', async () => {
    const [de, en] = await both('import', 'hsds', 'daten.zip');
    assert.deepEqual(de!.err, ['kompass import: import hsds braucht --into <Inhaltsordner>. Hilfe: „kompass import --help“.']);
    assert.deepEqual(en!.err, ['kompass import: import hsds needs --into <source-dir>. Run "kompass import --help".']);
    const [deFormat, enFormat] = await both('import', 'json', 'x', '--into', tmp);
    assert.deepEqual(deFormat!.err, ['kompass import: unbekanntes Importformat „json“; möglich sind csv, hsds, integreat und xliff. Hilfe: „kompass import --help“.']);
    assert.deepEqual(enFormat!.err, ['kompass import: unknown import format "json"; use csv, hsds, integreat or xliff. Run "kompass import --help".']);
  });

  it('a --kind or --delimiter that is not one of the choices', async () => {
    const [de, en] = await both('import', 'csv', 'x.csv', '--into', tmp, '--kind', 'orte');
    assert.deepEqual(de!.err, ['kompass import: --kind „orte“ ist keiner der möglichen Werte entries, pages, events, notices. Hilfe: „kompass import --help“.']);
    assert.deepEqual(en!.err, ['kompass import: --kind "orte" is not one of entries, pages, events, notices. Run "kompass import --help".']);
    const [deSep, enSep] = await both('export', 'csv', fixture('source-small'), '--out', join(tmp, 'x.csv'), '--delimiter', '|');
    assert.equal(deSep!.code, 2);
    assert.deepEqual(deSep!.err, ['kompass export: --delimiter „|“ ist keiner der möglichen Werte ; , tab. Hilfe: „kompass export --help“.']);
    assert.deepEqual(enSep!.err, ['kompass export: --delimiter "|" is not one of ; , tab. Run "kompass export --help".']);
  });

  it('export with a --lang the town does not have, naming the ones it has', async () => {
    const [de, en] = await both('export', 'xliff', fixture('source-small'), '--out', join(tmp, 'xlf'), '--lang', 'sv');
    assert.deepEqual(de!.err, ['kompass export: --lang „sv“ ist keine Übersetzungssprache der Kommune (en, ar). Hilfe: „kompass export --help“.']);
    assert.deepEqual(en!.err, ['kompass export: --lang "sv" is not a translation language of the municipality (en, ar). Run "kompass export --help".']);
  });

  it('takes the language from LANG when there is no --ui-lang', async () => {
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, KOMPASS_LANG: process.env.KOMPASS_LANG };
    for (const k of ['LC_ALL', 'LC_MESSAGES', 'KOMPASS_LANG'] as const) delete process.env[k];
    process.env.LANG = 'de_DE.UTF-8';
    try {
      const r = await cli('export', 'hsds', fixture('source-small'));
      assert.deepEqual(r.err, ['kompass export: export hsds braucht --out <Pfad>. Hilfe: „kompass export --help“.']);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
