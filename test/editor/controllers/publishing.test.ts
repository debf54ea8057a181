import { expect, waitUntil } from '@open-wc/testing';
import { ApiError, type EditorApi, type PublishResponse, type SourceResponse } from '../../../src/editor/api.js';
import { DraftsController } from '../../../src/editor/controllers/drafts.js';
import { PublishingController } from '../../../src/editor/controllers/publishing.js';
import { EditorModel, type EditorHost } from '../../../src/editor/editor-model.js';
import { createEditorI18n } from '../../../src/editor/i18n.js';
import type { Problem } from '../../../src/authoring/problems.js';
import type { Item } from '../../../src/editor/model.js';
import type { SourceContent } from '../../../src/pack/types.js';
import type { SourceChange } from '../../../src/authoring/change-set.js';
import { FakeHost, memoryRepo } from './fake-host.js';

const source = (name: string) =>
  ({
    municipality: { id: 'musterstadt', name: { de: 'Musterstadt' }, defaultLanguage: 'de', languages: ['de'], timeZone: 'Europe/Berlin', state: 'NW' },
    categories: [],
    entries: [{ id: 'buergerbuero', kind: 'office', categories: [], name: { de: name }, summary: { de: 'S' } }],
    guides: [],
    synonyms: [],
  }) as unknown as SourceContent;
const response = (revision: number, name: string): SourceResponse => ({ revision, etag: `"${revision}"`, published: null, by: 'Ben Weber', source: source(name) });
const offline = () => new ApiError(0, 'offline', 'The publish server cannot be reached.');

/** A publishing controller over a fake server: `answers` are what publish() does, in turn. */
async function setUp(answers: ((changes: SourceChange[]) => Promise<PublishResponse>)[], options: { retryEvery?: number } = {}) {
  const host = new FakeHost();
  const repo = memoryRepo();
  const drafts = new DraftsController(host);
  drafts.open(repo, 'editor:test');
  const model = new EditorModel(host as unknown as EditorHost, drafts, { edited: () => {}, restored: () => {}, opened: () => {} });
  model.set({ i18n: await createEditorI18n('en'), base: response(1, 'Bürgerbüro') });
  model.change('entry:buergerbuero', { ...source('Bürgerbüro Mitte').entries[0]! } as Item, 'name.de');
  const sent: { changes: SourceChange[]; etag: string; message?: string }[] = [];
  let theirs = response(2, 'Bürgerbüro Mitte');
  const client = {
    publishChanges: async (changes: SourceChange[], etag: string, o: { message?: string }) => {
      sent.push({ changes, etag, message: o.message });
      return answers.shift()!(changes);
    },
    source: async () => theirs,
  } as unknown as EditorApi;
  const heard = { published: 0, invalid: [] as Problem[], conflict: undefined as SourceResponse | undefined, signedOut: 0 };
  const publishing = new PublishingController(host, {
    model,
    drafts,
    client: () => client,
    me: () => 'Anna Schmidt',
    published: () => heard.published++,
    invalid: (p) => (heard.invalid = p),
    conflict: (t) => (heard.conflict = t),
    signedOut: () => heard.signedOut++,
    ...options,
  });
  host.connect();
  return { host, model, drafts, publishing, sent, heard, setTheirs: (t: SourceResponse) => (theirs = t) };
}

/** The server's answer to a publish: the changed items as it stored them (here with a note of its own). */
const published =
  (revision: number) =>
  async (changes: SourceChange[]): Promise<PublishResponse> => ({
    revision,
    etag: `"${revision}"`,
    previous: revision - 1,
    unchanged: false,
    outdated: [],
    warnings: [],
    lines: [],
    items: changes.map((c) => ({ ...c, item: c.item && { ...c.item, email: 'stored@musterstadt.example' } })),
  });

describe('PublishingController (publish, offline queue, conflicts)', () => {
  let disconnect: (() => void) | undefined;
  afterEach(() => disconnect?.());

  it('publishes with If-Match; the published revision becomes the base and the drafts are empty', async () => {
    const { host, model, publishing, sent, heard } = await setUp([published(2)]);
    disconnect = () => host.disconnect();
    publishing.setMessage('Neuer Name');
    await publishing.publish(false);
    expect(sent[0]!.etag).to.equal('"1"');
    expect(sent[0]!.message).to.equal('Neuer Name');
    expect(sent[0]!.changes, 'only the changed entry is sent').to.deep.equal([{ kind: 'entry', id: 'buergerbuero', item: source('Bürgerbüro Mitte').entries[0] }]);
    expect(publishing.status.state).to.equal('done');
    expect(publishing.status.text).to.contain('Published as revision 2');
    expect(model.base!.revision).to.equal(2);
    expect(model.base!.source!.entries[0]!.email, 'the new base holds the entry as the server stored it').to.equal('stored@musterstadt.example');
    expect(model.base!.source!.entries[0]!.name.de).to.equal('Bürgerbüro Mitte');
    expect(model.overrides.size).to.equal(0);
    expect(publishing.message).to.equal('');
    expect(heard.published).to.equal(1);
    publishing.edited();
    expect(publishing.status.state, 'an edit after publishing: the bar shows the draft again').to.equal('idle');
  });

  it('offline, the publish waits (kept in the drafts) and goes out when the browser is back online', async () => {
    const { host, drafts, publishing, sent, heard } = await setUp([() => Promise.reject(offline()), published(2)]);
    disconnect = () => host.disconnect();
    await publishing.publish(true);
    expect(publishing.status.state).to.equal('queued');
    expect(publishing.busy).to.equal(true);
    expect((await drafts.load()).pending!.minor, 'a reload keeps it').to.equal(true);
    publishing.edited();
    expect(publishing.status.state, 'typing does not unqueue it').to.equal('queued');
    window.dispatchEvent(new Event('offline'));
    expect(publishing.online).to.equal(false);
    window.dispatchEvent(new Event('online'));
    expect(publishing.online).to.equal(true);
    await waitUntil(() => publishing.status.state === 'done', 'sent when back online');
    expect(sent).to.have.length(2);
    expect(heard.published).to.equal(1);
    expect((await drafts.load()).pending).to.equal(undefined);
  });

  it('is retried now and then, since going back online is not always announced', async () => {
    const { host, publishing, sent } = await setUp([() => Promise.reject(offline()), () => Promise.reject(offline()), published(2)], { retryEvery: 20 });
    disconnect = () => host.disconnect();
    await publishing.publish(false);
    await waitUntil(() => publishing.status.state === 'done', 'sent by a later retry');
    expect(sent).to.have.length(3);
  });

  it('a publish kept from an earlier visit is sent at once; one cancelled is gone', async () => {
    const { host, drafts, publishing, sent } = await setUp([() => Promise.reject(offline())]);
    disconnect = () => host.disconnect();
    publishing.resume({ message: 'Von gestern', minor: false, queuedAt: 1 });
    expect(publishing.message).to.equal('Von gestern');
    await waitUntil(() => sent.length === 1 && publishing.status.state === 'queued', 'tried at once, still offline');
    publishing.cancelQueued();
    expect(publishing.status.state).to.equal('idle');
    await drafts.flush();
    expect((await drafts.load()).pending).to.equal(undefined);
  });

  it('on 409 opens the merge with their revision', async () => {
    const { host, publishing, heard, setTheirs } = await setUp([() => Promise.reject(new ApiError(409, 'conflict', 'Someone else published.'))]);
    disconnect = () => host.disconnect();
    setTheirs(response(2, 'Bens Name'));
    await publishing.publish(false);
    expect(publishing.status.state).to.equal('conflict');
    expect(heard.conflict!.revision).to.equal(2);
  });

  it('on 422 shows the server’s errors and hands over all its problems', async () => {
    const problems = [
      { file: 'entries/buergerbuero.yaml', entryId: 'buergerbuero', path: 'email', severity: 'error', message: 'bad' },
      { file: 'entries/buergerbuero.yaml', entryId: 'buergerbuero', path: 'website', severity: 'warning', message: 'meh' },
    ];
    const { host, publishing, heard } = await setUp([() => Promise.reject(new ApiError(422, 'invalid', 'Invalid.', { problems }))]);
    disconnect = () => host.disconnect();
    await publishing.publish(false);
    expect(publishing.status.state).to.equal('invalid');
    expect(publishing.status.problems!.map((p) => p.path)).to.deep.equal(['email']);
    expect(heard.invalid).to.have.length(2);
  });

  it('on 401 signs out and says why; other errors say what the server said', async () => {
    const a = await setUp([() => Promise.reject(new ApiError(401, 'invalid-token', 'No.'))]);
    await a.publishing.publish(false);
    a.host.disconnect();
    expect(a.publishing.status).to.deep.include({ state: 'error', text: 'Your access key is no longer accepted. Sign in again; your changes are kept on this device.' });
    expect(a.heard.signedOut).to.equal(1);
    const b = await setUp([() => Promise.reject(new ApiError(500, 'http', 'HTTP 500'))]);
    disconnect = () => b.host.disconnect();
    await b.publishing.publish(false);
    expect(b.publishing.status.state).to.equal('error');
    expect(b.publishing.status.text).to.match(/^Publishing failed: .*Your changes are kept on this device\.$/);
  });
});
