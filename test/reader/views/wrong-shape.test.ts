import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KompassApp } from '../../../src/index.js';
import { openKompassStore } from '../../../src/reader/store/index.js';
import { derivedKey } from '../../../src/reader/store/store.js';
import { SyncService } from '../../../src/reader/sync/index.js';
import { deleteDb, manifestUrl, publish, uniqueId } from '../../support/packs.js';
import { settle, view, viewText, WEDNESDAY_10AM } from '../../support/reader.js';

type Json = Record<string, unknown> & { entries: Record<string, Record<string, unknown>> };

/**
 * Content of the wrong shape that is already stored (by a Kompass from before the sync's
 * shape check, say): the views render what they can and never crash or keep an old page.
 */
async function readerOnStoredWrongShape(): Promise<{ el: KompassApp; dbName: string }> {
  const id = uniqueId('wrong-shape');
  const manifest = await publish(id, { revision: 1, languages: ['de', 'en'] });
  const dbName = uniqueId('kompass-wrong-shape');
  const store = await openKompassStore({ name: dbName });
  expect((await new SyncService({ store, manifestUrl: manifestUrl(id) }).sync({ languages: ['en'] })).status).to.equal('updated');
  const edit = async (key: string, change: (json: Json) => void) => {
    const stored = (await store.files.get(key))!;
    const json = JSON.parse(stored.json) as Json;
    change(json);
    await store.files.put({ ...stored, json: JSON.stringify(json) });
  };
  await edit(manifest.base.sha256, (base) => {
    (base.entries as unknown as { phones: unknown[] }[])[1]!.phones = [{ number: 49 }]; // e2: a phone number that is no string
  });
  const en = manifest.languages.find((l) => l.code === 'en')!.sha256;
  for (const key of [en, derivedKey(en, 'list')]) {
    await edit(key, (text) => {
      text.entries.e1!.description = [null, { t: 'p', c: 'string' }, { t: 'x' }, 7, { t: 'p', c: ['Readable ', null, { t: 'em', c: 'bad' }, { t: 'a', href: 5, c: ['text'] }] }];
      text.entries.e3!.name = { de: 'an object' };
    });
  }
  store.close();
  const el = await fixture<KompassApp>(html`<kompass-app src=${manifestUrl(id)} lang="en" routing="memory" store-name=${dbName} .now=${WEDNESDAY_10AM}></kompass-app>`);
  await el.ready();
  await waitUntil(() => view(el) !== null, 'the first view did not render', { timeout: 8000 });
  return { el, dbName };
}

describe('views given content of the wrong shape', () => {
  let dbName = '';
  afterEach(() => deleteDb(dbName));

  it('rich text skips nodes of the wrong type; a name that is not a string shows the fallback; a view that cannot render says so instead of keeping the previous entry', async () => {
    const mounted = await readerOnStoredWrongShape();
    const el = mounted.el;
    dbName = mounted.dbName;
    el.navigate('/entry/e1');
    await settle(el);
    await el.ready();
    await settle(el);
    expect(viewText(el)).to.contain('e1 en r1');
    await waitUntil(() => viewText(el).includes('Readable text'), 'the readable part of the description is shown');

    el.navigate('/entry/e3');
    await settle(el);
    expect(viewText(el)).to.contain('e3 de r1'); // the default language's name, not "[object Object]"
    expect(viewText(el)).to.not.contain('[object Object]');

    el.navigate('/entry/e2');
    await settle(el);
    const text = viewText(el);
    expect(text).to.not.contain('e3 de r1');
    expect(text).to.not.contain('e1 en r1');
    expect(text).to.contain('This page cannot be shown because its information is damaged.');

    el.navigate('/entry/e4');
    await settle(el);
    expect(viewText(el)).to.contain('e4 en r1'); // the view recovers for the next entry
  });
});
