/**
 * Publishing from `<kompass-editor>`: a reactive controller that sends the draft's changes with
 * the revision they were made on (If-Match; `PATCH /api/source`), keeps a publish made offline in the drafts and sends it
 * when the network is back (the `online` event, and every 15 s since that is not always
 * announced), and turns the server's answers into states the publish bar shows: done,
 * invalid (its problems), conflict (the merge view opens), signed out.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type EditorApi, type SourceResponse } from '../api.js';
import type { PendingPublish } from '../drafts.js';
import type { Problem } from '../../authoring/problems.js';
import type { EditorModel } from '../editor-model.js';
import type { DraftsController } from './drafts.js';
import { sourceChanges } from '../model.js';
import { applyChanges } from '../../authoring/change-set.js';
import { afterPaint } from '../after-paint.js';

export type PublishState = 'idle' | 'publishing' | 'queued' | 'conflict' | 'invalid' | 'done' | 'error';

export interface PublishStatus {
  state: PublishState;
  text?: string;
  /** The errors the server found (`invalid`). */
  problems?: Problem[];
}

export interface PublishingOptions {
  model: EditorModel;
  drafts: DraftsController;
  /** The signed-in client, if any. */
  client(): EditorApi | undefined;
  /** The signed-in clerk's name. */
  me(): string | undefined;
  /** The draft is published and is the new base: history and checks start afresh. */
  published(): void;
  /** The server refused the draft with these problems. */
  invalid(problems: Problem[]): void;
  /** Someone else published first: merge with theirs. */
  conflict(theirs: SourceResponse): void;
  /** The server no longer accepts the token. */
  signedOut(): void;
  /** How often a queued publish is tried again, in ms (default 15 s). */
  retryEvery?: number;
}

export class PublishingController implements ReactiveController {
  status: PublishStatus = { state: 'idle' };
  /** The publish message as typed. */
  message = '';
  online = typeof navigator === 'undefined' ? true : navigator.onLine;
  /** The publish waiting to go out (also in the drafts, so a reload keeps it). */
  private pending: PendingPublish | undefined;
  private retryTimer: ReturnType<typeof setInterval> | undefined;
  private readonly onOnline = () => {
    this.online = true;
    this.host.requestUpdate();
    void this.retryQueued();
  };
  private readonly onOffline = () => {
    this.online = false;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PublishingOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    // Going offline is not always announced: a queued publish is also retried now and then.
    this.retryTimer = setInterval(() => void this.retryQueued(), this.options.retryEvery ?? 15_000);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    clearInterval(this.retryTimer);
  }

  get busy(): boolean {
    return this.status.state === 'publishing' || this.status.state === 'queued';
  }

  setMessage(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  /** A publish kept from an earlier visit: queued again, and tried at once. */
  resume(pending: PendingPublish | undefined): void {
    if (!pending) return;
    this.pending = pending;
    this.message = pending.message;
    this.setStatus({ state: 'queued' });
    void this.retryQueued();
  }

  /** After an edit, a finished publish's message gives way to the draft's state. */
  edited(): void {
    const { state } = this.status;
    if (state === 'done' || state === 'invalid' || state === 'error') this.setStatus({ state: 'idle' });
  }

  async publish(minor: boolean): Promise<void> {
    if (!this.options.client() || !this.options.model.base) return;
    const pending: PendingPublish = { message: this.message, minor, queuedAt: Date.now() };
    this.pending = pending;
    await this.options.drafts.putPending(pending);
    await this.send();
  }

  async retryQueued(): Promise<void> {
    if (this.pending && this.status.state === 'queued') await this.send();
  }

  cancelQueued(): void {
    this.pending = undefined;
    void this.options.drafts.putPending(undefined);
    this.setStatus({ state: 'idle' });
  }

  setStatus(status: PublishStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private async send(): Promise<void> {
    const { model, drafts } = this.options;
    const client = this.options.client();
    if (!this.pending || !client || !model.base || this.status.state === 'publishing') return;
    this.setStatus({ state: 'publishing' });
    try {
      // Only what changed goes out: one entry of 5,000 is a few kB, not the whole source.
      const changes = sourceChanges(new Map(model.realChanges().map((c) => [c.key, model.overrides.get(c.key) ?? null])));
      const published = model.baseSource;
      const result = await client.publishChanges(changes, model.base.etag, { message: this.pending.message, minor: this.pending.minor });
      this.pending = undefined;
      await drafts.putPending(undefined);
      // The new revision is the one edited with the changed items as the server stored them.
      const source = result.items ? applyChanges(published, result.items) : ((await client.source().catch(() => undefined))?.source ?? model.draft);
      const base: SourceResponse = { revision: result.revision, etag: result.etag, published: new Date().toISOString(), by: this.options.me() ?? null, source };
      model.set({ base, overrides: new Map() });
      this.message = '';
      this.setStatus({ state: 'done', text: model.t(result.unchanged ? 'publish.unchanged' : 'publish.done', { revision: result.revision }) });
      // Said first, stored after the next frame: storing 30 MB takes a moment, and nothing is lost
      // meanwhile (a reload before it finds the published revision on the server).
      await afterPaint();
      await drafts.putBase(base);
      await model.replace(new Map());
      this.options.published();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.code === 'offline') return this.setStatus({ state: 'queued' });
      this.pending = undefined;
      await drafts.putPending(undefined);
      if (e.status === 409) {
        const theirs = await client.source();
        this.setStatus({ state: 'conflict' });
        this.options.conflict(theirs);
      } else if (e.status === 422 && Array.isArray(e.body.problems)) {
        const problems = e.body.problems as Problem[];
        this.options.invalid(problems);
        this.setStatus({ state: 'invalid', problems: problems.filter((p) => p.severity === 'error') });
      } else if (e.status === 401) {
        this.setStatus({ state: 'error', text: model.t('publish.signInAgain') });
        this.options.signedOut();
      } else this.setStatus({ state: 'error', text: model.t('publish.failed', { message: model.serverSays(e) }) });
    }
  }
}
