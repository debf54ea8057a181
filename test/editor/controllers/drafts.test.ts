import { expect } from '@open-wc/testing';
import { DraftsController } from '../../../src/editor/controllers/drafts.js';
import type { Item } from '../../../src/editor/model.js';
import { openKompassStore } from '../../../src/reader/store/index.js';
import { FakeHost, memoryRepo } from './fake-host.js';
import { uniqueStore } from '../helpers.js';

const entry = (email: string) => ({ id: 'buergerbuero', email }) as unknown as Item;
const scope = () => `editor:test-${Math.random().toString(36).slice(2)}`;

describe('DraftsController (every change kept on this device)', () => {
  afterEach(() => localStorage.clear());

  it('says "saving" while a change is written and "saved" once IndexedDB has it; a draft is restored after a reload', async () => {
    const name = uniqueStore();
    const s = scope();
    let store = await openKompassStore({ name });
    const host = new FakeHost();
    const drafts = new DraftsController(host);
    drafts.open(store.drafts, s);
    const written = drafts.persist('entry:buergerbuero', entry('neu@musterstadt.example'));
    expect(drafts.saved).to.equal('saving');
    await written;
    expect(drafts.saved).to.equal('saved');
    expect(host.updates, 'the header is told both times').to.equal(2);
    store.close();

    // A new page: a new controller over the same database.
    store = await openKompassStore({ name });
    const again = new DraftsController(new FakeHost());
    again.open(store.drafts, s);
    const loaded = await again.load();
    expect((loaded.overrides.get('entry:buergerbuero') as { email: string }).email).to.equal('neu@musterstadt.example');
    store.close();
  });

  it('says "failed" when the change cannot be stored, and the journal still brings it back', async () => {
    const repo = memoryRepo();
    const s = scope();
    const drafts = new DraftsController(new FakeHost());
    drafts.open(repo, s);
    repo.fail = true;
    await drafts.persist('entry:buergerbuero', entry('a@b.example'));
    expect(drafts.saved).to.equal('failed');
    repo.fail = false;
    const next = new DraftsController(new FakeHost());
    next.open(repo, s);
    const loaded = await next.load();
    expect((loaded.overrides.get('entry:buergerbuero') as { email: string }).email).to.equal('a@b.example');
  });

  it('replaces every draft at once, keeps the base and the queued publish, and forgets an item quietly', async () => {
    const repo = memoryRepo();
    const host = new FakeHost();
    const drafts = new DraftsController(host);
    drafts.open(repo, scope());
    await drafts.persist('entry:a', entry('a@x.example'));
    await drafts.persist('entry:b', entry('b@x.example'));
    await drafts.putBase({ revision: 3, etag: '"3"', published: null, by: null, source: null });
    await drafts.putPending({ message: 'Neue Zeiten', minor: false, queuedAt: 1 });
    await drafts.replace(new Map([['entry:c', entry('c@x.example')]]));
    expect(drafts.saved).to.equal('saved');
    let loaded = await drafts.load();
    expect([...loaded.overrides.keys()]).to.deep.equal(['entry:c']);
    expect(loaded.base!.revision).to.equal(3);
    expect(loaded.pending!.message).to.equal('Neue Zeiten');
    const updates = host.updates;
    await drafts.forget('entry:c');
    expect(host.updates, 'forgetting says nothing').to.equal(updates);
    loaded = await drafts.load();
    expect(loaded.overrides.size).to.equal(0);
  });

  it('says so when used before it is opened', () => {
    const drafts = new DraftsController(new FakeHost());
    expect(() => drafts.scope).to.throw(/not open/);
  });
});
