/** Helpers the node tests share: fixture paths and running the `kompass` command in-process. */
import { fileURLToPath } from 'node:url';
import { run } from '../../src/node/cli/main.js';

/** Absolute path of a folder or file under test/fixtures/. */
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
/** Real data from other projects, beside the clone in `../shared/fixtures` (never copied into the repository). */
export const sharedFixture = (name: string) => fileURLToPath(new URL(`../../../shared/fixtures/${name}`, import.meta.url));

/** Runs `kompass <argv>` in this process and collects what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
