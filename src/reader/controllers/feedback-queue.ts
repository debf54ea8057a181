import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedbackState, ReportOutcome } from '../context/app-context.js';
import type { FeedbackReport } from '../feedback/report.js';
import type { Connection, FeedbackTarget } from '../feedback/outbox.js';
import { KompassErrorEvent } from '../events/kompass-error.js';

/** How long to wait before trying an unreachable or busy server again, unless it said (Retry-After); at most an hour. */
const RETRY_MS = 5 * 60_000;
const MAX_RETRY_MS = 60 * 60_000;

/** The browser's own: the global `fetch` (looked up at each call) and `navigator.onLine`. */
const browserConnection: Connection = {
  fetch: (input, init) => fetch(input, init),
  isOnline: () => navigator.onLine,
};

/** The sending code, a chunk of its own: loaded at the first flush (at start), so it is there offline. */
const outbox = () => import('../feedback/outbox.js');

/**
 * Sends the reader's reports of mistakes, and queues on the device what cannot be sent now.
 * The queue is sent on `online`, on `flush()` (the app calls it at start and after each sync)
 * and after a server's Retry-After. One flush at a time, and each report carries its
 * `clientId`, so a report is stored once by the server.
 */
export class FeedbackQueueController implements ReactiveController, FeedbackState {
  private flushing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onOnline = () => void this.flush();
  private readonly retryLater = (ms = RETRY_MS) => {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onOnline, Math.min(ms, MAX_RETRY_MS));
  };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly target: () => FeedbackTarget | undefined,
    /** How reports are sent and when the device counts as online (tests pass their own). */
    public connection: Connection = browserConnection,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  async submit(fields: Omit<FeedbackReport, 'clientId'>): Promise<ReportOutcome> {
    const target = this.target();
    if (!target) return { status: 'failed' };
    try {
      return await (await outbox()).submitReport(target, this.connection, fields, this.retryLater);
    } catch {
      return { status: 'failed' };
    }
  }

  /** Sends the queued reports (a flush already running is joined, not doubled). */
  flush(): Promise<void> {
    return (this.flushing ??= (async () => {
      const { sendQueued } = await outbox();
      const target = this.target();
      // The reader was told a queued report would be sent; the host at least hears when it was not.
      if (target) await sendQueued(target, this.connection, this.retryLater, (detail) => this.host.dispatchEvent(new KompassErrorEvent('http', detail)));
    })()
      .catch(() => undefined)
      .finally(() => (this.flushing = undefined)));
  }
}
