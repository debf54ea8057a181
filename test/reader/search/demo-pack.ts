import { ContentSnapshot } from '../../../src/reader/content/snapshot.js';
import type { PackBase, PackManifest, PackText } from '../../../src/pack/types.js';
import { openSearch, type SearchEngine } from '../../../src/reader/search/engine.js';

/** The demo pack the test-runner plugin builds from demo/content. */
const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';

let snapshot: Promise<ContentSnapshot> | undefined;

async function load(): Promise<ContentSnapshot> {
  const dir = DEMO_PACK.replace(/manifest\.json$/, '');
  const get = async <T>(file: string) => (await (await fetch(dir + file)).json()) as T;
  const manifest = await get<PackManifest>('manifest.json');
  const texts = new Map<string, PackText>();
  for (const l of manifest.languages) texts.set(l.code, await get<PackText>(l.file));
  return new ContentSnapshot(manifest, await get<PackBase>(manifest.base.file), texts);
}

/** The Musterstadt demo pack with every language on the device, loaded once per test file. */
export const demoSnapshot = (): Promise<ContentSnapshot> => (snapshot ??= load());

/** The search over the Musterstadt demo pack (every language on the device) for a reader language. */
export async function demoSearch(lang: string): Promise<SearchEngine> {
  return openSearch(await demoSnapshot(), lang);
}

/** The ids of the first `n` entries a finished query finds. */
export function topEntries(engine: SearchEngine, query: string, n = 5): string[] {
  return engine
    .search(query, { kinds: ['entry'], limit: n })
    .hits.map((h) => h.id);
}
