/**
 * The glossary (`locales/glossary.json`) keeps the key administrative terms the same across
 * the interface: where the English text of a listed key uses the English term ("appointment",
 * "opening hours", …), every language's text of that key must use that language's term (or one
 * of the inflected forms the glossary lists). A simple contains check, case-insensitive.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES = fileURLToPath(new URL('../../../locales/', import.meta.url));

interface Term {
  id: string;
  note: string;
  keys?: string[];
  terms: Record<string, string | string[]>;
}

const glossary = JSON.parse(readFileSync(join(LOCALES, 'glossary.json'), 'utf8')) as { terms: Term[] };
const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const strings = new Map(languages.map((lang) => [lang, JSON.parse(readFileSync(join(LOCALES, lang, 'kompass.json'), 'utf8')) as Record<string, unknown>]));

const lookup = (data: unknown, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data);
const forms = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Every problem with one term: which language, which key, which text, which term was expected. */
export function checkTerm(term: Term, texts: Map<string, Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const english = forms(term.terms['en'])[0];
  if (!english) return [`${term.id}: no English term`];
  for (const lang of texts.keys()) {
    const accepted = forms(term.terms[lang]).filter((f) => f.trim() !== '');
    if (!accepted.length) problems.push(`${term.id}: no term for ${lang}`);
  }
  for (const lang of Object.keys(term.terms)) {
    if (!texts.has(lang)) problems.push(`${term.id}: ${lang} is not a UI language (no locales/${lang}/)`);
  }
  for (const key of term.keys ?? []) {
    const en = lookup(texts.get('en'), key);
    if (typeof en !== 'string') {
      problems.push(`${term.id}: key ${key} is not in locales/en/kompass.json`);
      continue;
    }
    if (!en.toLowerCase().includes(english.toLowerCase())) continue; // this key does not use the term in English
    for (const [lang, data] of texts) {
      const text = lookup(data, key);
      const accepted = forms(term.terms[lang]);
      if (typeof text !== 'string' || !accepted.length) continue; // reported by the locale check / above
      const lower = text.toLocaleLowerCase(lang);
      if (!accepted.some((f) => lower.includes(f.toLocaleLowerCase(lang)))) {
        problems.push(`locales/${lang}/kompass.json: ${key}: "${text}" does not use the glossary term "${accepted[0]}" (${term.id})`);
      }
    }
  }
  return problems;
}

const report = (problems: string[]) => `\n  ${problems.join('\n  ')}\n`;

describe('glossary of administrative terms (locales/glossary.json)', () => {
  test('has the key terms, each with a note for translators', () => {
    const ids = glossary.terms.map((t) => t.id);
    for (const id of ['appointment', 'openingHours', 'counselling', 'publicAuthority', 'immigrationOffice', 'jobcentre', 'citizensOffice', 'residencePermit']) {
      assert.ok(ids.includes(id), `locales/glossary.json: term ${id} missing`);
    }
    assert.equal(new Set(ids).size, ids.length, 'locales/glossary.json: a term id is listed twice');
    for (const t of glossary.terms) assert.ok(t.note.trim(), `locales/glossary.json: ${t.id}: empty note`);
  });

  test('every checked key uses the English term in English', () => {
    const problems = glossary.terms.flatMap((t) =>
      (t.keys ?? []).filter((k) => !String(lookup(strings.get('en'), k)).toLowerCase().includes(String(forms(t.terms['en'])[0]).toLowerCase())).map((k) => `${t.id}: ${k} does not use "${forms(t.terms['en'])[0]}" in English`),
    );
    assert.deepEqual(problems, [], report(problems));
  });

  for (const term of glossary.terms) {
    test(`${term.id}: a term in every UI language${term.keys ? `, used in ${term.keys.length} key(s)` : ''}`, () => {
      const problems = checkTerm(term, strings);
      assert.deepEqual(problems, [], report(problems));
    });
  }

  test('the check names the language, the key and the term when a translation drifts', () => {
    const term: Term = { id: 'appointment', note: 'x', keys: ['a.b', 'a.c'], terms: { en: 'appointment', de: 'Termin', pl: ['wizyta', 'wizyt'] } };
    const texts = new Map<string, Record<string, unknown>>([
      ['en', { a: { b: 'Book an appointment', c: 'Closed' } }],
      ['de', { a: { b: 'Verabredung buchen', c: 'Geschlossen' } }],
      ['pl', { a: { b: 'Umów wizytę', c: 'Zamknięte' } }],
    ]);
    assert.deepEqual(checkTerm(term, texts), ['locales/de/kompass.json: a.b: "Verabredung buchen" does not use the glossary term "Termin" (appointment)']);
  });
});
