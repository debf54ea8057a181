/// <reference types="node" />
/**
 * Writing a source folder (node only). The plan — which file each item goes to, its YAML,
 * in-memory validation — is browser-safe and lives in source-plan.ts; this module writes it.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { planSource, type PlanOptions, type PlannedFile } from '../../authoring/source-plan.js';
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

/**
 * Writes a complete source folder (every file), e.g. for a new folder or a server revision.
 * With `reuse`, files it names unchanged are hard links to the same file of another folder
 * (the previous revision: publishing one changed entry of 5,000 writes one file, not 5,000),
 * written anew where linking fails.
 */
export async function writeSourceFolder(dir: string, content: SourceContent, options: PlanOptions & { reuse?: { from: string; unchanged: (path: string) => boolean } } = {}): Promise<void> {
  const { reuse } = options;
  const files = planSource(content, undefined, options).files;
  const linked = new Set<string>();
  if (reuse) {
    const same = files.filter((f) => reuse.unchanged(f.path));
    for (const folder of new Set(same.map((f) => dirname(join(dir, f.path))))) await mkdir(folder, { recursive: true });
    // A few dozen links at a time: thousands of files link in a fraction of a second.
    for (let i = 0; i < same.length; i += 64)
      await Promise.all(same.slice(i, i + 64).map((f) => link(join(reuse.from, f.path), join(dir, f.path)).then(() => linked.add(f.path), () => undefined)));
  }
  await writePlan(dir, files.filter((f) => !linked.has(f.path)), { all: true });
}
