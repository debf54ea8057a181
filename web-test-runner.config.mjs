import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { chromePath } from './scripts/chrome-path.mjs';
import { packServerMiddleware } from './test/support/pack-server.mjs';
import { fixturePacksPlugin } from './test/support/fixture-packs.mjs';
import { editorServerPlugin } from './test/support/editor-server.mjs';

/**
 * UI strings are imported as JSON modules (the build turns each into a chunk). Here only
 * `locales/**` becomes a module; content packs are fetched as data and stay plain JSON.
 */
function localeModulesPlugin() {
  return {
    name: 'kompass-locale-modules',
    transform(context) {
      if (context.path.startsWith('/locales/') && context.path.endsWith('.json')) {
        return { body: `export default ${context.body};`, type: 'js' };
      }
      return undefined;
    },
  };
}

/** Browser tests in real (headless) Chromium, importing TypeScript sources directly. */
export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/node/**', '!test/hosts/**', '!test/package/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // UI strings are imported as modules; content packs (fetched as data) stay JSON.
  mimeTypes: { 'locales/**/*.json': 'js', 'src/*/schema/*.json': 'js', 'src/pack/*.json': 'js' },
  // Content packs with fault injection for the sync tests, under /test-packs/ (test/support/pack-server.mjs).
  middleware: [packServerMiddleware()],
  plugins: [fixturePacksPlugin(), editorServerPlugin(), localeModulesPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath() ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
  // One page at a time: a background page gets no animation frames in headless Chromium, which
  // stalls Lit's and open-wc's waits; the whole suite still runs in under a minute.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  coverage: process.argv.includes('--coverage'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/node/**', 'src/reader/sw/**', 'node_modules/**', 'locales/**'],
    threshold: { lines: 85, statements: 85, functions: 75, branches: 70 },
    reportDir: 'coverage',
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter()],
};
