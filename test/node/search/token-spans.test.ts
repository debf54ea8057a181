/**
 * The index build reads words as spans of the normalised text (`tokenSpans`) and Arabic articles
 * as sub-spans (`articleEnd`): the same words `tokenize` gives (as it gave before spans, on
 * mixed-script texts), and `stem`'s article-less form. `normalize`'s short ways (lower-case
 * Latin, Arabic letters only) give what the long way gives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleEnd, normalize, stem, tokenize, tokenSpans, TokenSpans } from '../../../src/reader/search/normalize.js';

const TEXTS: [string, string[]][] = [
  ['Die Schuldnerberatung berät Ärztinnen, Kinder & Jugend (0800-1234)!', ['die', 'schuldnerberatung', 'berat', 'arztinnen', 'kinder', 'jugend', '0800', '1234']],
  ['المواطنين والطلاب بالمدينة للأطفال في الحي', ['المواطنین', 'والطلاب', 'بالمدینه', 'للاطفال', 'فی', 'الحی']],
  ['Привет, ёлка! Київ сім’я', ['привет', 'елка', 'киів', 'сімя']],
  ['Almanya’da İstanbul ıslak', ['almanyada', 'istanbul', 'islak']],
  ['डॉक्टरों से मिलें', ['डॉक्टरों', 'से', 'मिलें']],
  ['emoji 😀 and 𝐀𝐁 math, 𠀀𠀁 lone \ud83d x', ['emoji', 'and', 'ab', 'math', '𠀀𠀁', 'lone', 'x']],
  ['Größe Maße Queue', ['grosse', 'masse', 'quu']],
  ['', []],
];

describe('tokenSpans', () => {
  it('finds the words tokenize gives, as spans of the normalised text, reusing its arrays', () => {
    const spans = new TokenSpans();
    for (const [text, expected] of TEXTS) {
      assert.deepEqual(tokenize(text), expected, text);
      tokenSpans(text, spans);
      assert.deepEqual(Array.from({ length: spans.count }, (_, k) => spans.text.slice(spans.start[k], spans.end[k])), expected, text);
    }
  });

  it('grows past its first 64 words', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    const spans = tokenSpans(text, new TokenSpans());
    assert.equal(spans.count, 1000);
    assert.equal(spans.text.slice(spans.start[999], spans.end[999]), 'w999');
  });
});

describe('articleEnd', () => {
  it('is where stem goes on: after the article or a prefix with it, with three letters left', () => {
    const text = ' المواطنين والطلاب بالمدينة للأطفال في الحي الطب ';
    const spans = tokenSpans(text, new TokenSpans());
    const got = Array.from({ length: spans.count }, (_, k) => {
      const at = articleEnd(spans.text, spans.start[k]!, spans.end[k]!);
      return at < 0 ? undefined : spans.text.slice(at, spans.end[k]);
    });
    assert.deepEqual(got, ['مواطنین', 'طلاب', 'مدینه', 'اطفال', undefined, undefined, undefined]);
    assert.deepEqual(got, tokenize(text).map(stem));
    assert.equal(articleEnd('xالطلاب', 1, 7), 3);
    assert.equal(articleEnd('الطلاب', 0, 5), 2);
    assert.equal(articleEnd('الطلاب', 0, 4), -1); // only two letters would be left
    assert.equal(articleEnd('', 0, 0), -1);
  });
});

describe('normalize', () => {
  it('gives on its short ways what the long way gives', () => {
    // A trailing space (not a letter) sends the text the long way; it changes nothing else.
    const letters: string[] = ['a', 'e', 'o', 'u', 'z', '1'];
    for (let c = 0x600; c <= 0x6ff; c++) letters.push(String.fromCharCode(c));
    let seed = 3;
    const rand = () => (seed = (seed * 16807) % 2147483647);
    for (let i = 0; i < 100_000; i++) {
      let s = '';
      for (let k = 1 + (rand() % 10); k > 0; k--) s += letters[rand() % (i % 2 ? 6 : letters.length)];
      assert.equal(normalize(s) + ' ', normalize(s + ' '), JSON.stringify(s));
    }
    assert.equal(normalize('الطبيبة'), 'الطبیبه');
    assert.equal(normalize('aeoeue'), 'aou');
    assert.equal(normalize(''), '');
  });
});
