/// <reference types="node" />
/**
 * What every importer shares (node only): the in-memory part (merging texts, making ids,
 * evaluating an import) is browser-safe in import-core.ts; this module commits to a folder.
 */
import { mkdir } from 'node:fs/promises';
import { evaluateImport, type CommitOptions, type ImportReport } from '../../authoring/import/import-plan.js';
import { writePlan } from '../source/source-write.js';
import { loadSource } from '../source/source.js';
import { type LoadedSource } from '../../authoring/source-parse.js';
import type { SourceContent } from '../../pack/types.js';


/**
 * Commits an import: `next` is the whole source after the import (built from
 * `existing.content`). Records translation provenance, validates, writes the changed files
 * when valid, and reports per item.
 */
export async function commitImport(dir: string, existing: LoadedSource | undefined, next: SourceContent, options: CommitOptions = {}): Promise<ImportReport> {
  const { report, files, stop } = evaluateImport(existing, next, options);
  if (stop || options.dryRun) return report;
  await mkdir(dir, { recursive: true });
  report.written = await writePlan(dir, files);
  return report;
}

/** Loads a source folder when it exists (municipality.yaml present), else undefined. */
export async function loadExisting(dir: string): Promise<LoadedSource | undefined> {
  const loaded = await loadSource(dir);
  if (!loaded.files.some((f) => f.kind === 'municipality')) return undefined;
  return loaded;
}

