/**
 * The publish server's data folder (node only), also used by `kompass publish` and
 * `kompass rollback`:
 *
 * ```
 * <dir>/
 *   server.json              optional settings (origins, keep, limits)
 *   tokens.json              editors' tokens, hashed
 *   audit.log                append-only, one JSON object per line
 *   current                  the published revision number
 *   revisions/<n>/source/    the source of revision n (YAML, as `kompass validate` reads it)
 *   revisions/<n>/pack/      its content pack (manifest.json, base.<hash>.json, text/…)
 *   revisions/<n>/meta.json  who published it, when, what changed
 *   revisions/<n>/source.json the same source as JSON, read instead of the YAML (much quicker)
 *   .lock                    the publish lock (see lock.ts)
 *   .staging-<pid>-<random>/ a publish in progress; removed once its process is dead
 * ```
 *
 * A publish, under the lock, builds revision n+1 completely in a staging folder, renames it
 * to `revisions/<n+1>`, appends its audit record (fsync), then replaces `current` (temporary
 * file, fsync, rename). The audit record is the commit point: a crash before it leaves the
 * old revision served and the new folder is removed at the next start; a crash after it is
 * completed at the next start (`current` switched). So a served revision always has its
 * record, and the log never lists a revision that was not served. Revisions only ever
 * increase: a rollback publishes an old source as a new revision.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPack, canonicalJson, rememberEntryTexts, resolveBuildDate, writePack } from '../build/build-pack.js';
import { countProblems, formatProblem, type Problem } from '../../authoring/problems.js';
import { writeSourceFolder } from '../source/source-write.js';
import { validateContent } from '../../authoring/source-plan.js';
import { loadSource } from '../source/source.js';
import { stampTranslations } from '../../authoring/translation.js';
import type { PackManifest, SourceContent } from '../../pack/types.js';
import { loadAndValidate } from '../source/validate-folder.js';
import { appendAudit, readAudit, repairAudit, syncDir, type AuditRecord, type RevisionMeta } from './audit.js';
import { diffChangeSet, diffContent, type Changes } from './changes.js';
import { PublishError } from './errors.js';
import { assertSourceShape } from './source-shape.js';
import { sourceJson } from './source-json.js';
import { DEFAULT_LOCK_WAIT_MS, PublishLock, isAlive, leftoverOwner } from './lock.js';
import { crashPoint, publishDelayMs } from './test-hooks.js';
import { SOURCE_LISTS, applyChanges, onlyItems, changeSetProblem, type ListKind, type SourceChange } from '../../authoring/change-set.js';

export type { AuditRecord, RevisionMeta } from './audit.js';
export type { Changes, ItemChanges } from './changes.js';
export { diffContent } from './changes.js';
export { PublishError } from './errors.js';
export { assertSourceShape } from './source-shape.js';

export const DEFAULT_KEEP = 20;

/** Entries prepared at a time (see `prepare`), and the CPU time after which the server answers requests again. */
const PREPARE_STEP = 10;
const PREPARE_SLICE_MS = 15;

export const etagOf = (revision: number): string => `"r${revision}"`;

/** Accepts `"r12"`, `W/"r12"`, `r12` and `12`. */
export function revisionOfEtag(value: string): number | undefined {
  const m = /^(?:W\/)?"?r?(\d{1,9})"?$/.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PublishRequest {
  source: unknown;
  by: string;
  /** The revision the editor started from (If-Match); undefined = no check (CLI). */
  expected?: number;
  minor?: boolean;
  message?: string;
}

export interface PublishResult {
  revision: number;
  previous: number;
  unchanged: boolean;
  manifest?: PackManifest;
  changes: Changes;
  warnings: Problem[];
  outdated: string[];
  /** The source as published (translations stamped): not sent, read-only. */
  content?: SourceContent;
}

/** For a change set's `kind:id` keys: whether a source file holds none of those items. */
function unchangedFiles(touched: ReadonlySet<string>): (path: string) => boolean {
  // Categories and notices are one file each; the other kinds have a file per item (see source-plan.ts).
  const paths = new Set<string>();
  for (const key of touched) {
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (!(kind in SOURCE_LISTS)) continue;
    const list = SOURCE_LISTS[kind as ListKind];
    paths.add(kind === 'category' || kind === 'notice' ? `${list}.yaml` : `${list}/${id}.yaml`);
  }
  return (path) => !paths.has(path);
}

type PublishAction = { kind: 'publish' } | { kind: 'rollback'; from: number };

export interface StoreOptions {
  /** Revisions kept (default 20). */
  keep?: number;
  /** How long a publish waits for another process's publish lock before 423 `locked` (default 10 s). */
  lockWaitMs?: number;
  /** What getting the next publish ready waits for between its slices (the server: answers still being sent). */
  between?: () => Promise<unknown>;
}

export class ContentStore {
  readonly revisionsDir: string;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly sources = new Map<number, SourceContent>();
  /** The kept sources' JSON (`source.json`'s text), for the editors' GET without serialising 34 MB. */
  private readonly sourceTexts = new Map<number, string>();
  readonly keep: number;
  readonly lockWaitMs: number;

  constructor(
    readonly dir: string,
    options: StoreOptions = {},
  ) {
    this.revisionsDir = join(dir, 'revisions');
    this.keep = Math.max(1, options.keep ?? DEFAULT_KEEP);
    this.lockWaitMs = Math.max(0, options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS);
    this.between = options.between ?? (() => Promise.resolve());
  }
  private readonly between: () => Promise<unknown>;
  /** A turn of the event loop (timers and I/O run), then whatever `between` waits for. */
  private async pause(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 1));
    await this.between();
  }

  get tokensFile(): string {
    return join(this.dir, 'tokens.json');
  }

  get auditFile(): string {
    return join(this.dir, 'audit.log');
  }

  /** The published revision (0: nothing published yet). */
  async current(): Promise<number> {
    try {
      const n = Number((await readFile(join(this.dir, 'current'), 'utf8')).trim());
      return Number.isInteger(n) && n > 0 ? n : 0;
    } catch {
      return 0;
    }
  }

  async revisions(): Promise<number[]> {
    try {
      return (await readdir(this.revisionsDir))
        .filter((n) => /^\d+$/.test(n))
        .map(Number)
        .sort((a, b) => a - b);
    } catch {
      return [];
    }
  }

  revisionDir(revision: number): string {
    return join(this.revisionsDir, String(revision));
  }

  packDir(revision: number): string {
    return join(this.revisionDir(revision), 'pack');
  }

  async meta(revision: number): Promise<RevisionMeta | undefined> {
    try {
      return JSON.parse(await readFile(join(this.revisionDir(revision), 'meta.json'), 'utf8')) as RevisionMeta;
    } catch {
      return undefined;
    }
  }

  async source(revision: number): Promise<SourceContent> {
    return structuredClone(await this.sourceShared(revision));
  }

  /** The kept copy of a revision's source, not cloned: only to read (a publish builds its next source beside it). */
  private async sourceShared(revision: number): Promise<SourceContent> {
    let s = this.sources.get(revision);
    if (!s) {
      // source.json, written with the revision, reads in a fraction of the time 5,000 YAML files take.
      const json = await this.sourceText(revision);
      s = json === undefined ? (await loadSource(join(this.revisionDir(revision), 'source'))).content : (JSON.parse(json) as SourceContent);
      this.keepSource(revision, s, json);
    }
    return s;
  }

  private keepSource(revision: number, source: SourceContent, json: string | undefined): void {
    if (this.sources.size > 4) this.sources.clear();
    this.sources.set(revision, source);
    // Only the newest text is kept: it is what editors load.
    this.sourceTexts.clear();
    if (json !== undefined) this.sourceTexts.set(revision, json);
  }

  /** `source.json` of a revision as text (undefined for a revision written without one). */
  private async sourceText(revision: number): Promise<string | undefined> {
    const kept = this.sourceTexts.get(revision);
    if (kept !== undefined) return kept;
    const json = await readFile(join(this.revisionDir(revision), 'source.json'), 'utf8').catch(() => undefined);
    if (json !== undefined && revision === (await this.current())) this.sourceTexts.set(revision, json);
    return json;
  }

  /**
   * A revision's source as JSON (exactly `JSON.stringify(await source(revision))`), for the
   * editors' GET: the kept text, read without parsing or cloning 34 MB.
   */
  async sourceJson(revision: number): Promise<string> {
    return (await this.sourceText(revision)) ?? sourceJson(await this.sourceShared(revision));
  }

  /**
   * Runs `fn` with the publish lock: one at a time in this process, and the lock file
   * against other processes (waiting up to `waitMs`, then PublishError 423 `locked`).
   */
  async exclusive<T>(fn: () => Promise<T>, waitMs = this.lockWaitMs): Promise<T> {
    const run = this.chain.then(async () => {
      await mkdir(this.dir, { recursive: true });
      const lock = await PublishLock.acquire(this.dir, waitMs);
      try {
        await this.recover();
        return await fn();
      } finally {
        await lock.release();
      }
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /**
   * Under the lock, finishes or removes what a crash left: staging folders and temporary
   * files of dead processes; a revision renamed into place but never switched to is
   * completed when its audit record was written (the commit point), else removed; published
   * revisions without an audit record get one.
   */
  private async recover(): Promise<void> {
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const owner = leftoverOwner(name);
      if (owner === undefined || name.startsWith('.lock-')) {
        if (typeof owner === 'number' && !isAlive(owner)) await rm(join(this.dir, name), { force: true });
        continue;
      }
      if (owner === 'legacy' || owner === process.pid || !isAlive(owner)) await rm(join(this.dir, name), { recursive: true, force: true });
    }
    let current = await this.current();
    const pending = (await this.revisions()).filter((r) => r > current);
    if (pending.length) {
      const audited = new Set((await readAudit(this.auditFile)).map((r) => r.revision));
      for (const r of pending) {
        const complete = audited.has(r) && (await this.meta(r)) !== undefined && (await readFile(join(this.packDir(r), 'manifest.json')).then(() => true, () => false));
        if (complete && r === current + 1) {
          await this.switchTo(r);
          current = r;
        } else await rm(this.revisionDir(r), { recursive: true, force: true });
      }
    }
    if (current && (await this.lastAudited()) !== current) {
      const metas: RevisionMeta[] = [];
      for (const r of await this.revisions()) {
        const m = await this.meta(r);
        if (m && m.revision === r) metas.push(m);
      }
      await repairAudit(this.auditFile, metas);
    }
  }

  /** The revision of the last audit record (reads only the end of the log). */
  private async lastAudited(): Promise<number | undefined> {
    const fh = await open(this.auditFile, 'r').catch(() => undefined);
    if (!fh) return undefined;
    try {
      const { size } = await fh.stat();
      const length = Math.min(size, 64 * 1024);
      const buf = Buffer.alloc(length);
      await fh.read(buf, 0, length, size - length);
      const last = buf.toString('utf8').split('\n').filter(Boolean).at(-1);
      const revision = last ? (JSON.parse(last) as { revision?: unknown }).revision : undefined;
      return typeof revision === 'number' ? revision : undefined;
    } catch {
      return undefined;
    } finally {
      await fh.close();
    }
  }

  /** Reads the current revision's source into memory (at start, so the first editor does not wait for it). */
  async warm(): Promise<void> {
    const current = await this.current();
    if (current) await this.sourceShared(current);
  }

  /**
   * Gets the next publish of a change set ready: the current source's files planned and
   * checked, and its pack's pieces made, once (remembered per item, see validate.ts and
   * pack-pieces.ts), so publishing one changed entry checks and serialises only that entry.
   * A few seconds of CPU for 5,000 entries, once per revision and process, done in slices of
   * entries so the server goes on answering meanwhile; every caller shares the one preparation.
   */
  prepare(): Promise<void> {
    const run = this.current().then((current) => {
      if (!current) return;
      if (this.preparing?.revision !== current) this.preparing = { revision: current, done: this.prepareNow(current).catch(() => undefined) };
      return this.preparing.done;
    });
    return run;
  }
  private preparing: { revision: number; done: Promise<void> } | undefined;

  private async prepareNow(revision: number): Promise<void> {
    const source = await this.sourceShared(revision);
    const langs = source.municipality.languages ?? [];
    let slice = performance.now();
    for (let i = 0; i < source.entries.length; i += PREPARE_STEP) {
      // A few entries alone (what is remembered per entry does not depend on the others), then the
      // server answers whatever came in meanwhile.
      const entries = source.entries.slice(i, i + PREPARE_STEP);
      validateContent({ ...source, entries, guides: [], pages: [], events: [], notices: [] }, { sameObjectsUnchanged: true });
      rememberEntryTexts(entries, langs);
      if (performance.now() - slice > PREPARE_SLICE_MS) {
        await this.pause();
        slice = performance.now();
      }
    }
    validateContent(source, { sameObjectsUnchanged: true });
    await this.pause();
    buildPack(source, { date: resolveBuildDate(), sameObjectsUnchanged: true });
  }

  /** Cleans up after a crash; call once at start. Waits longer for the lock than a publish does. */
  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await this.exclusive(async () => undefined, Math.max(this.lockWaitMs, 60_000));
  }

  private async switchTo(revision: number): Promise<void> {
    const tmp = join(this.dir, `current.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    const fh = await open(tmp, 'w');
    await fh.writeFile(`${revision}\n`);
    await fh.sync();
    await fh.close();
    await rename(tmp, join(this.dir, 'current'));
    await syncDir(this.dir);
  }

  /** The last `limit` audit records, newest last. */
  async auditTail(limit = 100): Promise<AuditRecord[]> {
    return (await readAudit(this.auditFile)).slice(-limit);
  }

  /**
   * Validates and publishes a source as the next revision. Throws PublishError 409 when
   * `expected` is not the current revision, 422 when the source has errors.
   */
  publish(req: PublishRequest, action: PublishAction = { kind: 'publish' }): Promise<PublishResult> {
    return this.exclusive(async () => this.publishLocked(req, await this.expectCurrent(req.expected), action));
  }

  /**
   * Applies a change set (change-set.ts: items replaced, added, removed) to the current source
   * and publishes the result, as `publish` does; `expected` (If-Match) is required, since the
   * changes were made against that revision. PublishError 422 `invalid-change` names the change.
   */
  async publishChanges(req: Omit<PublishRequest, 'source' | 'expected'> & { changes: unknown; expected: number }): Promise<PublishResult> {
    await this.prepare(); // the current source's checks and pack pieces, made at most once
    return this.exclusive(async () => {
      const current = await this.expectCurrent(req.expected);
      const problem = changeSetProblem(req.changes);
      if (problem) throw new PublishError(422, 'invalid-change', `The change set cannot be applied: ${problem.code} at ${problem.path}${problem.value ? ` (${problem.value})` : ''}.`, { ...problem });
      if (!current) throw new PublishError(409, 'nothing-published', 'Nothing is published yet to apply changes to; publish a whole source first.', { revision: 0 });
      const { changes, ...rest } = req;
      const list = changes as SourceChange[];
      const touched = new Set(list.map((c) => (c.kind === 'municipality' ? c.kind : `${c.kind}:${String(c.id)}`)));
      // The changed items are the request's own objects; the others are read, never written.
      return this.publishLocked({ ...rest, source: applyChanges(await this.sourceShared(current), list) }, current, { kind: 'publish' }, touched);
    });
  }

  /** The current revision; PublishError 409 when the editor started from another one. */
  private async expectCurrent(expected: number | undefined): Promise<number> {
    const current = await this.current();
    if (expected !== undefined && expected !== current)
      throw new PublishError(409, 'conflict', `The content was published by someone else meanwhile (revision ${current}; you started from ${expected}). Load the current source, apply your changes again, and publish with If-Match: ${etagOf(current)}.`, {
        revision: current,
        expected,
        etag: etagOf(current),
      });
    return current;
  }

  /** The publish itself, under the lock, after the If-Match check. */
  private async publishLocked(req: PublishRequest, current: number, action: PublishAction, touched?: ReadonlySet<string>): Promise<PublishResult> {
    assertSourceShape(req.source);
    // A change set's source shares its unchanged items with the kept copy of the current
    // revision (only its changed items are stamped, and they are the request's own); a whole source is cloned.
    const prev = current ? (touched ? await this.sourceShared(current) : await this.source(current)) : undefined;
    const next = touched ? req.source : structuredClone(req.source);
    // A text's stamp depends on its own item only: a change set's other items are the kept ones, left as they are.
    const stamp = touched && prev ? stampTranslations(onlyItems(prev, touched), onlyItems(next, touched), { minor: !!req.minor }) : stampTranslations(prev, next, { minor: !!req.minor });
    const problems = validateContent(next, { sameObjectsUnchanged: true });
    if (countProblems(problems).errors)
      throw new PublishError(422, 'invalid', 'The source has errors; nothing was published.', { problems, lines: problems.map(formatProblem), counts: countProblems(problems) });
    const warnings = problems.filter((p) => p.severity === 'warning');
    // A change set's items are serialised once, for both what changed and whether anything did.
    const diff = touched ? diffChangeSet(prev, next, touched) : undefined;
    const changes = diff?.changes ?? diffContent(prev, next);
    if (prev && action.kind === 'publish' && (diff ? diff.nothing : canonicalJson(prev) === canonicalJson(next)))
      return { revision: current, previous: current, unchanged: true, changes, warnings, outdated: [], content: prev };

    const revision = Math.max(current, ...(await this.revisions())) + 1;
    const staging = join(this.dir, `.staging-${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      // Only the changed items' files are written; the others are links to the current revision's.
      const reuse = touched && prev && !touched.has('municipality') ? { from: join(this.revisionDir(current), 'source'), unchanged: unchangedFiles(touched) } : undefined;
      await writeSourceFolder(join(staging, 'source'), next, { sameObjectsUnchanged: true, ...(reuse ? { reuse } : {}) });
      // The kept source's items are never changed in place: their pieces of the pack are made once.
      const pack = buildPack(next, { date: resolveBuildDate(), revision, sameObjectsUnchanged: true });
      const delay = publishDelayMs();
      const linkFrom = current ? this.packDir(current) : undefined;
      await writePack({ files: pack.files.filter((f) => f.path !== 'manifest.json') }, join(staging, 'pack'), linkFrom ? { linkFrom } : {});
      if (delay > 0) await sleep(delay); // test hook: a window in which the process can be killed mid-publish
      await writePack({ files: pack.files.filter((f) => f.path === 'manifest.json') }, join(staging, 'pack'));
      const meta: RevisionMeta = { revision, published: new Date().toISOString(), by: req.by, action: action.kind, changes };
      if (req.message) meta.message = req.message;
      if (action.kind === 'rollback') meta.restoredFrom = action.from;
      await writeFile(join(staging, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
      const json = sourceJson(next);
      await writeFile(join(staging, 'source.json'), json);
      await mkdir(this.revisionsDir, { recursive: true });
      await rename(staging, this.revisionDir(revision));
      await syncDir(this.revisionsDir);
      crashPoint('before-audit');
      await appendAudit(this.auditFile, { time: meta.published, ...meta, previous: current });
      crashPoint('after-audit');
      await this.switchTo(revision);
      crashPoint('after-switch');
      await this.prune();
      this.keepSource(revision, next, json); // the next publish starts from it without reading 5,000 files
      this.preparing = { revision, done: Promise.resolve() }; // checked and built just now, per item
      return { revision, previous: current, unchanged: false, manifest: pack.manifest, changes, warnings, outdated: stamp.outdated, content: next };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Publishes the source of a kept revision again, as a new revision (readers never go back in revision). */
  async rollback(to: number, by: string, expected?: number): Promise<PublishResult> {
    const kept = await this.revisions();
    if (!kept.includes(to)) throw new PublishError(404, 'no-such-revision', `Revision ${to} is not kept (kept: ${kept.join(', ') || 'none'}).`, { revision: to, kept });
    const source = await this.source(to);
    const req: PublishRequest = { source, by, message: `rollback to revision ${to}` };
    if (expected !== undefined) req.expected = expected;
    return this.publish(req, { kind: 'rollback', from: to });
  }

  private async prune(): Promise<void> {
    const all = await this.revisions();
    for (const r of all.slice(0, Math.max(0, all.length - this.keep))) await rm(this.revisionDir(r), { recursive: true, force: true });
  }

  /** Publishes a source folder from disk (the CLI's `publish`): the same checks as the API. */
  async publishFolder(sourceDir: string, by: string, options: { minor?: boolean; message?: string } = {}): Promise<PublishResult> {
    const { source, problems } = await loadAndValidate(sourceDir);
    if (countProblems(problems).errors)
      throw new PublishError(422, 'invalid', 'The source has errors; nothing was published.', { problems, lines: problems.map(formatProblem), counts: countProblems(problems) });
    const req: PublishRequest = { source: source.content, by, minor: !!options.minor };
    if (options.message) req.message = options.message;
    return this.publish(req);
  }
}
