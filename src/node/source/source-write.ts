/// <reference types="node" />
/**
 * Writing a source folder (node only). The plan — which file each item goes to, its YAML,
 * in-memory validation — is browser-safe and lives in source-plan.ts; this module writes it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { planSource, type PlannedFile } from '../../authoring/source-plan.js';
import type { SourceContent } from '../../pack/types.js';


/**
 * Writes the changed files of a plan into `dir`: every file to a temporary name first, then
 * all renamed into place, so a failure while writing leaves the folder as it was.
 */
export async function writePlan(dir: string, files: readonly PlannedFile[], options: { all?: boolean } = {}): Promise<string[]> {
  const todo = files.filter((f) => f.changed || options.all);
  const suffix = `.kompass-tmp-${randomBytes(4).toString('hex')}`;
  const written: string[] = [];
  try {
    for (const f of todo) {
      const target = join(dir, f.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target + suffix, f.text, 'utf8');
      written.push(f.path);
    }
  } catch (e) {
    await Promise.all(written.map((p) => rm(join(dir, p) + suffix, { force: true })));
    throw e;
  }
  for (const p of written) await rename(join(dir, p) + suffix, join(dir, p));
  return written;
}

/** Writes a complete source folder (every file), e.g. for a new folder or a server revision. */
export async function writeSourceFolder(dir: string, content: SourceContent): Promise<void> {
  await writePlan(dir, planSource(content).files, { all: true });
}
