import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LINK_SCHEMES, safeHref } from '../../../src/pack/url-schemes.js';
import { isAllowedHref } from '../../../src/authoring/markdown.js';

describe('safeHref: the one URL scheme allow-list', () => {
  it('keeps https, tel, mailto and geo links (trimmed, any case)', () => {
    assert.equal(safeHref(' https://example.org/a '), 'https://example.org/a');
    for (const ok of ['HTTPS://X.EXAMPLE', 'tel:+49221', 'mailto:a@b.example', 'geo:50.9,6.9']) assert.equal(safeHref(ok), ok);
  });

  it('refuses script, data and other schemes, obfuscated ones, relative links and non-strings', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'http://x.example', 'file:///etc/passwd', '/relative', '#top', '', 42, null, undefined, { href: 'https://x' }])
      assert.equal(safeHref(bad), undefined, String(bad));
  });

  it('is what the Markdown compiler checks (one implementation)', () => {
    for (const url of ['https://x', 'geo:1,2', 'javascript:x', 'http://x']) assert.equal(isAllowedHref(url), safeHref(url) !== undefined, url);
    assert.deepEqual([...LINK_SCHEMES], ['https:', 'tel:', 'mailto:', 'geo:']);
  });
});
