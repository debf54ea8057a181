import type { ReportOutcome } from '../context/app-context.js';
import type { KompassStore } from '../store/index.js';
import { feedbackUrl, newClientId, type FeedbackReport } from './report.js';
import { sendReport } from './send-report.js';

/** Where reports go: the store that queues them and the pack's manifest URL (the scope). */
export interface FeedbackTarget {
  store: KompassStore;
  scope: string;
}

/** How reports reach the inbox: `fetch`, and whether the device is online (`navigator.onLine` by default). */
export interface Connection {
  fetch: typeof fetch;
  isOnline(): boolean;
}

/** Called when the server asked to wait (429's Retry-After) or was unreachable (`undefined`: a default wait). */
export type RetryLater = (ms?: number) => void;

/**
 * Sends a new report now, or queues it on the device when that is not possible (offline,
 * network error, 5xx, 429). 400/413, an unknown entry and "no inbox" (404) are answered, not queued.
 */
export async function submitReport(target: FeedbackTarget, connection: Connection, fields: Omit<FeedbackReport, 'clientId'>, retryLater: RetryLater): Promise<ReportOutcome> {
  const report: FeedbackReport = { ...fields, clientId: newClientId() };
  if (connection.isOnline()) {
    const outcome = await sendReport(feedbackUrl(target.scope), report, connection.fetch);
    if (outcome.status === 'sent' || outcome.status === 'no-inbox') return { status: outcome.status };
    // An entry the server no longer publishes: nothing the reader wrote is wrong, and the editors' e-mail still reaches them.
    if (outcome.status === 'rejected' && outcome.error === 'unknown-entry') return { status: 'no-inbox' };
    if (outcome.status === 'rejected') return { status: 'rejected', reason: outcome.httpStatus === 413 ? 'too-long' : 'invalid' };
    retryLater(outcome.retryAfterMs);
  }
  try {
    await target.store.feedback.add({ scope: target.scope, clientId: report.clientId, report, queuedAt: Date.now() });
    return { status: 'queued' };
  } catch {
    return { status: 'failed' };
  }
}

/**
 * Sends the queued reports, oldest first, and deletes each the server answered; stops at the
 * first that must wait. A queued report the server refuses is dropped, and `onDropped` hears of it.
 */
export async function sendQueued(target: FeedbackTarget, connection: Connection, retryLater: RetryLater, onDropped: (detail: string) => void): Promise<void> {
  if (!connection.isOnline()) return;
  const queued = await target.store.feedback.list(target.scope).catch(() => []);
  const url = feedbackUrl(target.scope);
  for (const { clientId, report } of queued) {
    const outcome = await sendReport(url, report, connection.fetch);
    if (outcome.status === 'retry') return retryLater(outcome.retryAfterMs);
    await target.store.feedback.delete(target.scope, clientId).catch(() => undefined);
    if (outcome.status === 'sent') continue;
    const why = outcome.status === 'rejected' ? `${outcome.httpStatus} ${outcome.error}` : outcome.status;
    onDropped(`A queued report on ${report.entryId} was refused by ${url} (${why}) and dropped.`);
  }
}
