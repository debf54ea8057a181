import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countProblems, formatPath, formatProblem } from '../../../src/authoring/problems.js';
import { schemaIssues } from '../../../src/authoring/schema.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { fixture } from '../support.js';


export const BROKEN_LINES = [
  'categories.yaml:4:7  amt  id  The category id "amt" is already used (line 1); ids must be unique — rename one of them.',
  'categories.yaml:8:11  waise  parent  The parent category "gibt-es-nicht" does not exist; use an id from categories.yaml or remove parent.',
  'categories.yaml:12:11  henne  parent  The categories form a cycle (henne → ei → henne); a category cannot be its own ancestor — change one parent.',
  'categories.yaml:16:11  ei  parent  The categories form a cycle (ei → henne → ei); a category cannot be its own ancestor — change one parent.',
  'categories.yaml:18:10  ei  label  There is no text in the default language "de"; add it (other languages fall back to it).',
  'categories.yaml:19:7  Falsch Id  id  "Falsch Id" is not valid; expected an id of lowercase letters a–z, digits and hyphens, e.g. buergerbuero-mitte.',
  'entries/refs.yaml:3:19  refs  categories[1]  The category "fehlt" does not exist; use an id from categories.yaml.',
  'entries/refs.yaml:5:3  refs  name  There is no text in the default language "de"; add it (other languages fall back to it).',
  'entries/refs.yaml:7:3  refs  summary  warning: Missing translation: en; readers of this language see the "de" text.',
  'entries/refs.yaml:8:3  refs  summary.fr  warning: "fr" is not one of the municipality\'s languages (de, en); add it to languages in municipality.yaml or remove this text.',
  'entries/refs.yaml:10:3  refs  description  warning: Missing translation: en; readers of this language see the "de" text.',
  'entries/refs.yaml:10:7  refs  description.de  warning: Images are not supported; only their description is shown.',
  'entries/refs.yaml:10:7  refs  description.de  The link "javascript:alert(1)" is not allowed: links must start with https:, tel:, mailto: or geo:. Fix or remove it.',
  'entries/refs.yaml:12:42  refs  openingHours  The opening hours cannot be read: Time range starts outside of the current day. Write them in OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 08:00-12:00; Th 14:00-18:00".',
  'entries/refs.yaml:13:19  refs  concepts[1]  "evicton" is not one of Kompass\'s built-in concepts. Did you mean "eviction"?',
  'entries/refs.yaml:13:28  refs  concepts[2]  "passwort-neu" is not one of Kompass\'s built-in concepts. Some of them: emergency: emergency, ambulance, fire-brigade; health: health, doctor, family-doctor; family: children, baby, daycare-place; education: education, school, school-enrolment; work: work, job-search, job-centre; housing: housing, flat-search, rent; residence: residence, residence-permit, residence-permit-extension; offices: address-registration, deregistration, registration-certificate; safety: police, report-crime, theft; counselling: counselling, legal-advice, migration-counselling; daily: food, food-aid, clothes.',
  'entries/schema.yaml:1:1  schema  -  The required field "summary" is missing; add it.',
  'entries/schema.yaml:2:7  schema  kind  "office" is not allowed here; use one of authority, counselling, association, course, health, education, emergency, other.',
  'entries/schema.yaml:9:8  schema  address.lat  91 is out of range; expected a latitude between -90 and 90 (Germany: about 47 to 55).',
  'entries/schema.yaml:11:8  schema  email  "not-an-email" is not valid; expected an e-mail address such as buergerbuero@example-stadt.de.',
  'entries/schema.yaml:12:10  schema  website  "http://insecure.example" is not valid; expected a full https:// address.',
  'entries/schema.yaml:13:14  schema  lastChecked  "2026-02-30" is not valid; expected a date written YYYY-MM-DD, e.g. 2026-11-02.',
  'entries/schema.yaml:14:1  schema  colour  Unknown field "colour"; remove it or check its spelling.',
  'entries/syntax.yaml:4:1  -  -  YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }. Fix the YAML at this position (check indentation, colons and quotes).',
  'entries/syntax.yaml:4:1  -  -  YAML syntax error: Missing closing "quote. Fix the YAML at this position (check indentation, colons and quotes).',
  'guides/guide.yaml:6:21  guide  steps[0].entries[1]  The entry "verschwunden" does not exist; use the id of a file in entries/.',
  'guides/guide.yaml:7:9  guide  steps[1].id  The step id "eins" is already used by steps[0]; step ids must be unique within a guide.',
  'municipality.yaml:9:11  -  timeZone  "Europe/Brokenstadt" is not a known time zone; use an IANA name such as Europe/Berlin.',
];

describe('validateSource', () => {
  it('accepts the small source with warnings for missing translations only', async () => {
    const { problems, source } = await loadAndValidate(fixture('source-small'));
    assert.equal(countProblems(problems).errors, 0, problems.map(formatProblem).join('\n'));
    assert.ok(problems.every((p) => p.message.startsWith('Missing translation')));
    assert.equal(source.content.entries.length, 3);
    assert.equal(source.content.categories.length, 3);
    assert.equal(source.content.guides.length, 1);
    const hoursNote = problems.find((p) => p.entryId === 'buergerbuero' && p.path === 'hoursNote');
    assert.equal(formatProblem(hoursNote!), 'entries/buergerbuero.yaml:38:3  buergerbuero  hoursNote  warning: Missing translation: en, ar; readers of these languages see the "de" text.');
  });

  it('reports every kind of problem in the broken source with file, line, column, id and path', async () => {
    const { problems } = await loadAndValidate(fixture('source-broken'));
    assert.deepEqual(problems.map(formatProblem), BROKEN_LINES);
  });

  it('reports a missing municipality.yaml and categories.yaml at 1:1', async () => {
    const { problems } = await loadAndValidate(fixture('source-small/entries'));
    assert.deepEqual(problems.map(formatProblem).slice(0, 2), [
      'categories.yaml:1:1  -  -  categories.yaml is missing; create it in the source folder.',
      'municipality.yaml:1:1  -  -  municipality.yaml is missing; create it in the source folder.',
    ]);
  });
});

describe('schemas', () => {
  const municipality = { id: 'x', name: { de: 'X' }, defaultLanguage: 'de', languages: ['de'], timeZone: 'Europe/Berlin', state: 'NW' };

  it('accepts every German state code and rejects others', () => {
    for (const state of ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'])
      assert.deepEqual(schemaIssues('source-municipality', { ...municipality, state }), []);
    const [issue] = schemaIssues('source-municipality', { ...municipality, state: 'DE-NW' });
    assert.deepEqual(issue!.path, ['state']);
    assert.match(issue!.message, /^"DE-NW" is not allowed here; use one of the German state codes BW, BY/);
  });

  it('names a missing field and an unknown language key', () => {
    const issues = schemaIssues('source-municipality', { ...municipality, name: { DE: 'X' }, languages: undefined });
    assert.deepEqual(
      issues.map((i) => [i.path.join('.'), i.message]).sort(),
      [
        ['', 'The required field "languages" is missing; add it.'],
        ['name.DE', '"DE" is not a language code such as de, ar, prs or de-x-simple.'],
      ],
    );
  });

  it('accepts a translated text object and reports an empty text once', () => {
    const entry = { id: 'e', kind: 'other', categories: ['c'], name: { de: 'E', en: { text: 'E', machine: true, from: 'ab12' } }, summary: { de: '' } };
    assert.deepEqual(
      schemaIssues('source-entry', entry).map((i) => [i.path.join('.'), i.message]),
      [['summary.de', 'The text is empty; write a text or remove the field.']],
    );
  });

  it('formats field paths', () => {
    assert.equal(formatPath(['steps', 2, 'entries', 0]), 'steps[2].entries[0]');
    assert.equal(formatPath(['name', 'ar']), 'name.ar');
    assert.equal(formatPath([]), '');
  });
});
