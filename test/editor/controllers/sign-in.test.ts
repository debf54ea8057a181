import { expect } from '@open-wc/testing';
import type { EditorApi } from '../../../src/editor/api.js';
import { DraftsController } from '../../../src/editor/controllers/drafts.js';
import { SignInController } from '../../../src/editor/controllers/sign-in.js';
import type { LoadedDrafts } from '../../../src/editor/drafts.js';
import { EditorModel, type EditorHost } from '../../../src/editor/editor-model.js';
import { createEditorI18n } from '../../../src/editor/i18n.js';
import { closeServer, startServer, type TestServer } from '../helpers.js';
import { FakeHost, memoryRepo } from './fake-host.js';

const SCOPE = 'editor:sign-in-test';
const KEY = `kompass-editor-token:${SCOPE}`;

/** A sign-in against `api`, with `drafts` as if kept from an earlier visit. */
async function setUp(api: string, drafts: Partial<LoadedDrafts> = {}) {
  const host = new FakeHost();
  const draftsCtl = new DraftsController(host);
  draftsCtl.open(memoryRepo(), SCOPE);
  const model = new EditorModel(host as unknown as EditorHost, draftsCtl, { edited: () => {}, restored: () => {}, opened: () => {} });
  model.set({ i18n: await createEditorI18n('en') });
  const loaded: { client?: EditorApi; drafts?: LoadedDrafts }[] = [];
  const session = new SignInController(host, {
    model,
    api: () => api,
    loadDrafts: async () => ({ base: undefined, overrides: new Map(), pending: undefined, ...drafts }),
    signedIn: async (client, d) => void loaded.push({ client, drafts: d }),
  });
  return { host, session, loaded };
}

describe('SignInController (access key, kept sign-in, offline start)', function () {
  this.timeout(20_000);
  let server: TestServer;

  beforeEach(async () => {
    server = await startServer();
    sessionStorage.clear();
    localStorage.clear();
  });

  afterEach(() => closeServer(server));

  it('asks for a key when none is kept; a right one signs in with the clerk’s name and keeps the key in this tab only', async () => {
    const { session, loaded } = await setUp(server.api);
    await session.start(SCOPE);
    expect(session.phase).to.equal('signin');
    await session.signIn(server.tokens.anna, false);
    expect(session.phase).to.equal('ready');
    expect(session.me).to.equal('Anna Schmidt');
    expect(session.error).to.equal(undefined);
    expect(loaded).to.have.length(1);
    expect(loaded[0]!.client).to.equal(session.client);
    expect(sessionStorage.getItem(KEY)).to.equal(server.tokens.anna);
    expect(localStorage.getItem(KEY)).to.equal(null);

    // Another page in this tab: signed in from the kept key, without asking.
    const again = await setUp(server.api);
    await again.session.start(SCOPE);
    expect(again.session.phase).to.equal('ready');
    again.session.signOut();
    expect(again.session.phase).to.equal('signin');
    expect(again.session.client).to.equal(undefined);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('keeps the key on this device when asked to', async () => {
    const { session } = await setUp(server.api);
    await session.start(SCOPE);
    await session.signIn(server.tokens.ben, true);
    expect(localStorage.getItem(KEY)).to.equal(server.tokens.ben);
  });

  it('refuses a wrong key with a message the clerk can act on, and forgets a withdrawn kept key', async () => {
    sessionStorage.setItem(KEY, 'withdrawn-token');
    const { session, loaded } = await setUp(server.api);
    await session.start(SCOPE);
    expect(session.phase).to.equal('signin');
    expect(session.error).to.equal('This access key is not valid (or has been withdrawn). Check it, or ask your administrator for a new one.');
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(loaded).to.have.length(0);
  });

  it('offline, starts with the drafts kept on this device, and without them says the server cannot be reached', async () => {
    const unreachable = 'http://127.0.0.1:9/api';
    const base = { revision: 1, etag: '"1"', published: null, by: null, source: null };
    const withDrafts = await setUp(unreachable, { base });
    await withDrafts.session.signIn('any', false);
    expect(withDrafts.session.phase).to.equal('ready');
    expect(withDrafts.session.me).to.equal(undefined);
    expect(withDrafts.loaded[0]!.drafts!.base).to.equal(base);

    const without = await setUp(unreachable);
    await without.session.signIn('any', false);
    expect(without.session.phase).to.equal('signin');
    expect(without.session.error).to.equal('The publish server cannot be reached. Check your connection and try again.');
  });
});
