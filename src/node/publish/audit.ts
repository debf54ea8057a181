/**
 * The audit log (node only): `audit.log`, one JSON object per line, append-only. A record is
 * written and fsync'ed before `current` is switched to its revision, so a served revision
 * always has its record; `repairAudit` adds records for revisions published by older
 * versions (which switched first and could be killed before the record was written).
 */
import { open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Changes } from './changes.js';

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
  /** Written at start-up from the revision's meta.json: the original record was lost. */
  repaired?: true;
}

/** Appends one record and waits until it is on disk. A torn last line (a crash mid-write) is closed first. */
export async function appendAudit(file: string, record: AuditRecord): Promise<void> {
  await appendJsonLine(file, record);
}

/** Appends one JSON value as a line of a JSON Lines file and waits until it is on disk; a torn last line is closed first. */
export async function appendJsonLine(file: string, record: unknown): Promise<void> {
  const fh = await open(file, 'a+');
  let created = false;
  try {
    const { size } = await fh.stat();
    created = size === 0;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await fh.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    await fh.appendFile(`${prefix}${JSON.stringify(record)}\n`);
    await fh.sync();
  } finally {
    await fh.close();
  }
  if (created) await syncDir(dirname(file));
}

/** Makes a new directory entry durable (a no-op where directories cannot be opened). */
export async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r').catch(() => undefined);
  if (!fh) return;
  try {
    await fh.sync();
  } catch {
    // some file systems refuse fsync on a directory
  } finally {
    await fh.close();
  }
}

/** Every readable record, oldest first; unreadable lines (a torn write) are skipped. */
export async function readAudit(file: string): Promise<AuditRecord[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => {
      try {
        const r = JSON.parse(l) as AuditRecord;
        return r && typeof r === 'object' && Number.isInteger(r.revision) ? [r] : [];
      } catch {
        return [];
      }
    });
}

/**
 * Adds a record (`repaired: true`) for each published revision that has a meta.json but no
 * record; returns the revisions repaired.
 */
export async function repairAudit(file: string, metas: RevisionMeta[]): Promise<number[]> {
  const records = await readAudit(file);
  const logged = new Set(records.map((r) => r.revision));
  const known = [...logged, ...metas.map((m) => m.revision)].sort((a, b) => a - b);
  const repaired: number[] = [];
  for (const meta of [...metas].sort((a, b) => a.revision - b.revision)) {
    if (logged.has(meta.revision)) continue;
    const previous = known.filter((r) => r < meta.revision).at(-1) ?? 0;
    await appendAudit(file, { time: meta.published, ...meta, previous, repaired: true });
    logged.add(meta.revision);
    repaired.push(meta.revision);
  }
  return repaired;
}
