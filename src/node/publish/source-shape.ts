/** The first check of a source sent to the API (node only): its shape, before anything reads it. */
import type { SourceContent } from '../../pack/types.js';
import { PublishError } from './errors.js';

/**
 * Checks that a request body is shaped like a SourceContent before anything touches it:
 * objects and lists where they belong. The content checks follow in `validateContent`.
 */
export function assertSourceShape(source: unknown): asserts source is SourceContent {
  const bad = (what: string) => new PublishError(422, 'invalid-shape', `The source is not shaped like a Kompass source: ${what}.`, { detail: what });
  if (!source || typeof source !== 'object' || Array.isArray(source)) throw bad('expected an object { municipality, categories, entries, guides, synonyms }');
  const s = source as Record<string, unknown>;
  if (!s.municipality || typeof s.municipality !== 'object' || Array.isArray(s.municipality)) throw bad('"municipality" must be an object');
  for (const k of ['categories', 'entries', 'guides'] as const) {
    if (!Array.isArray(s[k])) throw bad(`"${k}" must be a list`);
    (s[k] as unknown[]).forEach((x, i) => {
      if (!x || typeof x !== 'object' || Array.isArray(x)) throw bad(`${k}[${i}] must be an object`);
    });
  }
  if (s.synonyms === undefined) s.synonyms = [];
  if (!Array.isArray(s.synonyms)) throw bad('"synonyms" must be a list');
  // Optional kinds: information pages, events and notices, lists of objects when present.
  for (const k of ['pages', 'events', 'notices'] as const) {
    if (s[k] === undefined) continue;
    if (!Array.isArray(s[k])) throw bad(`"${k}" must be a list`);
    (s[k] as unknown[]).forEach((x, i) => {
      if (!x || typeof x !== 'object' || Array.isArray(x)) throw bad(`${k}[${i}] must be an object`);
    });
  }
  const extra = Object.keys(s).filter((k) => !['municipality', 'categories', 'entries', 'guides', 'synonyms', 'pages', 'events', 'notices'].includes(k));
  if (extra.length) throw bad(`unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}`);
}
