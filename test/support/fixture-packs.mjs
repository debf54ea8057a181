import { spawnSync } from 'node:child_process';

/**
 * A web-test-runner plugin that builds the test packs from their YAML sources (with the
 * real `kompass build` code) before the browsers start, so the reader tests read a real pack
 * served from `/test/fixtures/.packs/…`.
 */
export function fixturePacksPlugin() {
  return {
    name: 'kompass-fixture-packs',
    serverStart() {
      const result = spawnSync('node', ['--import', 'tsx', 'scripts/build-packs.ts', 'fixtures'], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`Building the test packs failed:\n${result.stdout}${result.stderr}`);
    },
  };
}
