/**
 * Issue #15: the Integreat and XLIFF importers write their reports in the clerk's language
 * (`--ui-lang`, as the HSDS and CSV importers do), saying what and where: the file, the
 * record's id or the line of the XLIFF unit.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
