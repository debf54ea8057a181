import { expect, waitUntil } from '@open-wc/testing';
import type { KompassErrorEvent, KompassFeedbackEvent } from '../../../../src/index.js';
import en from '../../../../locales/en/kompass.json';
import ar from '../../../../locales/ar/kompass.json';
import { publish } from '../../../support/packs.js';
import {
  cleanupReaders,
  feedbackPosts,
  flushed,
  mountOn,
  newSite,
  openReportForm,
  queuedReports,
  send,
  setOnline,
  statusText,
  type,
} from '../../feedback/report-helpers.js';

/** The JSON a POST to the inbox carried. */
interface Posted {
  entryId: string;
  revision: number;
  lang: string;
  message: string;
  contact?: string;
  kind?: string;
  clientId: string;
}

afterEach(cleanupReaders);

describe('<kompass-report-form>: reporting a mistake', () => {
  it('needs a message (says so and moves the focus there), then sends one POST and thanks the reader', async () => {
    const site = await newSite();
    const el = await mountOn(site);
    const form = await openReportForm(el, 'e2');
    const message = form.shadowRoot!.querySelector('textarea')!;
    expect(form.shadowRoot!.activeElement, 'the focus moves into the form').to.equal(message);

    // Only spaces: not sent; the error is shown, tied to the field, and the focus is back on it.
    await type(form, '#message', '   ');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => form.shadowRoot!.querySelector('#message-error'), 'no error for an empty message', { timeout: 2000 });
    expect(form.shadowRoot!.querySelector('#message-error')!.textContent!.trim()).to.equal(en.report.empty);
    expect(message.getAttribute('aria-invalid')).to.equal('true');
    expect(message.getAttribute('aria-describedby')).to.contain('message-error');
    expect(form.shadowRoot!.activeElement).to.equal(message);
    await expect(el).to.be.accessible();
    expect(await feedbackPosts(site)).to.have.length(0);

    // Without a contact (it is optional).
    await type(form, '#message', '  The phone number is out of date.  ');
    expect(form.shadowRoot!.querySelector('#message-error'), 'the error goes once there is text').to.equal(null);
    await send(form);
    expect(statusText(form)).to.contain(en.report.thanks);
    expect(form.shadowRoot!.querySelector('form'), 'the form is replaced by the thanks').to.equal(null);
    expect(form.shadowRoot!.activeElement?.textContent?.trim()).to.equal(en.report.close);

    const posts = await feedbackPosts(site);
    expect(posts, 'exactly one POST').to.have.length(1);
    expect(posts[0]!.status).to.equal(201);
    const body = posts[0]!.body as Posted;
    expect(body).to.include({ entryId: 'e2', revision: 1, lang: 'en', kind: 'entry', message: 'The phone number is out of date.' });
    expect(body).to.not.have.property('contact');
    expect(body.clientId).to.match(/^[0-9a-f]{32}$/);
    expect(await queuedReports(site), 'nothing left waiting').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('sends the contact when the reader gives one', async () => {
    const site = await newSite();
    const el = await mountOn(site);
    const form = await openReportForm(el, 'e1');
    await type(form, '#message', 'Closed on Fridays now.');
    await type(form, '#contact', ' anna@example.org ');
    await send(form);
    expect(statusText(form)).to.contain(en.report.thanks);
    const posts = await feedbackPosts(site);
    expect(posts).to.have.length(1);
    expect(posts[0]!.body).to.include({ entryId: 'e1', message: 'Closed on Fridays now.', contact: 'anna@example.org' });
  });

  it('works right to left in Arabic: the form, its error and its thanks pass axe, and the report says "ar"', async () => {
    const site = await newSite();
    const el = await mountOn(site, 'ar');
    const form = await openReportForm(el, 'e3');
    expect(getComputedStyle(form).direction).to.equal('rtl');
    expect(form.shadowRoot!.querySelector('label[for=message]')!.textContent!.trim()).to.equal(ar.report.message);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => form.shadowRoot!.querySelector('#message-error'), 'no error for an empty message', { timeout: 2000 });
    expect(form.shadowRoot!.querySelector('#message-error')!.textContent!.trim()).to.equal(ar.report.empty);
    await expect(el).to.be.accessible();
    await type(form, '#message', 'رقم الهاتف خاطئ');
    await send(form);
    expect(statusText(form)).to.contain(ar.report.thanks);
    await expect(el).to.be.accessible();
    const posts = await feedbackPosts(site);
    expect(posts).to.have.length(1);
    expect(posts[0]!.body).to.include({ entryId: 'e3', lang: 'ar', message: 'رقم الهاتف خاطئ', kind: 'entry' });
  });
});

describe('<kompass-report-form>: the cancelable kompass-feedback event', () => {
  it('hands the report to a host that calls preventDefault(), and posts nothing', async () => {
    const site = await newSite();
    const el = await mountOn(site);
    const seen: KompassFeedbackEvent[] = [];
    el.addEventListener('kompass-feedback', (e) => {
      seen.push(e);
      e.preventDefault();
    });
    const form = await openReportForm(el, 'e4');
    await type(form, '#message', 'Wrong opening hours.');
    await type(form, '#contact', '0151 234567');
    await send(form);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({ entryId: 'e4', revision: 1, message: 'Wrong opening hours.', contact: '0151 234567', kind: 'entry', lang: 'en' });
    expect(statusText(form), 'the reader is thanked all the same').to.contain(en.report.thanks);
    await flushed(el);
    expect(await feedbackPosts(site), 'nothing is posted').to.have.length(0);
    expect(await queuedReports(site), 'nothing is queued').to.have.length(0);
  });

  it('without preventDefault() the host hears of it and Kompass posts it', async () => {
    const site = await newSite();
    const el = await mountOn(site);
    const seen: KompassFeedbackEvent[] = [];
    el.addEventListener('kompass-feedback', (e) => seen.push(e));
    const form = await openReportForm(el, 'e4');
    await type(form, '#message', 'Wrong opening hours.');
    await send(form);
    expect(seen.map((e) => e.message)).to.deep.equal(['Wrong opening hours.']);
    expect(seen[0]!.contact).to.equal(undefined);
    expect(await feedbackPosts(site)).to.have.length(1);
  });
});

/** The connection coming back, as the browser announces it. */
const backOnline = () => window.dispatchEvent(new Event('online'));

describe('<kompass-report-form>: offline, queued, sent later', () => {
  it('keeps a report made offline, says it will be sent later, and sends it once when back online', async () => {
    const site = await newSite();
    const el = await mountOn(site);
    setOnline(el, false);
    const form = await openReportForm(el, 'e2');
    await type(form, '#message', 'The bus stop moved.');
    await send(form);
    expect(statusText(form)).to.contain(en.report.queued);
    const queued = await queuedReports(site);
    expect(queued.map((q) => q.report.message)).to.deep.equal(['The bus stop moved.']);
    expect(await feedbackPosts(site), 'nothing is sent while offline').to.have.length(0);

    setOnline(el, true);
    backOnline();
    await waitUntil(async () => (await feedbackPosts(site)).length > 0, 'not sent when back online', { timeout: 5000 });
    await flushed(el);
    expect(await queuedReports(site)).to.have.length(0);
    // The connection coming and going again sends nothing more.
    backOnline();
    await flushed(el);
    const posts = await feedbackPosts(site);
    expect(posts, 'sent exactly once').to.have.length(1);
    expect(posts[0]!.status).to.equal(201);
    expect(posts[0]!.body).to.include({ entryId: 'e2', message: 'The bus stop moved.', clientId: queued[0]!.clientId });
  });

  it('sends a report still waiting from an earlier visit once at the next start', async () => {
    const site = await newSite();
    const first = await mountOn(site);
    setOnline(first, false);
    const form = await openReportForm(first, 'e5');
    await type(form, '#message', 'Moved to the second floor.');
    await send(form);
    expect(statusText(form)).to.contain(en.report.queued);
    first.remove();
    expect(await queuedReports(site)).to.have.length(1);

    const second = await mountOn(site); // a new reader over the same database
    await waitUntil(async () => (await feedbackPosts(site)).length > 0, 'not sent at start', { timeout: 5000 });
    await flushed(second);
    await second.checkForUpdates(); // a sync flushes the queue too
    await flushed(second);
    const posts = await feedbackPosts(site);
    expect(posts, 'sent exactly once').to.have.length(1);
    expect(posts[0]!.body).to.include({ entryId: 'e5', message: 'Moved to the second floor.' });
    expect(await queuedReports(site)).to.have.length(0);
  });

  it('drops a queued report the server refuses (unknown-entry) after one try, and tells the host', async () => {
    const site = await newSite({ revision: 1, entries: 6 });
    const el = await mountOn(site);
    setOnline(el, false);
    const form = await openReportForm(el, 'e6');
    await type(form, '#message', 'This office closed.');
    await send(form);
    expect(statusText(form)).to.contain(en.report.queued);
    // Meanwhile the editors removed the entry from the published content.
    await publish(site.id, { revision: 2, entries: 2 });
    const errors: KompassErrorEvent[] = [];
    el.addEventListener('kompass-error', (e) => errors.push(e));

    setOnline(el, true);
    backOnline();
    await waitUntil(async () => (await feedbackPosts(site)).length > 0, 'not sent when back online', { timeout: 5000 });
    await flushed(el);
    backOnline();
    await flushed(el);
    const posts = await feedbackPosts(site);
    expect(posts.map((p) => p.status), 'one try, not again and again').to.deep.equal([404]);
    expect(await queuedReports(site), 'not kept to be refused forever').to.have.length(0);
    expect(errors.map((e) => e.code)).to.deep.equal(['http']);
    expect(errors[0]!.detail).to.contain('e6').and.to.contain('api/feedback').and.to.contain('404 unknown-entry');
  });

  it('online, a report on an entry the server no longer has is answered at once, not queued', async () => {
    const site = await newSite({ revision: 1, entries: 6 });
    const el = await mountOn(site);
    await publish(site.id, { revision: 2, entries: 2 });
    const form = await openReportForm(el, 'e6');
    await type(form, '#message', 'This office closed.');
    await send(form);
    // This pack names no e-mail address for the editors, so there is nothing else to offer.
    expect(statusText(form)).to.contain(en.report.notSent);
    expect(form.shadowRoot!.querySelector('textarea')!.value, 'what the reader wrote is kept').to.equal('This office closed.');
    expect((await feedbackPosts(site)).map((p) => p.status)).to.deep.equal([404]);
    expect(await queuedReports(site)).to.have.length(0);
  });
});

describe('<kompass-report-form>: a failed POST loses nothing', () => {
  for (const [what, fault] of [
    ['a network error', { path: 'api/feedback', kind: 'drop' }],
    ['a 503', { path: 'api/feedback', kind: 'status', status: 503 }],
  ] as const) {
    it(`keeps the report queued after ${what}, and sends it once later`, async () => {
      const site = await newSite({ revision: 1, faults: [fault] });
      const el = await mountOn(site);
      const form = await openReportForm(el, 'e1');
      await type(form, '#message', 'The e-mail address bounces.');
      await type(form, '#contact', 'ali@example.org');
      await send(form);
      expect(statusText(form)).to.contain(en.report.queued);
      const failed = await feedbackPosts(site);
      expect(failed.length, 'it was tried').to.be.greaterThan(0);
      expect(failed.every((p) => p.status !== 201 && p.status !== 200)).to.equal(true);
      const queued = await queuedReports(site);
      expect(queued.map((q) => q.report)).to.deep.equal([{ ...queued[0]!.report, entryId: 'e1', message: 'The e-mail address bounces.', contact: 'ali@example.org' }]);

      // Still failing: it stays.
      backOnline();
      await flushed(el);
      expect(await queuedReports(site)).to.have.length(1);

      // The server works again.
      await publish(site.id, { revision: 1 });
      backOnline();
      await flushed(el);
      backOnline();
      await flushed(el);
      const delivered = (await feedbackPosts(site)).filter((p) => p.status === 201 || p.status === 200);
      expect(delivered, 'delivered once').to.have.length(1);
      expect(delivered[0]!.status).to.equal(201);
      expect(delivered[0]!.body).to.include({ entryId: 'e1', message: 'The e-mail address bounces.', clientId: queued[0]!.clientId });
      expect(await queuedReports(site)).to.have.length(0);
    });
  }
});
