import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentStore } from '../../../src/node/publish/publish-store.js';
import { addToken } from '../../../src/node/server/tokens.js';

import { fixture } from '../support.js';

export { fixture };
export const bin = fileURLToPath(new URL('../../../bin/kompass.js', import.meta.url));

/** A data folder with source-small published as revision 1 and two editors' tokens. */
export async function dataDir(): Promise<{ dir: string; anna: string; ben: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kompass-data-'));
  const store = new ContentStore(dir);
  await store.publishFolder(fixture('source-small'), 'test');
  const anna = await addToken(store.tokensFile, 'anna');
  const ben = await addToken(store.tokensFile, 'ben');
  return { dir, anna, ben };
}

export interface Reply {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

export async function call(base: string, path: string, init: RequestInit & { token?: string; ifMatch?: string } = {}): Promise<Reply> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.ifMatch) headers.set('If-Match', init.ifMatch);
  if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const res = await fetch(base + path, { ...init, headers });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = { raw: text };
  }
  return { status: res.status, headers: res.headers, json };
}
