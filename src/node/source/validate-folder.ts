/**
 * Validation of a source folder (node only): loads it, then runs the browser-safe checks of
 * authoring/validate.ts — the JSON Schemas, unique ids, references, the category tree, languages
 * and translations, opening-hours syntax, Markdown links, time zone.
 */
import type { Problem } from '../../authoring/problems.js';
import { loadSource } from './source.js';
import { type LoadedSource } from '../../authoring/source-parse.js';
import { validateSource } from '../../authoring/validate.js';

/** Loads and validates a source folder. */
export async function loadAndValidate(dir: string): Promise<{ source: LoadedSource; problems: Problem[] }> {
  const source = await loadSource(dir);
  return { source, problems: validateSource(source) };
}
