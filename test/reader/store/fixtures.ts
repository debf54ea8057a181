import type { PackManifest } from '../../../src/pack/types.js';
import type { StoredFile } from '../../../src/reader/store/index.js';

/** A manifest whose files have made-up hashes (the store does not check hashes; the sync does). */
export function fakeManifest(revision: number, languages = ['de', 'en'], tag = 'x'): PackManifest {
  const sha = (s: string) => Array.from({ length: 64 }, (_, i) => '0123456789abcdef'[(s.charCodeAt(i % s.length) + i) % 16]).join('');
  return {
    format: 'kompass-pack/1',
    revision,
    published: '2026-01-01T00:00:00Z',
    municipality: { id: 'musterstadt', name: { de: 'Musterstadt' }, defaultLanguage: 'de', timeZone: 'Europe/Berlin', state: 'NW' },
    base: { file: `base.${revision}.json`, sha256: sha(`base-${tag}-${revision}`), bytes: 2 },
    languages: languages.map((code) => ({
      code,
      endonym: code,
      dir: 'ltr',
      completeness: 1,
      file: `text/${code}.${revision}.json`,
      sha256: sha(`${code}-${tag}-${revision}`),
      bytes: 2,
    })),
  };
}

export const fileFor = (sha256: string): StoredFile => ({ sha256, bytes: 2, json: '{}', storedAt: Date.now() });

export function allFiles(m: PackManifest): StoredFile[] {
  return [m.base, ...m.languages].map((f) => fileFor(f.sha256));
}
