/**
 * Builds the host apps the end-to-end tests embed Kompass in (test/hosts/): a React 19 app,
 * a Vue 3 app (vue-router) and a plain HTML page, each with Vite into test/hosts/<name>/dist,
 * served under /<name>/. Each page loads the built bundle from /kompass/kompass.js with a
 * plain script tag (`vite-ignore`: the host's build leaves it alone), as a city app would.
 * Type-checks the hosts first (test/hosts/tsconfig.json).
 *
 *   node scripts/build-hosts.mjs
 */
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';

export const HOSTS = ['plain', 'react', 'vue'];

export async function buildHosts() {
  execFileSync('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'test/hosts/tsconfig.json'], { stdio: 'inherit' });
  for (const name of HOSTS) {
    await build({
      configFile: false,
      root: `test/hosts/${name}`,
      base: `/${name}/`,
      logLevel: 'warn',
      plugins: name === 'vue' ? [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kompass-') } } })] : [],
      // Vite's own JSX transform (no React plugin needed for a production build).
      oxc: name === 'react' ? { jsx: { runtime: 'automatic' } } : undefined,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildHosts();
  console.log(`Built test/hosts/{${HOSTS.join(',')}}/dist`);
}
