/**
 * `npm run build`: the standalone bundle, the page of its own (dist/app/), the package modules, type declarations, the
 * custom-elements manifest and the CLI. Fails on the first step that fails.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const npx = (...args) => run('npx', ['--no-install', ...args]);

rmSync('dist', { recursive: true, force: true });
npx('vite', 'build', '--logLevel', 'warn');
run('node', ['scripts/build-app.mjs']); // dist/app/: Kompass as a page of its own (before the worker, which precaches it)
run('node', ['scripts/build-sw.mjs']);
npx('vite', 'build', '--mode', 'package', '--logLevel', 'warn');
npx('tsc', '-p', 'tsconfig.build.json');
npx('cem', 'analyze', '--quiet'); // globs, Lit and our plugin: custom-elements-manifest.config.mjs
// The CLI and the publish server as one self-contained file: yaml, ajv, marked and
// opening_hours are bundled in, so an installed package needs none of them at run time.
// Measured (stop 21): 1.3 MB file, `kompass --help` in ~110 ms, against ~10 MB of
// installed dependencies and ~170 ms with the packages kept external.
// The banner gives bundled CommonJS modules the `require` they use for Node built-ins.
npx('esbuild', 'src/node/cli/main.ts', '--bundle', '--minify', '--platform=node', '--format=esm', '--target=node20',
  '--banner:js=import { createRequire as __kompassRequire } from \'node:module\'; const require = __kompassRequire(import.meta.url);',
  '--legal-comments=eof', '--outfile=dist/cli/kompass.js', '--log-level=warning');
console.log('Built dist/kompass.js, dist/kompass-sw.js, dist/app/, dist/index.js, dist/define.js, dist/types/, dist/cli/ and custom-elements.json');
