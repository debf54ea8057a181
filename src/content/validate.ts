/**
 * Validation of a source folder (node only): loads it, then runs the browser-safe checks of
 * validate-core.ts — the JSON Schemas, unique ids, references, the category tree, languages
 * and translations, opening-hours syntax, Markdown links, time zone.
 */
import type { Problem } from './problems.js';
import { loadSource, type LoadedSource } from './source.js';
import { validateSource } from './validate-core.js';

export { validateSource } from './validate-core.js';

/** Loads and validates a source folder. */
export async function loadAndValidate(dir: string): Promise<{ source: LoadedSource; problems: Problem[] }> {
  const source = await loadSource(dir);
  return { source, problems: validateSource(source) };
}
