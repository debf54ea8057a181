import type { PackManifest } from '../../src/pack/types.js';

export type FaultKind = 'drop' | 'wrong-hash' | 'wrong-size' | 'status' | 'delay' | 'malformed' | 'stall';
export interface Fault {
  /** Prefix of the file path: 'manifest.json', 'base', 'text/ar'. */
  path: string;
  kind: FaultKind;
  status?: number;
  delayMs?: number;
  times?: number;
  /** 'status' on 'api/feedback': the `error` code of the JSON answer. */
  error?: string;
}
/** Sets `value` at `path` in a file before it is hashed ('manifest': after the file references are made). */
export interface Tamper {
  file: 'manifest' | 'base' | `text/${string}`;
  path: readonly (string | number)[];
  value: unknown;
}
export interface SiteConfig {
  revision: number;
  languages?: string[];
  entries?: number;
  defaultLanguage?: string;
  municipality?: string;
  etag?: boolean;
  malformed?: string[];
  tamper?: Tamper[];
  faults?: Fault[];
}
export interface LogEntry {
  path: string;
  status: number | 'dropped' | 'stalled';
  ifNoneMatch: string | null;
  /** A POST to 'api/feedback': the JSON it carried. */
  body?: unknown;
}

let n = 0;
/** A fresh id, so tests (and parallel test files) never share a site or a database. */
export const uniqueId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(n++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Publishes (or re-publishes) a pack on the test server; resolves to its manifest. */
export async function publish(id: string, config: SiteConfig): Promise<PackManifest> {
  const res = await fetch('/test-packs/__configure', { method: 'POST', body: JSON.stringify({ id, ...config }) });
  if (!res.ok) throw new Error(`configure failed: ${res.status}`);
  return ((await res.json()) as { manifest: PackManifest }).manifest;
}

export const manifestUrl = (id: string) => new URL(`/test-packs/${id}/manifest.json`, location.href).href;

export async function requestLog(id: string): Promise<LogEntry[]> {
  return (await fetch(`/test-packs/${id}/__log`)).json() as Promise<LogEntry[]>;
}

export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}
