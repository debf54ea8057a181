import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildPack } from '../../../src/node/build/build-pack.js';
import { formatProblem } from '../../../src/authoring/problems.js';
import { schemaIssues } from '../../../src/authoring/schema.js';
import { quotedComments } from '../../../src/authoring/hours-comments.js';
import { loadSource } from '../../../src/node/source/source.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { fixture } from '../support.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kompass-hours-comments-'));
  await cp(fixture('source-small'), dir, { recursive: true });
});
after(() => rm(dir, { recursive: true, force: true }));

describe('translated opening-hours comments', () => {
  it('compiles each comment the hours use into the language files, the OSM rule unchanged', async () => {
    const { content } = await loadSource(fixture('source-small'));
    const pack = buildPack(content, { date: '2026-11-02' });
    const text = (lang: string) => pack.texts.find((t) => t.lang === lang)!;
    assert.deepEqual(text('en').hoursComments, { 'nur mit Termin': 'by appointment only' });
    assert.deepEqual(text('ar').hoursComments, { 'nur mit Termin': 'بموعد مسبق فقط' });
    assert.equal(text('de').hoursComments, undefined, 'the comment itself is the German text');
    const entry = pack.base.entries.find((e) => e.id === 'auslaenderbehoerde')!;
    assert.match(entry.openingHours!, /"nur mit Termin"$/);
    assert.deepEqual(pack.base.hoursTable![entry.hoursRef!]!.comments, ['nur mit Termin']);
    for (const t of pack.texts) assert.deepEqual(schemaIssues('pack-text', t), [], t.lang);
  });

  it('finds the quoted comments of a rule', () => {
    assert.deepEqual(quotedComments('Mo,Tu 08:00-12:00 "nur mit Termin"; Fr 08:00-11:00 open "Notfallsprechstunde ohne Termin"'), ['nur mit Termin', 'Notfallsprechstunde ohne Termin']);
  });

  it('warns about a translation no hours use, a language the town does not have, and missing ones', async () => {
    const base = (await readFile(fixture('source-small/municipality.yaml'), 'utf8')).replace(/# The quoted comments[\s\S]*$/, '');
    await writeFile(join(dir, 'municipality.yaml'), `${base}hoursComments:\n  nur mit Termin:\n    en: by appointment only\n    fr: sur rendez-vous\n  nur mit Termi:\n    en: typo\n    ar: خطأ\n`);
    const lines = (await loadAndValidate(dir)).problems.filter((p) => p.path.startsWith('hoursComments')).map(formatProblem);
    assert.deepEqual(lines, [
      'municipality.yaml:23:5  -  hoursComments.nur mit Termin  warning: Missing translation: ar; readers of this language see the "de" comment.',
      'municipality.yaml:24:5  -  hoursComments.nur mit Termin.fr  warning: "fr" is not one of the municipality\'s languages (de, en, ar); add it to languages in municipality.yaml or remove this text.',
      'municipality.yaml:25:3  -  hoursComments.nur mit Termi  warning: No opening hours use the comment "nur mit Termi"; write the key exactly as it is quoted in openingHours, or remove it.',
    ]);
  });
});
