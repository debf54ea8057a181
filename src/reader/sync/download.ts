/**
 * The network half of the sync (loaded when a sync starts, not with the first screen): the
 * manifest and pack files fetched with a watchdog and retries, checked (size, SHA-256,
 * shape) and stored, then activated. `SyncService.sync` imports it; an offline start that
 * shows stored content never needs it.
 */
import type { LanguageCode, PackFileRef, PackManifest, PackText } from '../../pack/types.js';
import { listProjection } from '../../pack/text-projection.js';
import type { RevisionRef } from '../store/schema.js';
import { StoreError, derivedKey, isQuotaError, revisionFiles, toStoreError, type KompassStore } from '../store/store.js';
import { SyncError, describe } from './errors.js';
import { fileProblem, manifestProblem } from './verify.js';
import { digestHex } from '../../pack/sha256.js';
import { MAX_FILE_BYTES, SyncActivatedEvent, SyncErrorEvent, SyncProgressEvent, type SyncOptions, type SyncResult, type SyncService } from './sync-service.js';

export async function runSync(svc: SyncService, { languages, force = false, signal }: SyncOptions): Promise<SyncResult> {
  const abort = new AbortController();
  const onOffline = () => abort.abort(new SyncError('network', `The device went offline while syncing ${svc.manifestUrl}.`));
  const onAbort = () => abort.abort(new SyncError('network', `The sync of ${svc.manifestUrl} was cancelled.`));
  if (typeof window !== 'undefined') window.addEventListener('offline', onOffline);
  signal?.addEventListener('abort', onAbort);
  if (signal?.aborted) onAbort();
  const progress = { done: 0, total: 0 };
  let active;
  try {
    active = await svc.store.pointer.get(svc.scope).catch(() => undefined);
    if (typeof navigator !== 'undefined' && navigator.onLine === false)
      throw new SyncError('network', `The device is offline; ${svc.manifestUrl} was not checked.`, { url: svc.manifestUrl });
    const result = await update(svc, languages, force, active, abort.signal, progress);
    await svc.store.meta.setLastSync(svc.scope, Date.now()).catch(() => undefined);
    return result;
  } catch (e) {
    const error = asSyncError(svc, e, abort.signal);
    svc.dispatchEvent(new SyncErrorEvent(error));
    return { status: 'failed', revision: active?.revision, languages: active?.languages, bytesDownloaded: progress.done, error };
  } finally {
    if (typeof window !== 'undefined') window.removeEventListener('offline', onOffline);
    signal?.removeEventListener('abort', onAbort);
  }
}

async function update(svc: SyncService, 
  requested: LanguageCode[],
  force: boolean,
  active: Awaited<ReturnType<KompassStore['pointer']['get']>>,
  signal: AbortSignal,
  progress: { done: number; total: number },
): Promise<SyncResult> {
  const storedEtag = active ? await svc.store.meta.etag(svc.scope).catch(() => undefined) : undefined;
  const fetched = await fetchManifest(svc, storedEtag, signal);
  const manifest = fetched ? fetched.manifest : active!.manifest;
  const etag = fetched ? fetched.etag : storedEtag;

  if (active && manifest.revision < active.revision && !force) {
    throw new SyncError(
      'stale-revision',
      `${svc.manifestUrl} has revision ${manifest.revision}, older than the active revision ${active.revision} (a stale CDN copy?); it was not used. Sync with force to accept it.`,
      { url: svc.manifestUrl },
    );
  }
  // One revision number, one pack: other files under the active number are a second publish
  // under the same number (or a mix-up of two packs), refused like a stale copy.
  const clash =
    !!active &&
    active.revision === manifest.revision &&
    (active.manifest.base.sha256 !== manifest.base.sha256 ||
      manifest.languages.some((l) => active.manifest.languages.some((a) => a.code === l.code && a.sha256 !== l.sha256)));
  if (clash && !force) {
    throw new SyncError(
      'stale-revision',
      `${svc.manifestUrl} has revision ${manifest.revision}, the active revision, but other files; it was not used. Sync with force to accept it.`,
      { url: svc.manifestUrl },
    );
  }
  const same = !!active && active.revision === manifest.revision && active.manifest.base.sha256 === manifest.base.sha256;
  const offered = new Set(manifest.languages.map((l) => l.code));
  const wanted = [manifest.municipality.defaultLanguage, ...requested].filter((l) => offered.has(l));
  const langs = [...new Set(same ? [...active!.languages.filter((l) => offered.has(l)), ...wanted] : wanted)];
  const next: RevisionRef = { manifest, revision: manifest.revision, languages: langs };

  const missing: PackFileRef[] = [];
  for (const f of revisionFiles(next)) if (!(await svc.store.files.has(f.sha256))) missing.push(f);

  if (same && !missing.length && langs.every((l) => active!.languages.includes(l))) {
    if (etag && etag !== storedEtag) await svc.store.pointer.activate(svc.scope, { ...active!, manifest, etag });
    return { status: 'unchanged', revision: active!.revision, languages: active!.languages, bytesDownloaded: 0 };
  }

  progress.total = missing.reduce((n, f) => n + f.bytes, 0);
  svc.dispatchEvent(new SyncProgressEvent(0, progress.total, manifest));
  const fresh = new Map<string, unknown>();
  const inner = new AbortController();
  const stop = () => inner.abort(signal.reason);
  signal.addEventListener('abort', stop);
  try {
    await Promise.all(
      missing.map(async (f) => {
        try {
          const lang = manifest.languages.find((l) => l.sha256 === f.sha256 && l.file === f.file)?.code;
          fresh.set(f.sha256, await download(svc, f, f === manifest.base ? 'base' : 'text', lang, inner.signal, progress));
        } catch (e) {
          inner.abort(e);
          throw e;
        }
      }),
    );
  } finally {
    signal.removeEventListener('abort', stop);
  }

  const pointer = await svc.store.pointer.activate(svc.scope, { ...next, manifestUrl: svc.manifestUrl, etag });
  for (const [sha, json] of fresh) svc.parsed.set(sha, json);
  await svc.store.files.gc({ graceMs: svc.gcGraceMs }).catch(() => undefined);
  const snapshot = await svc.loadActive(requested);
  if (snapshot) svc.dispatchEvent(new SyncActivatedEvent(snapshot, pointer.revision));
  return { status: 'updated', revision: pointer.revision, languages: pointer.languages, bytesDownloaded: progress.done };
}

/** The manifest, or undefined for 304 Not Modified. */
async function fetchManifest(svc: SyncService, etag: string | undefined, signal: AbortSignal): Promise<{ manifest: PackManifest; etag?: string } | undefined> {
  const url = svc.manifestUrl;
  const { res, bytes } = await retrying(svc, 'manifest.json', url, 0, signal, async (attempt, alive) => {
    const res = await svc.fetchImpl(url, {
      cache: 'no-cache',
      credentials: 'omit',
      headers: etag ? { 'If-None-Match': etag } : {},
      signal: attempt,
    });
    if (res.status === 304) return { res, bytes: new Uint8Array() };
    if (!res.ok) throw httpError(res.status, 'manifest.json', url);
    return { res, bytes: await readBody(res, 4 * 1024 * 1024, 'manifest.json', url, alive) };
  });
  if (res.status === 304) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw new SyncError('malformed', `manifest.json (${url}) is not valid JSON: ${describe(e)}.`, { url, file: 'manifest.json', cause: e });
  }
  const problem = manifestProblem(json) ?? (await shapeChecks()).manifestShapeProblem(json);
  if (problem) throw new SyncError('malformed', `manifest.json (${url}) is malformed: ${problem}.`, { url, file: 'manifest.json' });
  const manifest = json as PackManifest;
  const origin = new URL(url).origin;
  for (const f of [manifest.base, ...manifest.languages]) {
    if (new URL(f.file, url).origin !== origin)
      throw new SyncError('malformed', `manifest.json (${url}) points ${f.file} to another origin; refused.`, { url, file: 'manifest.json' });
    if (f.bytes > MAX_FILE_BYTES)
      throw new SyncError('malformed', `manifest.json (${url}) declares ${f.file} with ${f.bytes} bytes, more than the limit of ${MAX_FILE_BYTES}; refused before downloading.`, { url, file: 'manifest.json' });
  }
  return { manifest, etag: res.headers.get('ETag') ?? undefined };
}

async function download(svc: SyncService, 
  f: PackFileRef,
  kind: 'base' | 'text',
  lang: string | undefined,
  signal: AbortSignal,
  progress: { done: number; total: number },
): Promise<unknown> {
  const url = new URL(f.file, svc.manifestUrl).href;
  let mine = 0;
  const bytes = await retrying(svc, f.file, url, f.bytes, signal, async (attempt, alive) => {
    progress.done -= mine;
    mine = 0;
    // Content-addressed files live in IndexedDB: no second copy in the HTTP cache (cheap phones have little disk).
    const res = await svc.fetchImpl(url, { cache: 'no-store', credentials: 'omit', signal: attempt });
    if (!res.ok) throw httpError(res.status, f.file, url);
    return readBody(res, f.bytes + 1024 * 1024, f.file, url, (n) => {
      alive();
      mine += n;
      progress.done += n;
      svc.dispatchEvent(new SyncProgressEvent(progress.done, progress.total));
    });
  });
  const where = `${f.file} (${url})`;
  if (bytes.byteLength !== f.bytes)
    throw new SyncError('integrity', `Size check failed for ${where}: expected ${f.bytes} bytes, got ${bytes.byteLength}.`, { url, file: f.file });
  const actual = await digestHex(bytes);
  if (actual !== f.sha256)
    throw new SyncError('integrity', `SHA-256 check failed for ${where}: expected ${f.sha256}, got ${actual}.`, { url, file: f.file });
  let text: string;
  let json: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    json = JSON.parse(text);
  } catch (e) {
    throw new SyncError('malformed', `${where} is not valid JSON: ${describe(e)}.`, { url, file: f.file, cause: e });
  }
  const shape = await shapeChecks();
  const problem = fileProblem(json, kind, lang) ?? (kind === 'base' ? shape.baseShapeProblem : shape.textShapeProblem)(json);
  if (problem) throw new SyncError('malformed', `${where} is not a Kompass ${kind} file: ${problem}.`, { url, file: f.file });
  try {
    await svc.store.files.put({ sha256: f.sha256, bytes: f.bytes, json: text, storedAt: Date.now() });
    if (kind === 'text') {
      const list = JSON.stringify(listProjection(json as PackText));
      await svc.store.files.put({ sha256: derivedKey(f.sha256, 'list'), bytes: list.length, json: list, storedAt: Date.now() });
    }
  } catch (e) {
    const err = toStoreError(e, `storing ${where}`);
    throw new SyncError(err.code, `${err.message} The active content is kept.`, { url, file: f.file, cause: e });
  }
  return json;
}

/**
 * Runs `attempt` up to `retry.attempts` times while it fails with a retryable error, with
 * exponential backoff. Each attempt is watched: it is aborted when `alive()` (called on every
 * chunk) has not been called for `idleMs`, or after `baseMs` plus `bytes` at `bytesPerSecond` —
 * a `network` error that is not retried here (the app tries again later, with its own backoff).
 */
async function retrying<T>(svc: SyncService, file: string, url: string, bytes: number, signal: AbortSignal, attempt: (signal: AbortSignal, alive: () => void) => Promise<T>): Promise<T> {
  const { idleMs, baseMs, bytesPerSecond } = svc.timeouts;
  for (let i = 1; ; i++) {
    const watch = new AbortController();
    const stop = (why: string) => watch.abort(new SyncError('network', `${file} (${url}) ${why}; the download was stopped.`, { url, file }));
    const totalMs = baseMs + (bytes / bytesPerSecond) * 1000;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const alive = () => {
      clearTimeout(idle);
      idle = setTimeout(() => stop(`sent no data for ${idleMs / 1000} s`), idleMs);
    };
    const total = setTimeout(() => stop(`took longer than ${+(totalMs / 1000).toFixed(1)} s`), totalMs);
    const forward = () => watch.abort(signal.reason);
    signal.addEventListener('abort', forward);
    try {
      if (signal.aborted) throw signal.reason;
      alive();
      try {
        return await attempt(watch.signal, alive);
      } catch (e) {
        throw watch.signal.aborted ? watch.signal.reason : e;
      }
    } catch (e) {
      if (signal.aborted) throw asSyncError(svc, signal.reason, signal);
      const err =
        e instanceof SyncError
          ? e
          : new SyncError('network', `Network error while downloading ${file} (${url}): ${describe(e)}.`, { url, file, retryable: true, cause: e });
      if (!err.retryable || i >= svc.retry.attempts) {
        if (err.retryable && svc.retry.attempts > 1)
          throw new SyncError(err.code, `${err.detail} Gave up after ${i} attempts.`, { url, file, cause: err.cause });
        throw err;
      }
      await sleep(svc.retry.baseDelayMs * 2 ** (i - 1) * (0.75 + Math.random() * 0.5), signal);
    } finally {
      clearTimeout(idle);
      clearTimeout(total);
      signal.removeEventListener('abort', forward);
    }
  }
}

function asSyncError(svc: SyncService, e: unknown, signal?: AbortSignal): SyncError {
  if (e instanceof SyncError) return e;
  if (signal?.aborted && signal.reason instanceof SyncError) return signal.reason;
  if (e instanceof StoreError || isQuotaError(e)) {
    const err = toStoreError(e, `activating a revision of ${svc.manifestUrl}`);
    return new SyncError(err.code, `${err.message} The active content is kept.`, { cause: e });
  }
  if ((e as { name?: string })?.name === 'AbortError') return new SyncError('network', `The sync of ${svc.manifestUrl} was aborted.`, { cause: e });
  return new SyncError('unknown', `The sync of ${svc.manifestUrl} failed: ${describe(e)}.`, { cause: e });
}

function httpError(status: number, file: string, url: string): SyncError {
  return new SyncError('http', `HTTP ${status} for ${file} (${url}).`, {
    url,
    file,
    retryable: status >= 500 || status === 408 || status === 429,
  });
}

/** Reads a response body, reporting chunk sizes; refuses to read more than `limit` bytes. */
async function readBody(res: Response, limit: number, file: string, url: string, onChunk?: (n: number) => void): Promise<Uint8Array> {
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    onChunk?.(buf.byteLength);
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new SyncError('integrity', `${file} (${url}) is larger than expected: more than ${limit} bytes.`, { url, file });
    }
    chunks.push(value);
    onChunk?.(value.byteLength);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function shapeChecks(): Promise<typeof import('../../pack/shape.js')> {
  return import('../../pack/shape.js').catch((e: unknown) => {
    throw new SyncError('network', `Loading Kompass's content check failed: ${describe(e)}.`, { retryable: true, cause: e });
  });
}
