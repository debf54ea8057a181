/// <reference types="node" />
/**
 * A small ZIP reader (node only) for importing HSDS data packages: reads the central
 * directory, stored and deflated members, no encryption, no ZIP64. Member names are only
 * ever used as names, never joined to a path.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipMember {
  name: string;
  data: Buffer;
}

type ZipProblem = 'zip.notZip' | 'zip.damaged' | 'zip.damagedMember' | 'zip.encrypted' | 'zip.tooLarge' | 'zip.compression';

/** Why a ZIP file cannot be read: `key` and `params` are the report's message (import/messages.ts). */
export class ZipError extends Error {
  constructor(
    readonly key: ZipProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

/** The members of a ZIP file; throws a ZipError when it is not one, damaged, encrypted or too large. */
export function readZip(buf: Buffer, options: { maxBytes?: number } = {}): ZipMember[] {
  try {
    return members(buf, options.maxBytes ?? 200 * 1024 * 1024);
  } catch (e) {
    // A length or offset that points outside the file, or a deflate stream that does not inflate.
    throw e instanceof ZipError ? e : new ZipError('zip.damaged');
  }
}

function members(buf: Buffer, max: number): ZipMember[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('zip.notZip');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipMember[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new ZipError('zip.damaged');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new ZipError('zip.encrypted', { name });
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new ZipError('zip.damagedMember', { name });
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compSize);
    total += size;
    if (total > max) throw new ZipError('zip.tooLarge', { max });
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw, { maxOutputLength: max }) : undefined;
    if (!data) throw new ZipError('zip.compression', { name, method });
    out.push({ name, data });
  }
  return out;
}
