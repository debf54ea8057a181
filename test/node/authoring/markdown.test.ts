import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileMarkdown, isAllowedHref } from '../../../src/authoring/markdown.js';

describe('compileMarkdown', () => {
  it('compiles paragraphs, emphasis, links, headings, lists and hard breaks', () => {
    const { rich, issues } = compileMarkdown(
      '## Termine\n\nBitte *pünktlich* und **mit Pass**.  \nTel: [0221 1](tel:+492211)\n\n- eins\n- [Karte](geo:50.9,6.9)\n\n1. erst\n2. dann\n\n#### Klein',
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(rich, [
      { t: 'h', level: 2, c: ['Termine'] },
      { t: 'p', c: ['Bitte ', { t: 'em', c: ['pünktlich'] }, ' und ', { t: 'strong', c: ['mit Pass'] }, '.', { t: 'br' }, 'Tel: ', { t: 'a', href: 'tel:+492211', c: ['0221 1'] }] },
      { t: 'ul', items: [['eins'], [{ t: 'a', href: 'geo:50.9,6.9', c: ['Karte'] }]] },
      { t: 'ol', items: [['erst'], ['dann']] },
      { t: 'h', level: 4, c: ['Klein'] },
    ]);
  });

  it('joins soft line breaks with a space and decodes entities and escapes', () => {
    assert.deepEqual(compileMarkdown('eins\nzwei &amp; \\*drei\\*').rich, [{ t: 'p', c: ['eins zwei & *drei*'] }]);
  });

  it('rejects a javascript: link with an error naming it and keeps only its text', () => {
    const { rich, issues } = compileMarkdown('Klick [hier](javascript:alert(1)) jetzt');
    assert.deepEqual(rich, [{ t: 'p', c: ['Klick hier jetzt'] }]);
    assert.deepEqual(issues.map(({ severity, message }) => ({ severity, message })), [
      { severity: 'error', message: 'The link "javascript:alert(1)" is not allowed: links must start with https:, tel:, mailto: or geo:. Fix or remove it.' },
    ]);
    assert.equal(issues[0]!.code, 'markdown.link');
  });

  it('rejects http: and relative links, accepts https, tel, mailto, geo', () => {
    assert.equal(isAllowedHref('http://example.org'), false);
    assert.equal(isAllowedHref('/relative'), false);
    assert.equal(isAllowedHref('data:text/html,x'), false);
    for (const ok of ['https://x.example', 'tel:+49', 'mailto:a@b.example', 'geo:50,7', 'HTTPS://X.EXAMPLE']) assert.ok(isAllowedHref(ok), ok);
  });

  it('turns HTML, images, code and tables into plain text with warnings, never HTML', () => {
    const { rich, issues } = compileMarkdown(
      '<b>fett</b> ![Karte](https://x.example/k.png) `code`\n\n<script>alert(1)</script>\n\n```\nx = 1\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n# Eins',
    );
    assert.deepEqual(rich, [
      { t: 'p', c: ['fett Karte code'] },
      { t: 'p', c: ['alert(1)'] },
      { t: 'p', c: ['x = 1'] },
      { t: 'p', c: ['a – b'] },
      { t: 'p', c: ['1 – 2'] },
      { t: 'h', level: 2, c: ['Eins'] },
    ]);
    assert.ok(issues.every((i) => i.severity === 'warning'));
    assert.equal(JSON.stringify(rich).includes('<'), false);
    assert.deepEqual(
      issues.map((i) => i.message.split(' ')[0]),
      ['HTML', 'Images', 'Inline', 'Code', 'Tables', 'Heading'],
    );
  });

  it('flattens nested lists into the outer list with a warning', () => {
    const { rich, issues } = compileMarkdown('- a\n  - b\n- c');
    assert.deepEqual(rich, [{ t: 'ul', items: [['a'], ['b'], ['c']] }]);
    assert.equal(issues.length, 1);
  });
});
