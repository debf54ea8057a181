import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkHours } from '../../../src/authoring/hours/hours-compile.js';
import { placeholders, type Template } from '../../../src/authoring/message-table.js';
import { PROBLEM_TABLES, problemMessages, problemText, type ProblemCode } from '../../../src/authoring/problem-messages.js';
import { PROBLEMS_EN } from '../../../src/authoring/problem-messages-en.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { fixture } from '../support.js';

const CODES = Object.keys(PROBLEMS_EN) as ProblemCode[];

/** The params a template reads: its placeholders, or what a function template looks up. */
function paramsOf(t: Template): string[] {
  if (typeof t === 'string') return placeholders(t);
  const read = new Set<string>();
  const probe = new Proxy({}, { get: (_, k) => (typeof k === 'string' && read.add(k), 1), has: () => true });
  t(probe as Record<string, string>);
  return [...read].sort();
}

/**
 * Codes whose English text is the opening_hours library's own text (`detail`, kept for logs
 * and the CLI) while other languages say it with the params the mapping extracts; a rule
 * that produces each, to check those params are there.
 */
const LIBRARY_SAMPLES: Partial<Record<ProblemCode, string>> = {
  'hoursError.germanDate': 'Mo-Fr 08:00-12:00; 24.12.-01.01. off',
  'hoursError.outsideDay': 'Mo-Fr 25:00-26:00',
  'hoursError.rangeExpected': 'Mo-Fr 08:00 off',
  'hoursError.library': 'Xy 10:00',
  'hoursWarning.useOff': 'Mo-Fr 08:00-12:00 geschlossen',
  'hoursWarning.germanDay': 'Montag 08:00-12:00',
  'hoursWarning.englishWord': 'Mo-Fr 08:00-12:00; Feiertag off',
  'hoursWarning.omitWord': 'Mo-Fr 08:00-12:00 Uhr',
  'hoursWarning.noMinutes': 'Mo-Fr 8-12',
  'hoursWarning.colon': 'Mo-Fr 08.00-12.00',
  'hoursWarning.dash': 'Mo–Fr 08:00–12:00',
  'hoursWarning.emptyRule': 'Mo-Fr 08:00-12:00 ; ;',
  'hoursWarning.twelveHours': 'Mo-Fr 8:00 am - 12:00 pm',
  'hoursWarning.reordered': 'Mo-Fr 08:00-12:00 geschlossen am Feiertag',
  'hoursWarning.library': 'nach Vereinbarung',
};

describe('problem message tables', () => {
  it('has a German and an English template for every code, reading the same params', () => {
    for (const [lang, table] of Object.entries(PROBLEM_TABLES)) {
      assert.deepEqual(Object.keys(table.messages).sort(), [...CODES].sort(), `${lang}: the same codes as English`);
      for (const code of CODES) {
        if (code in LIBRARY_SAMPLES) continue;
        assert.deepEqual(paramsOf(table.messages[code]), paramsOf(PROBLEMS_EN[code]), `${lang} ${code}`);
      }
    }
  });

  it('maps the opening_hours library\'s findings to codes whose params every language can use', () => {
    for (const [code, rule] of Object.entries(LIBRARY_SAMPLES) as [ProblemCode, string][]) {
      const check = checkHours(rule);
      const found = [...(check.error ? [check.error] : []), ...check.notes].find((n) => n.code === code);
      assert.ok(found, `${rule} → ${code} (got ${[check.error?.code, ...check.notes.map((n) => n.code)].join(', ')})`);
      for (const table of Object.values(PROBLEM_TABLES)) {
        for (const name of paramsOf(table.messages[code])) assert.ok(name in found.params, `${code} reads ${name}`);
      }
      assert.doesNotMatch(problemMessages('de')(code, found.params), /\{\w+\}/, `${code}: every placeholder filled`);
    }
    const date = checkHours('24.12.–01.01. geschlossen').error!;
    assert.equal(date.code, 'hoursError.germanDate');
    assert.equal(problemMessages('de')(date.code, date.params), 'Die Öffnungszeiten sind so nicht lesbar. Ein Datum wie „24.12.–01.01.“ versteht die Schreibweise nicht. Schreiben Sie Monate englisch abgekürzt, z. B. „Dec 24-Jan 01 off“ für geschlossen. Beispiel für die Schreibweise: „Mo-Fr 08:00-12:00; Th 14:00-18:00“.');
    const unknown = checkHours('Xy 10:00').error!;
    assert.match(problemMessages('de')(unknown.code, unknown.params), /^Die Öffnungszeiten sind so nicht lesbar\. Die Prüfung meldet \(auf Englisch\): „Unexpected token/);
  });

  it('uses only codes of the table in src/authoring', async () => {
    const prefixes = [...new Set(CODES.map((c) => c.split('.')[0]!))];
    const literal = new RegExp(`'((?:${prefixes.join('|')})\\.[A-Za-z]+)'`, 'g');
    const files = (await readdir('src/authoring', { recursive: true })).filter((f) => f.endsWith('.ts') && !f.startsWith('problem-messages'));
    let used = 0;
    for (const f of files) {
      const src = await readFile(join('src/authoring', f), 'utf8');
      for (const m of src.matchAll(literal)) {
        if (/\.(yaml|json)$/.test(m[1]!)) continue; // file names
        if (/^(text|time|date)\.[a-z]+$/.test(m[1]!) && !(m[1]! in PROBLEMS_EN)) continue; // field paths such as 'time.from'
        assert.ok(m[1]! in PROBLEMS_EN, `${f}: ${m[1]} has no template`);
        used++;
      }
    }
    assert.ok(used > 60, `found ${used} codes`);
  });

  it('has a German wording for every hint of the JSON Schemas', async () => {
    const hints = new Set<string>();
    for (const f of (await readdir('src/authoring/schema')).filter((n) => n.endsWith('.json'))) {
      JSON.stringify(JSON.parse(await readFile(join('src/authoring/schema', f), 'utf8')), (k, v: unknown) => (k === 'errorHint' && typeof v === 'string' && hints.add(v), v));
    }
    assert.ok(hints.size > 20);
    for (const h of hints) assert.ok(`hint.${h}` in PROBLEM_TABLES.de!.terms, h);
  });

  it('says a missing translation in German, with language names when the UI gives them', () => {
    const params = { langs: ['fa', 'tr', 'ru'], count: 3, defaultLang: 'de' };
    assert.equal(problemMessages('de')('translation.missing', params), 'Übersetzung fehlt: fa, tr, ru. Wer diese Sprachen liest, sieht den Text auf de.');
    const names = new Intl.DisplayNames(['de'], { type: 'language' });
    const list = new Intl.ListFormat('de', { type: 'conjunction' });
    assert.equal(
      problemMessages('de', { languageName: (c) => names.of(c)!, list: (l) => list.format(l) })('translation.missing', params),
      'Übersetzung fehlt: Persisch, Türkisch und Russisch. Wer diese Sprachen liest, sieht den Text auf Deutsch.',
    );
    assert.equal(problemMessages('en')('translation.missing', params), 'Missing translation: fa, tr, ru; readers of these languages see the "de" text.');
    assert.equal(problemText({ message: 'from an older server' }, 'de'), 'from an older server');
  });

  it('gives every problem of a broken source a code, its English message rendered from the table, and a German text', async () => {
    const { problems } = await loadAndValidate(fixture('source-broken'));
    assert.ok(problems.length > 20);
    const en = problemMessages('en');
    const de = problemMessages('de');
    for (const p of problems) {
      assert.ok(p.code in PROBLEMS_EN, p.message);
      assert.equal(en(p.code, p.params), p.message);
      const german = de(p.code, p.params);
      assert.notEqual(german, p.message, p.code);
      assert.doesNotMatch(german, /\{\w+\}|undefined/, p.code);
    }
    const schema = problems.find((p) => p.code === 'schema.invalidHint');
    assert.ok(schema, 'a schema error with a hint');
    assert.match(de(schema.code, schema.params), /Kennung aus Kleinbuchstaben/);
  });
});
