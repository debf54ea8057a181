import { expect } from '@open-wc/testing';
import { readAppUrl } from '../../src/app-page/app-url.js';

const PAGE = 'https://stadt.example/kompass/app/';
const config = { source: '/pack/manifest.json', allowedOrigins: ['https://kompass.kreis.example'] };
const read = (query: string) => readAppUrl(`${PAGE}${query}`, config);

describe('dist/app/ URL settings (readAppUrl)', () => {
  it('uses the page\'s own source without ?src=, resolved against the page', () => {
    expect(read('')).to.deep.equal({ src: 'https://stadt.example/pack/manifest.json', lang: undefined, hash: undefined, refused: undefined });
  });

  it('accepts ?src= on the page\'s origin and on the allow-list', () => {
    expect(read('?src=/other/manifest.json').src).to.equal('https://stadt.example/other/manifest.json');
    expect(read('?src=https://kompass.kreis.example/nord/manifest.json').src).to.equal('https://kompass.kreis.example/nord/manifest.json');
  });

  it('refuses any other origin, scheme or a protocol-relative trick, and keeps the page\'s own source', () => {
    for (const src of ['https://evil.example/manifest.json', '//evil.example/manifest.json', 'http://kompass.kreis.example/manifest.json', 'javascript:alert(1)', 'data:application/json,{}', 'https://kompass.kreis.example.evil.example/m.json']) {
      const s = read(`?src=${encodeURIComponent(src)}`);
      expect(s.src, src).to.equal('https://stadt.example/pack/manifest.json');
      expect(s.refused, src).to.be.a('string');
    }
  });

  it('takes a well-formed ?lang= only', () => {
    expect(read('?lang=ar').lang).to.equal('ar');
    expect(read('?lang=de-x-simple').lang).to.equal('de-x-simple');
    expect(read('?lang=%3Cscript%3E').lang).to.equal(undefined);
  });

  it('rewrites a short deep link to the router\'s form and leaves the router\'s own alone', () => {
    expect(read('#/entry/buergerbuero').hash).to.equal('#/kompass/entry/buergerbuero');
    expect(read('?lang=fa#/search?q=Arzt').hash).to.equal('#/kompass/search?q=Arzt');
    expect(read('#/kompass/entry/buergerbuero').hash).to.equal(undefined);
    expect(read('#main').hash).to.equal(undefined);
  });
});
