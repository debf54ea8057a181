import { createHash } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { clearTimeout, setTimeout } from 'node:timers';

/**
 * A content-pack server with fault injection, for the sync tests (a web-test-runner middleware).
 *
 * A test configures a site with a unique id, then syncs from `/test-packs/<id>/manifest.json`:
 *
 *   POST /test-packs/__configure   { id, revision, languages?, entries?, etag?, malformed?: [path prefix], tamper?: [Tamper], faults?: [Fault] }
 *   GET  /test-packs/<id>/__log    → [{ path, status, ifNoneMatch }] every request so far
 *   GET  /test-packs/<id>/<file>   the pack: manifest.json, base.<hash>.json, text/<lang>.<hash>.json
 *
 * Fault = { path: prefix of the file path ('manifest.json', 'base', 'text/ar'), kind, status?, delayMs?, times? }
 *   kind: 'drop' (half the body, then the connection is destroyed), 'wrong-hash' (same size, one byte changed),
 *         'wrong-size' (extra bytes appended), 'status' (HTTP `status`, e.g. 500/404), 'delay' (wait `delayMs`),
 *         'malformed' (manifest only: not JSON), 'stall' (headers and half the body, then nothing more
 *         while the connection stays open, until `delayMs` (default 60 s) has passed)
 *   times: how many matching requests it applies to (default: all).
 *   POST /test-packs/<id>/api/feedback   a feedback inbox like the publish server's: 201 { id } (200 for a
 *        `clientId` seen before), 404 `unknown-entry` for an entry the pack does not have; faults on
 *        path 'api/feedback' ('status' with `error`, 'drop': the connection is cut before any answer).
 *        The log entry carries the posted `body`.
 * `malformed: ['text/ar']` publishes that file as invalid JSON, with a manifest whose hash matches it.
 * Tamper = { file: 'manifest' | 'base' | 'text/<lang>', path: ['entries', 0, 'website'], value }: sets that
 * value before the file is hashed (a consistent but tampered pack); on 'manifest' after the file
 * references are made, so it can also declare a wrong size.
 * Responses are written raw (no dev-server ETag, compression or transforms).
 */

const sites = new Map();
const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

const ENDONYMS = { de: ['Deutsch', 'ltr'], en: ['English', 'ltr'], ar: ['العربية', 'rtl'], uk: ['Українська', 'ltr'], fa: ['فارسی', 'rtl'], tr: ['Türkçe', 'ltr'] };

/** A small, valid pack (format kompass-pack/1) whose texts say which revision they belong to. */
/** Sets `value` at `path` inside `target` (the last segment is the key). */
function setAt(target, path, value) {
  let at = target;
  for (const key of path.slice(0, -1)) at = at[key] ??= typeof key === 'number' ? [] : {};
  at[path[path.length - 1]] = value;
}

export function makePack({ revision = 1, languages = ['de', 'en', 'ar'], entries = 6, defaultLanguage = 'de', municipality = 'musterstadt', malformed = [], tamper = [] } = {}) {
  const tampered = (file, value) => {
    for (const t of tamper) if (t.file === file) setAt(value, t.path, t.value);
    return value;
  };
  const files = new Map();
  const categories = [
    { id: 'offices', icon: 'building' },
    { id: 'registration', parent: 'offices', icon: 'id-card' },
    { id: 'counselling', icon: 'chat' },
  ];
  const cats = ['offices', 'registration', 'counselling'];
  const base = {
    format: 'kompass-pack/1',
    hoursWindow: { from: '2026-01-01', until: '2026-12-31' },
    categories,
    entries: Array.from({ length: entries }, (_, i) => ({
      id: `e${i + 1}`,
      kind: i % 2 ? 'counselling' : 'authority',
      categories: [cats[i % 3]],
      address: { street: `Hauptstraße ${i + 1}`, postalCode: '12345', city: 'Musterstadt', lat: 50 + i / 100, lon: 8 + i / 100 },
      openingHours: 'Mo-Fr 08:00-12:00',
      phones: [{ number: `+49 123 45${i}` }],
      lastChecked: '2026-03-01',
    })),
    guides: [{ id: 'arrival', icon: 'flag', steps: [{ id: 'register', entries: ['e1'] }, { id: 'bank', entries: [] }] }],
    synonyms: [],
    revisionNote: `revision ${revision}`,
  };
  const put = (path, value) => {
    const text = malformed.some((p) => path.startsWith(p)) ? JSON.stringify(value).slice(0, -7) : JSON.stringify(value);
    const buf = Buffer.from(text, 'utf8');
    const hash = sha256(buf);
    const file = path.replace('#', hash.slice(0, 16));
    files.set(file, buf);
    return { file, sha256: hash, bytes: buf.length };
  };
  const baseRef = put('base.#.json', tampered('base', base));
  const langRefs = languages.map((code) => {
    const text = {
      format: 'kompass-pack/1',
      lang: code,
      municipalityName: `Musterstadt (${code})`,
      categories: Object.fromEntries(categories.map((c) => [c.id, `${c.id} [${code}]`])),
      entries: Object.fromEntries(base.entries.map((e) => [e.id, { name: `${e.id} ${code} r${revision}`, summary: `Summary of ${e.id} in ${code}` }])),
      guides: { arrival: { title: `Arrival [${code}]`, steps: { register: { title: `Register [${code}]` }, bank: { title: `Bank [${code}]` } } } },
    };
    const [endonym, dir] = ENDONYMS[code] ?? [code, 'ltr'];
    return { code, endonym, dir, completeness: 1, ...put(`text/${code}.#.json`, tampered(`text/${code}`, text)) };
  });
  const manifest = {
    format: 'kompass-pack/1',
    revision,
    published: new Date(Date.UTC(2026, 0, revision)).toISOString(),
    municipality: { id: municipality, name: { de: 'Musterstadt', en: 'Model Town' }, defaultLanguage, timeZone: 'Europe/Berlin', state: 'NW' },
    base: baseRef,
    languages: langRefs,
  };
  tampered('manifest', manifest);
  files.set('manifest.json', Buffer.from(JSON.stringify(manifest), 'utf8'));
  return { manifest, files, base };
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function send(res, status, body, headers = {}) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  res.writeHead(status, { 'Content-Length': buf.length, 'Cache-Control': 'no-store', ...headers });
  res.end(buf);
}

/** The feedback inbox of a site (see the header): faults first, then the publish server's answers. */
async function feedbackInbox(site, req, res, entry) {
  const json = { 'Content-Type': 'application/json' };
  entry.body = await readJson(req).catch(() => null);
  const fault = site.faults.find((f) => f.path === 'api/feedback' && (f.times === undefined || f.times > 0));
  if (fault && fault.times !== undefined) fault.times--;
  if (fault?.kind === 'drop') {
    entry.status = 'dropped';
    return res.socket?.destroy();
  }
  if (fault?.kind === 'status') {
    entry.status = fault.status ?? 500;
    return send(res, entry.status, { error: fault.error ?? 'injected', message: `injected ${entry.status}` }, json);
  }
  const { entryId, kind = 'entry', clientId } = entry.body ?? {};
  const ids = new Set((site.pack.base.entries ?? []).map((e) => e.id));
  if (kind !== 'entry' || !ids.has(entryId)) {
    entry.status = 404;
    return send(res, 404, { error: 'unknown-entry', message: `There is no ${kind} "${entryId}" in the published content.` }, json);
  }
  site.inbox ??= new Map();
  const created = !site.inbox.has(clientId);
  if (created) site.inbox.set(clientId, `fb-${site.inbox.size + 1}`);
  entry.status = created ? 201 : 200;
  return send(res, entry.status, { id: site.inbox.get(clientId) }, json);
}

export function packServerMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test-packs/')) return next();
    ctx.respond = false;
    const { req, res } = ctx;
    const rest = ctx.path.slice('/test-packs/'.length);
    if (rest === '__configure' && req.method === 'POST') {
      const config = await readJson(req);
      const pack = makePack(config);
      const previous = sites.get(config.id);
      sites.set(config.id, { config, pack, log: previous?.log ?? [], inbox: previous?.inbox, faults: (config.faults ?? []).map((f) => ({ ...f })) });
      return send(res, 200, { manifest: pack.manifest, files: [...pack.files.keys()] }, { 'Content-Type': 'application/json' });
    }
    const slash = rest.indexOf('/');
    const site = sites.get(decodeURIComponent(rest.slice(0, slash)));
    const path = rest.slice(slash + 1);
    if (!site) return send(res, 404, 'no such site');
    if (path === '__log') return send(res, 200, site.log, { 'Content-Type': 'application/json' });

    const entry = { path, status: 200, ifNoneMatch: req.headers['if-none-match'] ?? null };
    site.log.push(entry);
    if (path === 'api/feedback' && req.method === 'POST') return feedbackInbox(site, req, res, entry);
    let body = site.pack.files.get(path);
    if (!body) {
      entry.status = 404;
      return send(res, 404, `not found: ${path}`);
    }
    const fault = site.faults.find((f) => path.startsWith(f.path) && (f.times === undefined || f.times > 0));
    if (fault && fault.times !== undefined) fault.times--;
    if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000));
    if (fault?.kind === 'status') {
      entry.status = fault.status ?? 500;
      return send(res, entry.status, `injected ${entry.status}`);
    }
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    if (fault?.kind === 'stall') {
      entry.status = 'stalled';
      res.writeHead(200, { ...headers, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      const end = setTimeout(() => res.socket?.destroy(), fault.delayMs ?? 60_000);
      res.on('close', () => clearTimeout(end));
      return;
    }
    if (path === 'manifest.json') {
      if (fault?.kind === 'malformed') body = Buffer.from('{"format": "kompass-pack/1", "revision": ');
      const etag = `"r${site.config.revision ?? 1}-${sha256(body).slice(0, 12)}"`;
      if (site.config.etag !== false) {
        headers.ETag = etag;
        if (req.headers['if-none-match'] === etag) {
          entry.status = 304;
          res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' });
          return res.end();
        }
      }
      return send(res, 200, body, { ...headers, 'Cache-Control': 'no-cache' });
    }
    if (fault?.kind === 'wrong-hash') {
      body = Buffer.from(body);
      const i = body.indexOf(Buffer.from('Summary')) >= 0 ? body.indexOf(Buffer.from('Summary')) : body.indexOf(Buffer.from('Hauptstra'));
      body[i] = body[i] === 0x53 ? 0x73 : 0x68; // S → s / H → h
    }
    if (fault?.kind === 'wrong-size') body = Buffer.concat([body, Buffer.from('          ')]);
    if (fault?.kind === 'drop') {
      entry.status = 'dropped';
      res.writeHead(200, { ...headers, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      setTimeout(() => res.socket?.destroy(), 30);
      return;
    }
    return send(res, 200, body, headers);
  };
}
