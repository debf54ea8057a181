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
 *   .staging-<random>/       a publish in progress; removed at start
 * ```
 *
 * A publish builds revision n+1 completely in a staging folder, renames it to
 * `revisions/<n+1>`, then replaces `current` (write to a temporary file + rename): a reader
 * sees either the old or the new revision, and a crash at any point leaves the old one
 * served. Revisions only ever increase: a rollback publishes an old source as a new revision.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPack, canonicalJson, resolveBuildDate, writePack } from '../build/build-pack.js';
import { countProblems, formatProblem, type Problem } from '../../authoring/problems.js';
import { writeSourceFolder } from '../source/source-write.js';
import { validateContent } from '../../authoring/source-plan.js';
import { loadSource } from '../source/source.js';
import { stampTranslations } from '../../authoring/translation.js';
import type { PackManifest, SourceContent } from '../../pack/types.js';
import { loadAndValidate } from '../source/validate-folder.js';

export const DEFAULT_KEEP = 20;

export interface ItemChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface Changes {
  municipality: boolean;
  categories: ItemChanges;
  entries: ItemChanges;
  guides: ItemChanges;
  synonyms: boolean;
}

export interface RevisionMeta {
  revision: number;
  /** ISO date-time. */
  published: string;
  /** Token name (API) or `cli:<user>`. */
  by: string;
  action: 'publish' | 'rollback';
  message?: string;
  /** For a rollback: the revision whose source was restored. */
  restoredFrom?: number;
  changes: Changes;
}

export interface AuditRecord extends RevisionMeta {
  time: string;
  previous: number;
}

export class PublishError extends Error {
  constructor(
    readonly status: 409 | 422 | 404 | 400,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const etagOf = (revision: number): string => `"r${revision}"`;

/** Accepts `"r12"`, `W/"r12"`, `r12` and `12`. */
export function revisionOfEtag(value: string): number | undefined {
  const m = /^(?:W\/)?"?r?(\d{1,9})"?$/.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}

function diffItems<T extends { id: string }>(before: T[], after: T[]): ItemChanges {
  const old = new Map(before.map((x) => [x.id, canonicalJson(x)]));
  const now = new Map(after.map((x) => [x.id, canonicalJson(x)]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
  };
}

export function diffContent(before: SourceContent | undefined, after: SourceContent): Changes {
  return {
    municipality: canonicalJson(before?.municipality ?? null) !== canonicalJson(after.municipality),
    categories: diffItems(before?.categories ?? [], after.categories),
    entries: diffItems(before?.entries ?? [], after.entries),
    guides: diffItems(before?.guides ?? [], after.guides),
    synonyms: canonicalJson(before?.synonyms ?? []) !== canonicalJson(after.synonyms),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Checks that a request body is shaped like a SourceContent before anything touches it:
 * objects and lists where they belong. The content checks follow in `validateContent`.
 */
export function assertSourceShape(source: unknown): asserts source is SourceContent {
  const bad = (what: string) => new PublishError(422, 'invalid-shape', `The source is not shaped like a Kompass source: ${what}.`);
  if (!source || typeof source !== 'object' || Array.isArray(source)) throw bad('expected an object { municipality, categories, entries, guides, synonyms }');
  const s = source as Record<string, unknown>;
  if (!s.municipality || typeof s.municipality !== 'object' || Array.isArray(s.municipality)) throw bad('"municipality" must be an object');
  for (const k of ['categories', 'entries', 'guides'] as const) {
    if (!Array.isArray(s[k])) throw bad(`"${k}" must be a list`);
    (s[k] as unknown[]).forEach((x, i) => {
      if (!x || typeof x !== 'object' || Array.isArray(x)) throw bad(`${k}[${i}] must be an object`);
    });
  }
  if (s.synonyms === undefined) s.synonyms = [];
  if (!Array.isArray(s.synonyms)) throw bad('"synonyms" must be a list');
  const extra = Object.keys(s).filter((k) => !['municipality', 'categories', 'entries', 'guides', 'synonyms'].includes(k));
  if (extra.length) throw bad(`unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}`);
}

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
}

export class ContentStore {
  readonly revisionsDir: string;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly sources = new Map<number, SourceContent>();
  readonly keep: number;

  constructor(
    readonly dir: string,
    options: { keep?: number } = {},
  ) {
    this.revisionsDir = join(dir, 'revisions');
    this.keep = Math.max(1, options.keep ?? DEFAULT_KEEP);
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
    let s = this.sources.get(revision);
    if (!s) {
      s = (await loadSource(join(this.revisionDir(revision), 'source'))).content;
      if (this.sources.size > 4) this.sources.clear();
      this.sources.set(revision, s);
    }
    return structuredClone(s);
  }

  /** Runs `fn` with the publish lock: one at a time in this process, and a lock file against other processes. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(async () => {
      await mkdir(this.dir, { recursive: true });
      const lock = join(this.dir, '.lock');
      for (let i = 0; ; i++) {
        try {
          const fh = await open(lock, 'wx');
          await fh.writeFile(String(process.pid));
          await fh.close();
          break;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
          const pid = Number(await readFile(lock, 'utf8').catch(() => ''));
          if (!pid || !isAlive(pid) || pid === process.pid) await rm(lock, { force: true });
          else if (i > 300) throw new Error(`${lock} is held by process ${pid}; try again later.`);
          else await sleep(100);
        }
      }
      try {
        await this.recover();
        return await fn();
      } finally {
        await rm(lock, { force: true });
      }
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Removes what a crash left: staging folders, and revisions renamed into place but never switched to. */
  private async recover(): Promise<void> {
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      if (name.startsWith('.staging-') || name.startsWith('current.tmp-')) await rm(join(this.dir, name), { recursive: true, force: true });
    }
    const current = await this.current();
    for (const r of await this.revisions()) if (r > current) await rm(this.revisionDir(r), { recursive: true, force: true });
  }

  /** Cleans up after a crash; call once at start. */
  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await this.exclusive(async () => undefined);
  }

  private async switchTo(revision: number): Promise<void> {
    const tmp = join(this.dir, `current.tmp-${randomBytes(4).toString('hex')}`);
    const fh = await open(tmp, 'w');
    await fh.writeFile(`${revision}\n`);
    await fh.sync();
    await fh.close();
    await rename(tmp, join(this.dir, 'current'));
  }

  private async audit(record: AuditRecord): Promise<void> {
    await appendFile(this.auditFile, `${JSON.stringify(record)}\n`, { flag: 'a' });
  }

  /** The last `limit` audit records, newest last. */
  async auditTail(limit = 100): Promise<AuditRecord[]> {
    const text = await readFile(this.auditFile, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter(Boolean)
      .slice(-limit)
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as AuditRecord];
        } catch {
          return [];
        }
      });
  }

  /**
   * Validates and publishes a source as the next revision. Throws PublishError 409 when
   * `expected` is not the current revision, 422 when the source has errors.
   */
  publish(req: PublishRequest, action: { kind: 'publish' } | { kind: 'rollback'; from: number } = { kind: 'publish' }): Promise<PublishResult> {
    return this.exclusive(async () => {
      const current = await this.current();
      if (req.expected !== undefined && req.expected !== current)
        throw new PublishError(409, 'conflict', `The content was published by someone else meanwhile (revision ${current}; you started from ${req.expected}). Load the current source, apply your changes again, and publish with If-Match: ${etagOf(current)}.`, {
          revision: current,
          etag: etagOf(current),
        });
      assertSourceShape(req.source);
      const prev = current ? await this.source(current) : undefined;
      const next = structuredClone(req.source);
      const stamp = stampTranslations(prev, next, { minor: !!req.minor });
      const problems = validateContent(next);
      if (countProblems(problems).errors)
        throw new PublishError(422, 'invalid', 'The source has errors; nothing was published.', { problems, lines: problems.map(formatProblem), counts: countProblems(problems) });
      const warnings = problems.filter((p) => p.severity === 'warning');
      const changes = diffContent(prev, next);
      if (prev && canonicalJson(prev) === canonicalJson(next) && action.kind === 'publish')
        return { revision: current, previous: current, unchanged: true, changes, warnings, outdated: [] };

      const revision = Math.max(current, ...(await this.revisions())) + 1;
      const staging = join(this.dir, `.staging-${randomBytes(6).toString('hex')}`);
      try {
        await writeSourceFolder(join(staging, 'source'), next);
        const pack = buildPack(next, { date: resolveBuildDate(), revision });
        const delay = Number(process.env.KOMPASS_TEST_PUBLISH_DELAY_MS ?? 0);
        await writePack({ ...pack, files: pack.files.filter((f) => f.path !== 'manifest.json') }, join(staging, 'pack'));
        if (delay > 0) await sleep(delay); // test hook: a window in which the process can be killed mid-publish
        await writePack(pack, join(staging, 'pack'));
        const meta: RevisionMeta = { revision, published: new Date().toISOString(), by: req.by, action: action.kind, changes };
        if (req.message) meta.message = req.message;
        if (action.kind === 'rollback') meta.restoredFrom = action.from;
        await writeFile(join(staging, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
        await mkdir(this.revisionsDir, { recursive: true });
        await rename(staging, this.revisionDir(revision));
        await this.switchTo(revision);
        await this.audit({ time: meta.published, ...meta, previous: current });
        await this.prune();
        return { revision, previous: current, unchanged: false, manifest: pack.manifest, changes, warnings, outdated: stamp.outdated };
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    });
  }

  /** Publishes the source of a kept revision again, as a new revision (readers never go back in revision). */
  async rollback(to: number, by: string, expected?: number): Promise<PublishResult> {
    const kept = await this.revisions();
    if (!kept.includes(to)) throw new PublishError(404, 'no-such-revision', `Revision ${to} is not kept (kept: ${kept.join(', ') || 'none'}).`, { kept });
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
