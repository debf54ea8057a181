import type { FeedbackReport } from './report.js';

/** What the feedback inbox made of one report. */
export type SendOutcome =
  | { status: 'sent'; id: string }
  /** Offline, a network error, 5xx or 429: worth sending again later (`retryAfterMs` from 429's Retry-After). */
  | { status: 'retry'; retryAfterMs?: number }
  /** 400, 413, 404 `unknown-entry` (or another 4xx): the report itself is refused; sending it again would not help. */
  | { status: 'rejected'; httpStatus: number; error: string; message: string }
  /** 404 (or 405, which static servers answer to a POST): this content source has no feedback inbox. */
  | { status: 'no-inbox' };

/** POSTs one report as JSON. Never rejects: every failure is an outcome. */
export async function sendReport(url: string, report: FeedbackReport, fetchImpl: typeof fetch = fetch): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { status: 'retry' };
  }
  const body = (await response.json().catch(() => ({}))) as { id?: unknown; error?: unknown; message?: unknown };
  if (response.ok) return { status: 'sent', id: String(body.id ?? '') };
  // The publish server's 404 for an entry it does not have (removed since the reader's revision) is a refusal, not a missing inbox.
  if (response.status === 404 && body.error === 'unknown-entry') return { status: 'rejected', httpStatus: 404, error: 'unknown-entry', message: String(body.message ?? '') };
  if (response.status === 404 || response.status === 405) return { status: 'no-inbox' };
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
    return { status: 'rejected', httpStatus: response.status, error: String(body.error ?? 'invalid'), message: String(body.message ?? '') };
  }
  const retryAfterMs = response.status === 429 ? retryAfter(response.headers.get('retry-after')) : undefined;
  return retryAfterMs === undefined ? { status: 'retry' } : { status: 'retry', retryAfterMs };
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
