/**
 * Reading a JSON request body (node only): the media type first, then the size (declared
 * and actual), then the nesting depth — all before anything recursive touches the value
 * (cloning, canonical JSON and YAML writing would overflow the stack on a deeply nested
 * `extra` and answer 500).
 */
import type { IncomingMessage } from 'node:http';
import { createGunzip } from 'node:zlib';
import { HttpError } from './http-error.js';

export const MAX_JSON_DEPTH = 32;

/** `application/json`, optionally with a UTF-8 charset — not `application/json-patch+json` or other types. */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*(?:"utf-8"|utf-8)\s*)?$/i;

/** Throws 415 unless the request declares a plain JSON body. */
export function assertJsonType(req: IncomingMessage): void {
  const type = String(req.headers['content-type'] ?? '').trim();
  if (!JSON_TYPE.test(type)) throw new HttpError(415, 'unsupported-media-type', 'Send the body as JSON (Content-Type: application/json; charset=utf-8).');
}

/** The path of the first value nested deeper than `limit` (the top level is depth 1), or undefined. */
export function tooDeepPath(value: unknown, limit = MAX_JSON_DEPTH): string | undefined {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: '', depth: 1 }];
  while (stack.length) {
    const { v, path, depth } = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth > limit) return path || '(top level)';
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: `${path}[${i}]`, depth: depth + 1 }));
    else for (const [k, x] of Object.entries(v)) stack.push({ v: x, path: /^[A-Za-z_$][\w$-]*$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`, depth: depth + 1 });
  }
  return undefined;
}

/**
 * The raw bytes of a request body, at most `maxBody` of them — after decoding, when the client
 * sent it gzip-compressed (`Content-Encoding: gzip`: the editor compresses a 30 MB source to a
 * few MB), so a small compressed body cannot unpack into gigabytes.
 */
async function readBytes(req: IncomingMessage, maxBody: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, 'too-large', `The body is larger than ${maxBody} bytes.`, { limit: maxBody });
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip')
    throw new HttpError(415, 'unsupported-encoding', `Send the body uncompressed or gzip-compressed, not "${encoding}".`, { encoding });
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBody) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  const take = (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBody) throw tooLarge();
    chunks.push(chunk);
  };
  if (encoding === 'identity') {
    for await (const chunk of req) take(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  const gunzip = createGunzip();
  const done = new Promise<void>((resolve, reject) => {
    gunzip.on('data', (chunk: Buffer) => {
      try {
        take(chunk);
      } catch (e) {
        gunzip.destroy();
        req.resume();
        reject(e as Error);
      }
    });
    gunzip.on('end', resolve);
    gunzip.on('error', (e) => reject(new HttpError(400, 'malformed-gzip', `The body is not valid gzip: ${e.message}`, { detail: e.message })));
  });
  req.pipe(gunzip);
  await done;
  return Buffer.concat(chunks);
}

export async function readJsonBody(req: IncomingMessage, maxBody: number): Promise<unknown> {
  assertJsonType(req);
  const bytes = await readBytes(req, maxBody);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (e) {
    throw new HttpError(400, 'malformed-json', `The body is not valid JSON: ${(e as Error).message}`, { detail: (e as Error).message });
  }
  const path = tooDeepPath(value);
  if (path !== undefined)
    throw new HttpError(422, 'too-deep', `The body is nested more than ${MAX_JSON_DEPTH} levels deep at ${path}; no Kompass field needs that — flatten it.`, { path, limit: MAX_JSON_DEPTH });
  return value;
}
