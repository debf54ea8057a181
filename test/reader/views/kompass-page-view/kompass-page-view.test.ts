import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KompassApp } from '../../../../src/index.js';
import { deleteDb, manifestUrl, publish, uniqueId } from '../../../support/packs.js';
import { follow, mountReader, settle, view, viewText, WEDNESDAY_10AM } from '../../../support/reader.js';

/** The demo pack (demo/content, built by the test runner's plugin): 32 pages on 3 levels. */
const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';

const root = (el: KompassApp) => view(el)!.shadowRoot!;
const crumbs = (el: KompassApp) => [...root(el).querySelectorAll<HTMLAnchorElement>('nav[aria-label] a')];
const heading = (el: KompassApp) => root(el).querySelector('h2')!;
const linksUnder = (el: KompassApp, headingText: string) => {
  const h = [...root(el).querySelectorAll('h3')].find((x) => x.textContent === headingText);
  if (!h) return [];
  return [...root(el).querySelectorAll<HTMLAnchorElement>(`[aria-labelledby="${h.id}"] a`)];
};

async function openPage(id: string, lang = 'en'): Promise<KompassApp> {
  const el = await mountReader({ src: DEMO_PACK, lang });
  el.navigate(`/page/${id}`);
  await settle(el);
  return el;
}

describe('<kompass-page-view>', () => {
  it('opens a third-level page by deep link with breadcrumbs, its text and related entries', async () => {
    const el = await openPage('notfall');
    expect(view(el)!.localName).to.equal('kompass-page-view');
    expect(heading(el).textContent).to.equal('Emergency: 112 or 116 117?');
    const nav = root(el).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('You are here');
    expect(crumbs(el).map((a) => a.textContent!.trim())).to.deep.equal(['Home', 'Health', 'Seeing a doctor', 'Emergency: 112 or 116 117?']);
    expect(crumbs(el).map((a) => a.getAttribute('aria-current'))).to.deep.equal([null, null, null, 'page']);
    await waitUntil(() => viewText(el).includes('the on-call medical service helps on 116 117'), 'the page text (loaded after the lists) is shown');
    expect(linksUnder(el, 'Related').map((a) => a.getAttribute('href'))).to.include.members(['#/kompass/entry/notruf-112', '#/kompass/entry/krankenhaus']);
    await expect(el).to.be.accessible();

    await follow(el, 'Seeing a doctor');
    expect(heading(el).textContent).to.equal('Seeing a doctor');
    expect(crumbs(el).map((a) => a.textContent!.trim())).to.deep.equal(['Home', 'Health', 'Seeing a doctor']);
    await follow(el, 'Health');
    expect(linksUnder(el, 'More on this topic').map((a) => a.textContent!.trim())).to.deep.equal(['Health insurance', 'Seeing a doctor', 'Mental health']);
  });

  it('links related guides and pages to their views', async () => {
    const el = await openPage('erste-tage');
    const related = linksUnder(el, 'Related');
    expect(related.map((a) => a.getAttribute('href'))).to.deep.equal(['#/kompass/entry/buergerbuero', '#/kompass/guide/anmeldung', '#/kompass/page/bankkonto-eroeffnen', '#/kompass/page/krankenversicherung-info']);
    await follow(el, 'Registering your address');
    expect(view(el)!.localName).to.equal('kompass-guide-view');
  });

  it('marks a page that is not translated: German title and text with lang="de", and a note', async () => {
    const el = await openPage('einbuergerung');
    expect(heading(el).textContent).to.equal('Einbürgerung');
    expect(heading(el).getAttribute('lang')).to.equal('de');
    expect(root(el).querySelector('.fallback-note')!.textContent).to.contain('Deutsch');
    await waitUntil(() => root(el).querySelector('.text') !== null, 'the text is shown');
    expect(root(el).querySelector('.text')!.getAttribute('lang')).to.equal('de');
    // The breadcrumb above it is translated, and says so by its own lang.
    expect(crumbs(el)[1]!.textContent).to.equal('Residence');
    expect(crumbs(el)[1]!.getAttribute('lang')).to.equal('en');
  });

  it('reads right to left in Arabic, with a German fallback laid out left to right', async () => {
    const el = await openPage('schulsystem', 'ar');
    expect(getComputedStyle(heading(el)).direction).to.equal('ltr');
    expect(heading(el).getAttribute('lang')).to.equal('de');
    const parent = crumbs(el)[2]!;
    expect(parent.textContent).to.equal('المدرسة');
    expect(getComputedStyle(parent).direction).to.equal('rtl');
    expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('أنت هنا');
    await expect(el).to.be.accessible();
  });

  it('lists attachments as links that open outside Kompass', async () => {
    const el = await openPage('wbs');
    const [a] = linksUnder(el, 'Documents');
    expect(a!.href).to.equal('https://www.musterstadt.example/formulare/wbs-antrag.pdf');
    expect(a!.textContent!.trim()).to.equal('Application for a housing entitlement certificate (PDF)');
    expect(a!.rel).to.contain('noopener');
  });

  it('says so for an unknown page', async () => {
    const el = await openPage('gibt-es-nicht');
    expect(heading(el).textContent).to.equal('This page does not exist (any more).');
  });
});

describe('<kompass-page-view> given a tampered pack', () => {
  let dbName = '';
  afterEach(() => deleteDb(dbName));

  it('shows an attachment with a javascript: URL as text, never as a link', async () => {
    const id = uniqueId('tampered-page');
    await publish(id, {
      revision: 1,
      tamper: [
        { file: 'base', path: ['pages'], value: [{ id: 'p', attachments: [{ url: 'javascript:alert(1)' }, { url: 'https://ok.example/form.pdf' }] }] },
        { file: 'text/en', path: ['pages'], value: { p: { title: 'A page', attachments: ['Bad link', 'Good link'] } } },
      ],
    });
    dbName = uniqueId('kompass-tampered-page');
    const el = await fixture<KompassApp>(html`<kompass-app src=${manifestUrl(id)} lang="en" routing="memory" store-name=${dbName} .now=${WEDNESDAY_10AM}></kompass-app>`);
    await el.ready();
    el.navigate('/page/p');
    await waitUntil(() => view(el)?.localName === 'kompass-page-view', 'the page view', { timeout: 8000 });
    await settle(el);
    expect(heading(el).textContent).to.equal('A page');
    expect(linksUnder(el, 'Documents').map((a) => a.textContent!.trim())).to.deep.equal(['Good link']);
    expect(viewText(el)).to.contain('Bad link');
    expect(root(el).innerHTML).not.to.contain('javascript:');
  });
});
