import { PACK_FORMAT, type PackBase, type PackFileRef, type PackManifest, type PackText } from '../../pack/types.js';

const HEX64 = /^[0-9a-f]{64}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fileRefProblem(r: unknown, where: string): string | undefined {
  if (!isObject(r)) return `${where} is not an object`;
  if (typeof r.file !== 'string' || !r.file) return `${where}.file is missing`;
  if (typeof r.sha256 !== 'string' || !HEX64.test(r.sha256)) return `${where}.sha256 is not a lowercase hex SHA-256`;
  if (typeof r.bytes !== 'number' || !Number.isInteger(r.bytes) || r.bytes < 0) return `${where}.bytes is not a byte count`;
  return undefined;
}

/** A light shape check of a manifest: what the sync relies on. Returns the problem, or undefined. */
export function manifestProblem(m: unknown): string | undefined {
  if (!isObject(m)) return 'the manifest is not a JSON object';
  if (m.format !== PACK_FORMAT) return `format is ${JSON.stringify(m.format)}, expected "${PACK_FORMAT}"`;
  if (typeof m.revision !== 'number' || !Number.isInteger(m.revision) || m.revision < 0) return 'revision is not a non-negative integer';
  if (!isObject(m.municipality) || typeof m.municipality.id !== 'string' || typeof m.municipality.defaultLanguage !== 'string')
    return 'municipality.id or municipality.defaultLanguage is missing';
  const base = fileRefProblem(m.base, 'base');
  if (base) return base;
  if (!Array.isArray(m.languages)) return 'languages is not an array';
  for (const [i, l] of m.languages.entries()) {
    const p = fileRefProblem(l, `languages[${i}]`) ?? (typeof (l as { code?: unknown }).code !== 'string' ? `languages[${i}].code is missing` : undefined);
    if (p) return p;
  }
  const def = m.municipality.defaultLanguage;
  if (!(m.languages as { code: string }[]).some((l) => l.code === def)) return `the default language ${def} has no text file`;
  return undefined;
}

/** A light shape check of a base or text file (enough for a stored file, which was checked completely when it was downloaded). */
export function fileProblem(json: unknown, kind: 'base' | 'text', lang?: string): string | undefined {
  if (!isObject(json)) return 'not a JSON object';
  if (json.format !== PACK_FORMAT) return `format is ${JSON.stringify(json.format)}, expected "${PACK_FORMAT}"`;
  if (kind === 'base') {
    const b = json as Partial<PackBase>;
    if (!Array.isArray(b.entries) || !Array.isArray(b.categories) || !Array.isArray(b.guides)) return 'entries, categories or guides is not an array';
    if (!isObject(b.hoursWindow)) return 'hoursWindow is missing';
    return undefined;
  }
  const t = json as Partial<PackText>;
  if (t.lang !== lang) return `lang is ${JSON.stringify(t.lang)}, expected "${lang}"`;
  if (!isObject(t.entries) || !isObject(t.categories) || !isObject(t.guides)) return 'entries, categories or guides is not an object';
  return undefined;
}

export type { PackFileRef, PackManifest };
