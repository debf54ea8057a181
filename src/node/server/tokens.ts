/**
 * Editor tokens (node only). A token is shown once, when it is made; the tokens file keeps
 * only a salted scrypt hash of its secret. Tokens look like `kompass_<id>_<secret>`: the id
 * finds the record, the secret is checked with scrypt and compared in constant time.
 */
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';

const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;

function scrypt(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(secret, salt, KEY_BYTES, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))));
}

export interface TokenRecord {
  id: string;
  /** Who the token belongs to; shown in the audit log. */
  name: string;
  /** base64 */
  salt: string;
  /** base64 scrypt(secret, salt) */
  hash: string;
  created: string;
}

export interface TokensFile {
  version: 1;
  tokens: TokenRecord[];
}

export const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u;

export async function readTokens(file: string): Promise<TokensFile> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as TokensFile;
    if (!Array.isArray(data.tokens)) throw new Error('no "tokens" list');
    return data;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, tokens: [] };
    throw new Error(`${file} cannot be read: ${(e as Error).message}`);
  }
}

async function writeTokens(file: string, data: TokensFile): Promise<void> {
  const tmp = `${file}.tmp-${randomBytes(4).toString('hex')}`;
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, file);
}

/** Adds a token for `name` and returns it: the only time it is ever shown. */
export async function addToken(file: string, name: string): Promise<string> {
  if (!NAME_PATTERN.test(name)) throw new Error(`"${name}" is not a usable name: letters, digits, spaces and . _ @ - (up to 64).`);
  const data = await readTokens(file);
  if (data.tokens.some((t) => t.name === name)) throw new Error(`There is already a token for "${name}"; remove it first ("kompass token remove").`);
  const id = randomBytes(4).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16);
  const hash = await scrypt(secret, salt);
  data.tokens.push({ id, name, salt: salt.toString('base64'), hash: hash.toString('base64'), created: new Date().toISOString() });
  await writeTokens(file, data);
  return `kompass_${id}_${secret}`;
}

export async function removeToken(file: string, name: string): Promise<boolean> {
  const data = await readTokens(file);
  const left = data.tokens.filter((t) => t.name !== name);
  if (left.length === data.tokens.length) return false;
  await writeTokens(file, { ...data, tokens: left });
  return true;
}

const TOKEN_PATTERN = /^kompass_([0-9a-f]{8})_([A-Za-z0-9_-]{20,100})$/;

/** The id part of a well-formed token (`kompass_<id>_<secret>`), for limiting failures per token. */
export function tokenIdOf(token: string): string | undefined {
  return TOKEN_PATTERN.exec(token)?.[1];
}

const DUMMY_SALT = randomBytes(16);
const DUMMY_HASH = Buffer.alloc(KEY_BYTES);

/**
 * Checks tokens against a tokens file, re-reading it when it changes (so `kompass token add`
 * and `remove` work without a restart). Verified tokens are remembered for a few minutes
 * by their SHA-256, never in clear.
 */
export class TokenVerifier {
  private records: TokenRecord[] = [];
  private mtime = -1;
  private readonly cache = new Map<string, { name: string; until: number }>();

  constructor(private readonly file: string) {}

  private async refresh(): Promise<void> {
    let m = 0;
    try {
      m = (await stat(this.file)).mtimeMs;
    } catch {
      m = 0;
    }
    if (m === this.mtime) return;
    this.records = m ? (await readTokens(this.file)).tokens : [];
    this.mtime = m;
    this.cache.clear();
  }

  /**
   * The owner of a token verified in the last few minutes, without hashing (so an editor who
   * is signed in is not slowed or locked out while someone tries wrong tokens); else undefined.
   */
  async cached(token: string): Promise<string | undefined> {
    await this.refresh();
    const hit = this.cache.get(createHash('sha256').update(token).digest('hex'));
    return hit && hit.until > Date.now() ? hit.name : undefined;
  }

  /** The token's owner, or undefined. Takes about as long for an unknown id as for a wrong secret. */
  async verify(token: string): Promise<string | undefined> {
    const known = await this.cached(token);
    if (known) return known;
    const digest = createHash('sha256').update(token).digest('hex');
    const m = TOKEN_PATTERN.exec(token);
    const record = m ? this.records.find((r) => r.id === m[1]) : undefined;
    const salt = record ? Buffer.from(record.salt, 'base64') : DUMMY_SALT;
    const expected = record ? Buffer.from(record.hash, 'base64') : DUMMY_HASH;
    const actual = await scrypt(m?.[2] ?? token, salt);
    const ok = expected.length === actual.length && timingSafeEqual(expected, actual) && !!record;
    if (!ok) return undefined;
    this.cache.set(digest, { name: record.name, until: Date.now() + 5 * 60_000 });
    return record.name;
  }
}
