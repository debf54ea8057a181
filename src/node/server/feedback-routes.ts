/**
 * The feedback routes of the publish server (node only), see docs/publish-server.md:
 * `POST /api/feedback` is public (a reader reports a mistake; limited per client address,
 * 8 kB bodies), `GET /api/feedback` and `POST /api/feedback/<id>/done` need a token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContentStore } from '../publish/publish-store.js';
import { clientAddress, type TrustProxy } from './client-address.js';
import { FEEDBACK_KINDS, type FeedbackKind, type FeedbackReport, type FeedbackStore } from './feedback-store.js';
import { HttpError } from './http-error.js';
import { readJsonBody } from './json-body.js';
import type { RateLimiter } from './limits.js';

export const FEEDBACK_MAX_BODY = 8 * 1024;
export const FEEDBACK_MAX_MESSAGE = 2000;
export const FEEDBACK_MAX_CONTACT = 200;

const DONE = /^\/api\/feedback\/([^/]+)\/done$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
const CLIENT_ID = /^[\x21-\x7e]{1,64}$/;
/** Control characters but tab and line feed, which a message may contain. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Every control character: a contact is one line. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Whether the path is one of the feedback routes. */
export const isFeedbackPath = (path: string): boolean => path === '/api/feedback' || DONE.test(path);

/**
 * The public part: a report (or its preflight, when it asks for no Authorization header). It is
 * allowed from the origins that may read the pack, since it comes from wherever the pack is embedded.
 */
export function isPublicFeedback(req: IncomingMessage, path: string): boolean {
  if (path !== '/api/feedback') return false;
  if (req.method === 'POST') return true;
  if (req.method !== 'OPTIONS') return false;
  const headers = String(req.headers['access-control-request-headers'] ?? '').toLowerCase();
  return req.headers['access-control-request-method'] === 'POST' && !/\bauthorization\b/.test(headers);
}

const bad = (field: string, message: string) => new HttpError(400, 'bad-feedback', `"${field}" ${message}`, { field });

/** A report from a request body; throws `400 bad-feedback` naming the first wrong field. */
export function parseReport(body: unknown): { report: FeedbackReport; clientId?: string } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'bad-request', 'The body must be a JSON object.');
  const b = body as Record<string, unknown>;
  const text = (field: string, max: number, required: boolean, strip: RegExp): string | undefined => {
    const v = b[field];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string') throw bad(field, 'must be a string.');
    if (v.length > max) throw bad(field, `must be at most ${max} characters.`);
    const clean = v.replace(strip, '').trim();
    if (required && !clean) throw bad(field, 'must not be empty.');
    return clean || undefined;
  };
  const entryId = text('entryId', 200, true, ANY_CONTROL)!;
  if (typeof b.revision !== 'number' || !Number.isInteger(b.revision) || b.revision < 0) throw bad('revision', 'must be the revision number of the pack the reader shows.');
  if (typeof b.lang !== 'string' || !LANG.test(b.lang)) throw bad('lang', 'must be a language code such as "de" or "ar".');
  const message = text('message', FEEDBACK_MAX_MESSAGE, true, CONTROL)!;
  const contact = text('contact', FEEDBACK_MAX_CONTACT, false, ANY_CONTROL);
  const kind = b.kind ?? 'entry';
  if (!FEEDBACK_KINDS.includes(kind as FeedbackKind)) throw bad('kind', `must be one of ${FEEDBACK_KINDS.join(', ')}.`);
  if (b.clientId !== undefined && (typeof b.clientId !== 'string' || !CLIENT_ID.test(b.clientId))) throw bad('clientId', 'must be 1 to 64 visible ASCII characters.');
  const report: FeedbackReport = { entryId, kind: kind as FeedbackKind, revision: b.revision, lang: b.lang, message, ...(contact ? { contact } : {}) };
  return { report, ...(typeof b.clientId === 'string' ? { clientId: b.clientId } : {}) };
}

export interface FeedbackRouteDeps {
  feedback: FeedbackStore;
  content: ContentStore;
  trust: TrustProxy;
  /** Reports per client address. */
  perAddress: RateLimiter;
  authenticate(req: IncomingMessage): Promise<string>;
  send(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void;
}

export function feedbackRoutes(deps: FeedbackRouteDeps): (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => Promise<void> {
  const { feedback, content, send } = deps;
  let known: { revision: number; ids: Record<FeedbackKind, Set<string>> } | undefined;

  async function exists(kind: FeedbackKind, id: string): Promise<boolean> {
    const revision = await content.current();
    if (!revision) return false;
    if (known?.revision !== revision) {
      const s = await content.source(revision);
      const ids = (list: { id: string }[] | undefined) => new Set((list ?? []).map((x) => x.id));
      known = { revision, ids: { entry: ids(s.entries), page: ids(s.pages), event: ids(s.events) } };
    }
    return known.ids[kind].has(id);
  }

  return async (req, res, path, query) => {
    const route = `${req.method ?? 'GET'} ${path === '/api/feedback' ? path : '/api/feedback/<id>/done'}`;
    if (route === 'POST /api/feedback' && isPublicFeedback(req, path)) {
      const wait = deps.perAddress.take(clientAddress(req, deps.trust));
      if (wait) throw new HttpError(429, 'rate-limited', `Too many reports from this address; try again in ${wait} s.`, { retryAfter: wait }, { 'Retry-After': String(wait) });
      const { report, clientId } = parseReport(await readJsonBody(req, FEEDBACK_MAX_BODY));
      if (!(await exists(report.kind, report.entryId))) throw new HttpError(404, 'unknown-entry', `There is no ${report.kind} "${report.entryId}" in the published content.`, { entryId: report.entryId, kind: report.kind });
      const { id, created } = await feedback.add(report, clientId);
      return send(res, created ? 201 : 200, { id });
    }
    const who = await deps.authenticate(req);
    if (route === 'GET /api/feedback') {
      const entry = query.get('entry');
      return send(res, 200, { items: feedback.list({ ...(entry ? { entry } : {}), open: query.get('open') === '1' }) });
    }
    if (route === 'POST /api/feedback/<id>/done') {
      const id = DONE.exec(path)![1]!;
      const item = await feedback.markDone(id, who);
      if (!item) throw new HttpError(404, 'unknown-feedback', `There is no report "${id.slice(0, 40)}".`, { id: id.slice(0, 40) });
      return send(res, 200, { id, done: true });
    }
    throw new HttpError(405, 'method-not-allowed', `${req.method ?? 'GET'} is not allowed on ${path}.`, { method: req.method ?? 'GET', path });
  };
}
