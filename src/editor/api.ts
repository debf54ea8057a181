/**
 * The publish server's editors' API (docs/publish-server.md), for `<kompass-editor>`.
 * The token is sent as a Bearer header and never logged. A request that cannot reach the
 * server rejects with `ApiError` code `offline`, so callers can wait and retry.
 */
import type { Problem } from '../authoring/problems.js';
import type { SourceContent } from '../pack/types.js';
import type { SourceChange } from '../authoring/change-set.js';

export interface SourceResponse {
  revision: number;
  etag: string;
  published: string | null;
  by: string | null;
  source: SourceContent | null;
}

export interface PublishResponse {
  revision: number;
  etag: string;
  previous: number;
  unchanged: boolean;
  outdated: string[];
  warnings: Problem[];
  lines: string[];
  /** `PATCH /source` only: the changed items as the server stored them (translations stamped). */
  items?: SourceChange[];
}

/** A reader's report of a mistake (`GET /api/feedback`). */
export interface FeedbackItem {
  id: string;
  /** ISO date-time. */
  receivedAt: string;
  entryId: string;
  kind: 'entry' | 'page' | 'event';
  /** The pack revision the reader saw. */
  revision: number;
  /** The reader's language. */
  lang: string;
  message: string;
  contact?: string;
  done: boolean;
  doneBy?: string;
  doneAt?: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The API's error code (`conflict`, `invalid`, `invalid-token`, …) or `offline`. */
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface PublishOptions {
  /** What changed, for the history (at most 500 characters). */
  message?: string;
  /** A correction that needs no new translation: translations are not marked outdated. */
  minor?: boolean;
}

function publishBody(body: Record<string, unknown>, options: PublishOptions): Record<string, unknown> {
  if (options.message) body.message = options.message.slice(0, 500);
  if (options.minor) body.minor = true;
  return body;
}

/** Bodies from this many characters are sent gzip-compressed (a source of 30 MB becomes a few MB). */
const COMPRESS_FROM = 16 * 1024;

/** `text` gzip-compressed, or undefined where the browser has no CompressionStream (then it is sent as it is). */
async function gzipped(text: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (typeof CompressionStream === 'undefined') return undefined;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export class EditorApi {
  constructor(
    /** Base URL of the API, e.g. `https://kompass.example-stadt.de/api`. */
    readonly base: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  private async request<T>(method: string, path: string, options: { body?: unknown; ifMatch?: string } = {}): Promise<{ status: number; data: T }> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}`, Accept: 'application/json' };
    if (options.ifMatch) headers['If-Match'] = options.ifMatch;
    let res: Response;
    try {
      let body: BodyInit | null = null;
      if (options.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        const json = JSON.stringify(options.body);
        const packed = json.length >= COMPRESS_FROM ? await gzipped(json) : undefined;
        if (packed) headers['Content-Encoding'] = 'gzip';
        body = packed ?? json;
      }
      res = await this.fetchImpl(`${this.base.replace(/\/$/, '')}${path}`, { method, headers, body, cache: 'no-store', credentials: 'omit' });
    } catch (e) {
      throw new ApiError(0, 'offline', `The publish server cannot be reached (${e instanceof Error ? e.message : String(e)}).`);
    }
    let data: Record<string, unknown> = {};
    try {
      data = (await res.json()) as Record<string, unknown>;
    } catch {
      if (res.ok) throw new ApiError(res.status, 'malformed', 'The publish server sent an answer that is not JSON.');
    }
    if (!res.ok) throw new ApiError(res.status, typeof data.error === 'string' ? data.error : 'http', typeof data.message === 'string' ? data.message : `HTTP ${res.status}`, data);
    return { status: res.status, data: data as T };
  }

  async me(): Promise<{ name: string }> {
    return (await this.request<{ name: string }>('GET', '/me')).data;
  }

  async source(): Promise<SourceResponse> {
    return (await this.request<SourceResponse>('GET', '/source')).data;
  }

  /** Publishes a whole source (an import, a first publish). */
  async publish(source: SourceContent, etag: string, options: PublishOptions = {}): Promise<PublishResponse> {
    return (await this.request<PublishResponse>('POST', '/publish', { body: publishBody({ source }, options), ifMatch: etag })).data;
  }

  /** Publishes only what changed since revision `etag` (`PATCH /api/source`): one entry is a few kB, not the whole source. */
  async publishChanges(changes: readonly SourceChange[], etag: string, options: PublishOptions = {}): Promise<PublishResponse> {
    return (await this.request<PublishResponse>('PATCH', '/source', { body: publishBody({ changes }, options), ifMatch: etag })).data;
  }

  /** Readers' reports, newest first; `open` leaves out those marked done. */
  async feedback(filter: { entry?: string; open?: boolean } = {}): Promise<FeedbackItem[]> {
    const query = new URLSearchParams();
    if (filter.entry) query.set('entry', filter.entry);
    if (filter.open) query.set('open', '1');
    const q = query.toString();
    return (await this.request<{ items: FeedbackItem[] }>('GET', `/feedback${q ? `?${q}` : ''}`)).data.items;
  }

  async markFeedbackDone(id: string): Promise<void> {
    await this.request('POST', `/feedback/${encodeURIComponent(id)}/done`);
  }
}
