import { expect } from '@open-wc/testing';
import type { KompassApp } from '../../../src/index.js';
import { manifestUrl, publish, uniqueId, type Tamper } from '../../support/packs.js';
import { deepQueryAll, mountReader, settle, viewText } from '../../support/reader.js';

/** Every URL field of a pack, each set to `url`: e1's website, booking link and description link, the imprint and privacy pages. */
function everyUrl(url: string): Tamper[] {
  const link = [{ t: 'p', c: ['See ', { t: 'a', href: url, c: ['the form'] }, '.'] }];
  return [
    { file: 'base', path: ['entries', 0, 'website'], value: url },
    { file: 'base', path: ['entries', 0, 'appointment'], value: { required: true, url } },
    { file: 'text/en', path: ['entries', 'e1', 'description'], value: link },
    { file: 'text/de', path: ['entries', 'e1', 'description'], value: link },
    { file: 'manifest', path: ['municipality', 'imprintUrl'], value: url },
    { file: 'manifest', path: ['municipality', 'privacyUrl'], value: url },
  ];
}

async function readerOn(tamper: Tamper[]): Promise<KompassApp> {
  const id = uniqueId('tampered');
  await publish(id, { revision: 1, languages: ['de', 'en'], tamper });
  return mountReader({ src: manifestUrl(id), lang: 'en' });
}

/** Every link a person could tap: the entry view, the settings view and the app's footer, shadow roots included. */
async function linksEverywhere(el: KompassApp): Promise<HTMLAnchorElement[]> {
  el.navigate('/entry/e1');
  await settle(el);
  expect(viewText(el)).to.contain('e1 en r1'); // the entry is shown, not an error
  const links = deepQueryAll<HTMLAnchorElement>(el.shadowRoot!, 'a');
  el.navigate('/settings');
  await settle(el);
  return [...links, ...deepQueryAll<HTMLAnchorElement>(el.shadowRoot!, 'a')];
}

describe('a tampered pack cannot put a script URL into a link', () => {
  it('control: https URLs in every URL field are links', async () => {
    const el = await readerOn(everyUrl('https://example.org/form'));
    const hrefs = (await linksEverywhere(el)).map((a) => a.getAttribute('href'));
    // website, booking, description link (entry view); imprint + privacy in settings and in the footer
    expect(hrefs.filter((h) => h === 'https://example.org/form').length).to.be.at.least(7);
  });

  for (const url of ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'http://insecure.example/']) {
    it(`"${url.trim()}" in every URL field: no link with it anywhere, the link text stays readable`, async () => {
      const el = await readerOn(everyUrl(url));
      const links = await linksEverywhere(el);
      const bad = links.filter((a) => a.getAttribute('href')?.trim().toLowerCase().startsWith(url.trim().toLowerCase().slice(0, 5)));
      expect(bad.map((a) => a.outerHTML)).to.deep.equal([]);
      el.navigate('/entry/e1');
      await settle(el);
      expect(viewText(el)).to.contain('See the form.');
    });
  }
});
