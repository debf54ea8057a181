/**
 * The publish server (node only, `node:http`, no framework): serves the current content pack
 * and an authenticated JSON API for `<kompass-editor>`. See docs/publish-server.md.
 *
 * No part of a request path is ever joined to a file-system path: pack files are looked up
 * in a table built from the kept revisions' manifests, API routes are matched exactly.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { formatProblem } from '../../authoring/problems.js';
import { validateContent } from '../../authoring/source-plan.js';
import { countProblems } from '../../authoring/problems.js';
import { translationStatus } from '../../authoring/translation.js';
import type { PackManifest } from '../../pack/types.js';
import { ContentStore, PublishError, assertSourceShape, etagOf, revisionOfEtag, type PublishResult, type StoreOptions } from '../publish/publish-store.js';
import { clientAddress, parseTrustProxy, type TrustProxySetting } from './client-address.js';
import { FeedbackStore } from './feedback-store.js';
import { feedbackRoutes, isFeedbackPath, isPublicFeedback } from './feedback-routes.js';
import { HttpError, errorParams } from './http-error.js';
import { readJsonBody } from './json-body.js';
import { itemsNamed, type SourceChange } from '../../authoring/change-set.js';
import { Gate, RateLimiter } from './limits.js';
import { TokenVerifier, tokenIdOf } from './tokens.js';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export interface ServerOptions {
  /** The server's data folder (see store.ts). */
  content: string;
  port?: number;
  host?: string;
  /** Origins allowed to read the pack and use the API from a browser, e.g. `https://app.example-stadt.de`; `*` allows any origin for the pack (never for the API). */
  origins?: string[];
  /** Revisions kept (default 20). */
  keep?: number;
  /** Largest request body in bytes (default 20 MB). */
  maxBodyBytes?: number;
  /** API requests per token per minute (default 120). */
  rateLimit?: number;
  /** Failed authentications per client address, and per token id, per 10 minutes before 429 (default 20). */
  authFailures?: number;
  /**
   * Reverse proxies whose `X-Forwarded-For` / `Forwarded` is believed: `true`, `"loopback"`,
   * or addresses and CIDR ranges (list or comma-separated). Default: none — the socket address counts.
   */
  trustProxy?: TrustProxySetting;
  /** Token checks (scrypt) run at once (default 1). */
  hashConcurrency?: number;
  /** Token checks waiting for their turn before `503 busy` (default 8). */
  hashQueue?: number;
  /** Readers' reports (`POST /api/feedback`) per client address per hour (default 10). */
  feedbackPerHour?: number;
  /** Open reports kept before new ones get `507 feedback-full` (default 10,000). */
  feedbackMaxOpen?: number;
  /** How long a publish waits for another process's publish lock before `423 locked` (default 10 s). */
  lockWaitMs?: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  store: ContentStore;
  close(): Promise<void>;
}

/** Settings from `<content>/server.json`, overridden by explicit options. */
export async function readServerConfig(dir: string): Promise<Partial<ServerOptions>> {
  try {
    return JSON.parse(await readFile(join(dir, 'server.json'), 'utf8')) as Partial<ServerOptions>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${join(dir, 'server.json')} cannot be read: ${(e as Error).message}`);
  }
}

interface PackFileInfo {
  path: string;
  immutable: boolean;
}

const HASHED = /^\/(base|text\/[a-z0-9-]+)\.[0-9a-f]{16}\.json$/;
const COMPRESSIBLE_MIN = 512;

/** Answers after which the request body is not read: the connection is closed instead. */
const CLOSE_AFTER = new Set([401, 413, 415]);

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const fileConfig = await readServerConfig(options.content);
  const opts: ServerOptions = { ...fileConfig, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as ServerOptions;
  const trust = parseTrustProxy(opts.trustProxy, 'trustProxy');
  const storeOptions: StoreOptions = {};
  if (opts.keep !== undefined) storeOptions.keep = opts.keep;
  if (opts.lockWaitMs !== undefined) storeOptions.lockWaitMs = opts.lockWaitMs;
  // Sending 19 MB takes many turns of the event loop: getting the next publish ready waits for it.
  const sending = new Set<Promise<void>>();
  storeOptions.between = () => Promise.all(sending);
  const store = new ContentStore(opts.content, storeOptions);
  await store.init();
  const tokens = new TokenVerifier(store.tokensFile);
  const hashing = new Gate(Math.max(1, opts.hashConcurrency ?? 1), Math.max(0, opts.hashQueue ?? 8));
  const origins = new Set(opts.origins ?? []);
  const maxBody = opts.maxBodyBytes ?? 20 * 1024 * 1024;
  const perToken = new RateLimiter(opts.rateLimit ?? 120);
  const failures = new RateLimiter(opts.authFailures ?? 20, 10 * 60_000);
  const log = opts.log ?? (() => undefined);
  const feedback = new FeedbackStore(opts.content, opts.feedbackMaxOpen !== undefined ? { maxOpen: opts.feedbackMaxOpen } : {});
  await feedback.init();

  // The table of servable files, rebuilt when the current revision changes.
  let indexed = -1;
  let files = new Map<string, PackFileInfo>();
  let manifestBytes: Buffer | undefined;
  let manifestEtag = '';
  const compressed = new Map<string, Buffer>();
  let compressedBytes = 0;

  async function refreshIndex(): Promise<number> {
    const current = await store.current();
    if (current === indexed) return current;
    const next = new Map<string, PackFileInfo>();
    for (const rev of await store.revisions()) {
      if (rev > current) continue;
      try {
        const m = JSON.parse(await readFile(join(store.packDir(rev), 'manifest.json'), 'utf8')) as PackManifest;
        for (const f of [m.base.file, ...m.languages.map((l) => l.file)]) {
          if (HASHED.test(`/${f}`)) next.set(`/${f}`, { path: join(store.packDir(rev), ...f.split('/')), immutable: true });
        }
      } catch {
        // a revision without a readable manifest serves nothing
      }
    }
    manifestBytes = current ? await readFile(join(store.packDir(current), 'manifest.json')) : undefined;
    manifestEtag = manifestBytes ? `"m-${createHash('sha256').update(manifestBytes).digest('hex').slice(0, 16)}"` : '';
    files = next;
    indexed = current;
    return current;
  }

  function cors(req: IncomingMessage, res: ServerResponse, api: boolean): boolean {
    const origin = req.headers.origin;
    if (!origin) return true;
    if (origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin, Accept-Encoding');
      res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After');
      return true;
    }
    if (!api && origins.has('*')) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After');
      return true;
    }
    return false;
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const bytes = Buffer.from(`${JSON.stringify(body, null, 2)}\n`, 'utf8');
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(bytes.length), 'Cache-Control': 'no-store', ...headers });
    res.end(bytes);
  }

  /**
   * The source for the editor: compact JSON, gzip-compressed when the client takes it (a
   * 5,000-entry source of 34 MB travels as a few MB), made once per revision.
   */
  type SourceBody = { etag: string; json: Buffer; gzip: Promise<Buffer> };
  /** The answer being made or made, by etag: whoever asks meanwhile shares it. */
  let sourceBody: { etag: string; made: Promise<SourceBody> } | undefined;
  /** The current source's answer, made once per revision (at start and after a publish, before anyone asks). */
  async function sourceAnswer(): Promise<SourceBody> {
    const revision = await store.current();
    const etag = etagOf(revision);
    if (sourceBody?.etag !== etag) {
      const made = (async (): Promise<SourceBody> => {
        const meta = revision ? await store.meta(revision) : undefined;
        // JSON.stringify of { revision, etag, published, by, source }, the source's JSON as the store keeps it (not serialised again).
        const head = JSON.stringify({ revision, etag, published: meta?.published ?? null, by: meta?.by ?? null });
        const json = Buffer.from(`${head.slice(0, -1)},"source":${revision ? await store.sourceJson(revision) : 'null'}}`, 'utf8');
        // Compressed on libuv's threads: the server goes on answering meanwhile.
        const gzip = gz(json, { level: 1 });
        gzip.catch(() => undefined);
        return { etag, json, gzip };
      })();
      sourceBody = { etag, made };
      made.catch(() => {
        if (sourceBody?.made === made) sourceBody = undefined;
      });
    }
    return sourceBody.made;
  }
  async function sendSource(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cached = await sourceAnswer();
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ETag: cached.etag, Vary: 'Accept-Encoding' };
    let bytes = cached.json;
    if (bytes.length >= COMPRESSIBLE_MIN && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      bytes = await cached.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(bytes.length);
    res.writeHead(200, headers);
    const sent = new Promise<void>((resolve) => res.once('close', resolve));
    sending.add(sent);
    void sent.then(() => sending.delete(sent));
    res.end(bytes);
    // An editor has the source: the publish it will make is got ready meanwhile.
    setTimeout(() => void store.prepare().catch(() => undefined), 50);
  }

  async function servePack(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    await refreshIndex();
    let bytes: Buffer;
    let etag: string;
    let cacheControl: string;
    let key: string;
    if (path === '/manifest.json') {
      if (!manifestBytes) throw new HttpError(404, 'not-published', 'Nothing has been published yet.');
      bytes = manifestBytes;
      etag = manifestEtag;
      cacheControl = 'no-cache';
      key = `manifest:${manifestEtag}`;
    } else {
      const info = HASHED.test(path) ? files.get(path) : undefined;
      if (!info) throw new HttpError(404, 'not-found', 'No such file in the published content.');
      bytes = await readFile(info.path);
      etag = `"${/\.([0-9a-f]{16})\.json$/.exec(path)![1]}"`;
      cacheControl = 'public, max-age=31536000, immutable';
      key = info.path;
    }
    const headers: Record<string, string> = {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': cacheControl,
      ETag: etag,
      Vary: res.getHeader('Vary') ? String(res.getHeader('Vary')) : 'Accept-Encoding',
    };
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const enc = bytes.length < COMPRESSIBLE_MIN ? undefined : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
    let body = bytes;
    if (enc) {
      const ck = `${enc}:${key}`;
      let c = compressed.get(ck);
      if (!c) {
        c = enc === 'br' ? await brotli(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }) : await gz(bytes, { level: 9 });
        if (compressedBytes > 64 * 1024 * 1024) {
          compressed.clear();
          compressedBytes = 0;
        }
        compressed.set(ck, c);
        compressedBytes += c.length;
      }
      body = c;
      headers['Content-Encoding'] = enc;
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * The editor's name. A token verified a few minutes ago is known without hashing; any other
   * is limited by failures per client address and per token id, then checked by scrypt
   * through the hashing gate (503 when its queue is full).
   */
  async function authenticate(req: IncomingMessage): Promise<string> {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new HttpError(401, 'unauthorized', 'Send your editor token: Authorization: Bearer <token>.', {}, { 'WWW-Authenticate': 'Bearer realm="kompass"' });
    const token = m[1]!;
    let name = await tokens.cached(token);
    if (!name) {
      const keys = [`address:${clientAddress(req, trust)}`];
      const id = tokenIdOf(token);
      if (id) keys.push(`token:${id}`);
      const limited = () => keys.some((k) => failures.exhausted(k));
      const tooMany = () => new HttpError(429, 'too-many-failures', 'Too many failed sign-ins from this address or with this token; wait a few minutes.', {}, { 'Retry-After': '600' });
      if (limited()) throw tooMany();
      // Re-checked when its turn comes: the queued checks may have used up the budget meanwhile.
      const check = hashing.tryRun(async () => (limited() ? 'limited' : await tokens.verify(token)));
      if (!check) throw new HttpError(503, 'busy', 'The server is busy checking sign-ins; try again in a few seconds.', {}, { 'Retry-After': '5' });
      const result = await check;
      if (result === 'limited') throw tooMany();
      if (!result) {
        for (const k of keys) failures.take(k);
        throw new HttpError(401, 'invalid-token', 'This token is not valid (mistyped, or removed); ask for a new one.', {}, { 'WWW-Authenticate': 'Bearer realm="kompass", error="invalid_token"' });
      }
      name = result;
    }
    const wait = perToken.take(name);
    if (wait) throw new HttpError(429, 'rate-limited', `Too many requests; try again in ${wait} s.`, { retryAfter: wait }, { 'Retry-After': String(wait) });
    return name;
  }

  const readJson = (req: IncomingMessage): Promise<unknown> => readJsonBody(req, maxBody);

  function bodyObject(body: unknown): Record<string, unknown> {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'bad-request', 'The body must be a JSON object.');
    return body as Record<string, unknown>;
  }

  function ifMatch(req: IncomingMessage, required: boolean): number | undefined {
    const v = req.headers['if-match'];
    if (v === undefined) {
      if (required) throw new HttpError(428, 'precondition-required', 'Send If-Match with the etag of the source you edited (from GET /api/source), so nobody\'s changes are overwritten.');
      return undefined;
    }
    const rev = revisionOfEtag(String(v));
    if (rev === undefined) throw new HttpError(400, 'bad-if-match', `If-Match "${String(v)}" is not a Kompass etag such as "r12".`, { value: String(v) });
    return rev;
  }

  function publishResponse(r: PublishResult): Record<string, unknown> {
    return {
      revision: r.revision,
      etag: etagOf(r.revision),
      previous: r.previous,
      unchanged: r.unchanged,
      changes: r.changes,
      outdated: r.outdated,
      warnings: r.warnings,
      lines: r.warnings.map(formatProblem),
      ...(r.manifest ? { manifest: r.manifest } : {}),
    };
  }

  const feedbackApi = feedbackRoutes({ feedback, content: store, trust, perAddress: new RateLimiter(opts.feedbackPerHour ?? 10, 3_600_000), authenticate, send });

  async function api(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    const method = req.method ?? 'GET';
    const route = `${method} ${path}`;
    const known = ['/api/source', '/api/publish', '/api/validate', '/api/revisions', '/api/rollback', '/api/audit', '/api/status', '/api/me'];
    if (isFeedbackPath(path)) return feedbackApi(req, res, path, query);
    if (!known.includes(path)) throw new HttpError(404, 'not-found', 'No such API route; see docs/publish-server.md.');
    const who = await authenticate(req);
    switch (route) {
      case 'GET /api/me':
        return send(res, 200, { name: who });
      case 'GET /api/source':
        return sendSource(req, res);
      case 'PUT /api/source':
      case 'POST /api/publish': {
        const expected = ifMatch(req, true);
        const body = bodyObject(await readJson(req));
        const source = route === 'PUT /api/source' && !('source' in body) ? body : body.source;
        const message = typeof body.message === 'string' ? body.message.slice(0, 500) : undefined;
        const r = await store.publish({ source, by: who, expected: expected!, minor: body.minor === true, ...(message ? { message } : {}) });
        log(`${new Date().toISOString()} ${who} published revision ${r.revision}${r.unchanged ? ' (unchanged)' : ''}`);
        void sourceAnswer().catch(() => undefined);
        return send(res, r.unchanged ? 200 : 201, publishResponse(r), { ETag: etagOf(r.revision) });
      }
      case 'PATCH /api/source': {
        const expected = ifMatch(req, true);
        const body = bodyObject(await readJson(req));
        const message = typeof body.message === 'string' ? body.message.slice(0, 500) : undefined;
        const started = performance.now();
        const r = await store.publishChanges({ changes: body.changes, by: who, expected: expected!, minor: body.minor === true, ...(message ? { message } : {}) });
        const changes = body.changes as SourceChange[];
        log(`${new Date().toISOString()} ${who} published revision ${r.revision} (${changes.length} changed items, ${((performance.now() - started) / 1000).toFixed(1)} s)${r.unchanged ? ' (unchanged)' : ''}`);
        void sourceAnswer().catch(() => undefined); // the next editor's source, made before it is asked for
        // The changed items as stored (translations stamped): the editor's new base without loading the whole source again.
        const items = r.content ? itemsNamed(r.content, changes) : [];
        return send(res, r.unchanged ? 200 : 201, { ...publishResponse(r), items }, { ETag: etagOf(r.revision) });
      }
      case 'POST /api/validate': {
        const body = bodyObject(await readJson(req));
        const source = 'source' in body ? body.source : body;
        try {
          assertSourceShape(source);
        } catch (e) {
          if (e instanceof PublishError) throw new HttpError(422, e.code, e.message, e.details);
          throw e;
        }
        const problems = validateContent(source);
        return send(res, 200, { ok: countProblems(problems).errors === 0, counts: countProblems(problems), problems, lines: problems.map(formatProblem) });
      }
      case 'GET /api/revisions': {
        const current = await store.current();
        const list = [];
        for (const r of (await store.revisions()).filter((x) => x <= current).reverse()) {
          const meta = await store.meta(r);
          list.push({ revision: r, etag: etagOf(r), current: r === current, published: meta?.published ?? null, by: meta?.by ?? null, action: meta?.action ?? null, message: meta?.message ?? null, restoredFrom: meta?.restoredFrom ?? null, changes: meta?.changes ?? null });
        }
        return send(res, 200, { current, etag: etagOf(current), revisions: list });
      }
      case 'POST /api/rollback': {
        const expected = ifMatch(req, true);
        const body = bodyObject(await readJson(req));
        if (typeof body.revision !== 'number' || !Number.isInteger(body.revision)) throw new HttpError(400, 'bad-request', 'Send { "revision": <number> }.');
        const r = await store.rollback(body.revision, who, expected);
        log(`${new Date().toISOString()} ${who} rolled back to revision ${body.revision} as ${r.revision}`);
        return send(res, 201, { ...publishResponse(r), restoredFrom: body.revision }, { ETag: etagOf(r.revision) });
      }
      case 'GET /api/audit': {
        const limit = Math.min(1000, Math.max(1, Number(query.get('limit') ?? 100) || 100));
        return send(res, 200, { records: await store.auditTail(limit) });
      }
      case 'GET /api/status': {
        const revision = await store.current();
        if (!revision) return send(res, 200, { revision, status: null });
        return send(res, 200, { revision, status: translationStatus(await store.source(revision)) });
      }
      default:
        throw new HttpError(405, 'method-not-allowed', `${method} is not allowed on ${path}.`, { method, path });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    if (raw.length > 2048) throw new HttpError(414, 'uri-too-long', 'The address is too long.');
    let url: URL;
    try {
      url = new URL(raw, 'http://kompass.invalid');
    } catch {
      throw new HttpError(400, 'bad-request', 'The address cannot be read.');
    }
    const path = url.pathname;
    const isApi = path === '/api' || path.startsWith('/api/');
    // A reader's report comes from wherever the pack is embedded: the pack's origins apply.
    const isPublic = isPublicFeedback(req, path);
    if (!cors(req, res, isApi && !isPublic) && req.method === 'OPTIONS') throw new HttpError(403, 'origin-not-allowed', 'This origin may not use this server; add it to the allowed origins.');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': isPublic ? 'POST, OPTIONS' : isApi ? 'GET, POST, PUT, PATCH, OPTIONS' : 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': isPublic ? 'Content-Type' : 'Authorization, Content-Type, Content-Encoding, If-Match, If-None-Match',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    if (isApi) return api(req, res, path, url.searchParams);
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method-not-allowed', 'The content is read-only here; publish through /api/publish.', {}, { Allow: 'GET, HEAD, OPTIONS' });
    if (path === '/' || path === '/health') {
      const current = await refreshIndex();
      return send(res, 200, { service: 'kompass', revision: current, manifest: current ? '/manifest.json' : null });
    }
    return servePack(req, res, path);
  }

  /**
   * Sends an error. After 401, 413 and 415, and whenever the request body has not been read,
   * the connection is closed once the answer is out: the body is never read (node would
   * otherwise drain it to keep the connection alive, for as long as the client sends).
   */
  function sendError(req: IncomingMessage, res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string>): void {
    const close = CLOSE_AFTER.has(status) || !req.complete;
    send(res, status, body, close ? { ...headers, Connection: 'close' } : headers);
    if (close) res.once('finish', () => req.socket.destroy());
  }

  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) sendError(req, res, e.status, { error: e.code, message: e.message, ...e.details, params: errorParams(e.details) }, e.headers);
      else if (e instanceof PublishError) sendError(req, res, e.status, { error: e.code, message: e.message, ...e.details, params: errorParams(e.details) }, e.status === 423 ? { 'Retry-After': '5' } : {});
      else {
        log(`${new Date().toISOString()} error: ${(e as Error).stack ?? String(e)}`);
        sendError(req, res, 500, { error: 'internal', message: 'Something went wrong on the server; nothing was changed. The server log has details.' }, {});
      }
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8787, opts.host ?? '127.0.0.1', () => resolve());
  });
  // The current source, read and compressed before the first editor asks for it; then the next publish got ready (in slices).
  // The preparation starts once the answer is compressed: on a busy machine the first editor's answer comes first.
  void sourceAnswer()
    .then((a) => a.gzip)
    .catch(() => undefined)
    .then(() => store.prepare());
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    server,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
