/**
 * Readers' "report a mistake" messages (node only): `feedback.jsonl` in the data folder, one
 * JSON object per line, append-only. A report is `{id, receivedAt, entryId, kind, revision,
 * lang, message, contact?}`; marking it done appends `{id, done: true, by, at}` — history is
 * never rewritten. The whole file is read once at start-up; the server is its only writer,
 * and appends are serialised and fsync'ed. No client address is ever stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { appendJsonLine } from '../publish/audit.js';
import { HttpError } from './http-error.js';

export const FEEDBACK_KINDS = ['entry', 'page', 'event'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export interface FeedbackReport {
  entryId: string;
  kind: FeedbackKind;
  revision: number;
  lang: string;
  message: string;
  contact?: string;
}

export interface FeedbackItem extends FeedbackReport {
  id: string;
  receivedAt: string;
  done: boolean;
  doneBy?: string;
  doneAt?: string;
}

export interface FeedbackLimits {
  /** Open reports kept before new ones get `507 feedback-full` (default 10,000). */
  maxOpen?: number;
  /** Size of feedback.jsonl before new reports get `507 feedback-full` (default 50 MB). */
  maxBytes?: number;
}

const ID = /^[0-9a-f]{16}$/;

/** A repeated `clientId` gets the same id, so a retried report is found without storing the client's id. */
const idFor = (clientId: string | undefined): string =>
  clientId ? createHash('sha256').update(`kompass-feedback:${clientId}`).digest('hex').slice(0, 16) : randomBytes(8).toString('hex');

export class FeedbackStore {
  readonly file: string;
  private readonly items = new Map<string, FeedbackItem>();
  private bytes = 0;
  private open = 0;
  private writing: Promise<unknown> = Promise.resolve();
  private readonly maxOpen: number;
  private readonly maxBytes: number;

  constructor(dir: string, limits: FeedbackLimits = {}) {
    this.file = join(dir, 'feedback.jsonl');
    this.maxOpen = limits.maxOpen ?? 10_000;
    this.maxBytes = limits.maxBytes ?? 50 * 1024 * 1024;
  }

  /** Reads the file; a line that is not a whole record (a crash mid-write) is skipped. */
  async init(): Promise<void> {
    let text = '';
    try {
      text = await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    this.bytes = Buffer.byteLength(text);
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let r: Record<string, unknown>;
      try {
        r = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue;
      }
      if (typeof r.id !== 'string') continue;
      const known = this.items.get(r.id);
      if (r.done === true && known) {
        Object.assign(known, { done: true, doneBy: String(r.by ?? ''), doneAt: String(r.at ?? '') });
      } else if (typeof r.entryId === 'string' && typeof r.message === 'string' && !known) {
        this.items.set(r.id, { ...(r as unknown as FeedbackItem), done: false });
      }
    }
    this.open = [...this.items.values()].filter((i) => !i.done).length;
  }

  /** Stores a report; `created` is false when `clientId` was seen before (nothing is written then). */
  add(report: FeedbackReport, clientId?: string): Promise<{ id: string; created: boolean }> {
    return this.serially(async () => {
      const id = idFor(clientId);
      if (this.items.has(id)) return { id, created: false };
      if (this.open >= this.maxOpen || this.bytes >= this.maxBytes)
        throw new HttpError(507, 'feedback-full', 'The server holds too many reports; an editor must mark some as done (or archive feedback.jsonl) before new ones can be taken.', { limit: this.open >= this.maxOpen ? this.maxOpen : this.maxBytes });
      const record = { id, receivedAt: new Date().toISOString(), entryId: report.entryId, kind: report.kind, revision: report.revision, lang: report.lang, message: report.message, ...(report.contact ? { contact: report.contact } : {}) };
      await this.append(record);
      this.items.set(id, { ...record, done: false });
      this.open++;
      return { id, created: true };
    });
  }

  /** Newest first; `entry` and `open` filter. */
  list(filter: { entry?: string; open?: boolean } = {}): FeedbackItem[] {
    // The map is in file order, which is the order of arrival.
    return [...this.items.values()]
      .reverse()
      .filter((i) => (filter.entry === undefined || i.entryId === filter.entry) && (!filter.open || !i.done))
      .map((i) => ({ ...i }));
  }

  /** Marks a report done (once: marking it again writes nothing); undefined for an unknown id. */
  markDone(id: string, by: string): Promise<FeedbackItem | undefined> {
    return this.serially(async () => {
      const item = ID.test(id) ? this.items.get(id) : undefined;
      if (!item) return undefined;
      if (!item.done) {
        const at = new Date().toISOString();
        await this.append({ id, done: true, by, at });
        Object.assign(item, { done: true, doneBy: by, doneAt: at });
        this.open--;
      }
      return { ...item };
    });
  }

  private async append(record: object): Promise<void> {
    await appendJsonLine(this.file, record);
    this.bytes = (await stat(this.file)).size;
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.writing.then(task, task);
    this.writing = run.catch(() => undefined);
    return run;
  }
}
