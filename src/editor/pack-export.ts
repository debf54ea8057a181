/**
 * "Export pack": the content pack the publish server currently serves (manifest.json and its
 * content-hashed files, byte for byte), each file checked against the SHA-256 and size the
 * manifest records, as one ZIP — ready to upload to any static host (docs/hosting.md).
 */
import type { PackFileRef, PackManifest } from '../pack/types.js';
import { digestHex } from '../pack/sha256.js';
import { createZip, type ZipEntry } from './zip.js';

/** Only the file names a pack has (as the server's own table); never `..` or absolute paths. */
const PACK_FILE = /^(base|text\/[a-z0-9-]+)\.[0-9a-f]{16}\.json$/;

export class PackExportError extends Error {
  override readonly name = 'PackExportError';
  constructor(
    /** `offline`, `http`, `malformed`, `bad-name`, `mismatch`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Where the publish server serves the pack for an API base URL: the server routes `/api/…` to
 * the API and everything else to the pack, so `https://k.example/api` → `https://k.example/manifest.json`.
 */
export function manifestUrlFor(api: string, base: string = document.baseURI): string {
  const url = new URL(api.replace(/\/+$/, ''), base);
  url.pathname = `${url.pathname.replace(/\/api$/, '')}/manifest.json`.replace(/\/{2,}/g, '/');
  url.search = '';
  url.hash = '';
  return url.href;
}


async function get(url: string, fetchImpl: typeof fetch, cache: RequestCache): Promise<Uint8Array<ArrayBuffer>> {
  let res: Response;
  try {
    res = await fetchImpl(url, { cache, credentials: 'omit' });
  } catch (e) {
    throw new PackExportError('offline', `${url} cannot be reached (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!res.ok) throw new PackExportError('http', `${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export interface ExportedPack {
  manifest: PackManifest;
  /** `kompass-pack-r<revision>.zip` */
  name: string;
  zip: Uint8Array<ArrayBuffer>;
  files: string[];
}

/** Fetches the pack behind `manifestUrl`, verifies every file and zips it (manifest.json first). */
export async function exportPack(manifestUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): Promise<ExportedPack> {
  // The manifest is revalidated (it changes with every publish); the hashed files never change.
  const manifestBytes = await get(manifestUrl, fetchImpl, 'no-store');
  let manifest: PackManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as PackManifest;
    if (typeof manifest.revision !== 'number' || !manifest.base || !Array.isArray(manifest.languages)) throw new Error('not a pack manifest');
  } catch (e) {
    throw new PackExportError('malformed', `${manifestUrl} is not a Kompass manifest (${e instanceof Error ? e.message : String(e)}).`);
  }
  const refs: PackFileRef[] = [manifest.base, ...manifest.languages];
  for (const ref of refs) {
    if (typeof ref.file !== 'string' || !PACK_FILE.test(ref.file)) throw new PackExportError('bad-name', `The manifest names a file that is not part of a pack: ${JSON.stringify(ref.file)}.`);
  }
  const entries: ZipEntry[] = [{ name: 'manifest.json', data: manifestBytes }];
  const files = await Promise.all(
    refs.map(async (ref) => {
      const data = await get(new URL(ref.file, manifestUrl).href, fetchImpl, 'default');
      const sha256 = await digestHex(data);
      if (sha256 !== ref.sha256 || data.length !== ref.bytes) {
        throw new PackExportError('mismatch', `${ref.file} does not match the manifest (SHA-256 ${sha256.slice(0, 12)}…, ${data.length} bytes; expected ${String(ref.sha256).slice(0, 12)}…, ${ref.bytes} bytes).`);
      }
      return { name: ref.file, data };
    }),
  );
  entries.push(...files);
  const published = new Date(manifest.published);
  return {
    manifest,
    name: `kompass-pack-r${manifest.revision}.zip`,
    zip: createZip(entries, Number.isNaN(published.getTime()) ? new Date() : published),
    files: entries.map((e) => e.name),
  };
}
