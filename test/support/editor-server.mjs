import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import process from 'node:process';

/**
 * A web-test-runner plugin for the editor's tests (test/editor/):
 *
 * - starts test/support/editor-publish-control.ts in a node process of its own, which hands
 *   each test a real publish server (src/node/server) on 127.0.0.1 with a fresh data folder;
 *   tests import its address from `/__editor-control.js`;
 * - serves what the editor's lazily loaded validation needs in a browser as ES modules: the
 *   JSON Schemas (src/pack/schema/*.json, src/authoring/schema/*.json) and ajv + ajv-formats, which are CommonJS
 *   (bundled once with esbuild, so both share one copy of ajv's code generator).
 */
export function editorServerPlugin() {
  let child;
  let controlUrl;
  let ajvBundle;
  return {
    name: 'kompass-editor-server',
    async serverStart() {
      child = spawn('node', ['--import', 'tsx', 'test/support/editor-publish-control.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
      controlUrl = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const m = /editor-control (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`the editor's publish-server control exited (${code})`)));
      });
    },
    async serverStop() {
      child?.kill('SIGTERM');
    },
    async serve(context) {
      if (context.path === '/__editor-control.js') return { body: `export const controlUrl = ${JSON.stringify(controlUrl)};`, type: 'js' };
      if (context.path === '/__editor-deps/ajv.js') {
        ajvBundle ??= build({
          stdin: { contents: "import Ajv from 'ajv/dist/2020.js'; import addFormats from 'ajv-formats'; export { Ajv, addFormats };", resolveDir: process.cwd(), loader: 'js' },
          bundle: true,
          format: 'esm',
          write: false,
          platform: 'browser',
          logLevel: 'silent',
        }).then((r) => r.outputFiles[0].text);
        return { body: await ajvBundle, type: 'js' };
      }
      if (/(^|\/)node_modules\/ajv\/dist\/2020\.js$/.test(context.path)) return { body: "import { Ajv } from '/__editor-deps/ajv.js'; export default Ajv;", type: 'js' };
      if (/(^|\/)node_modules\/ajv-formats\/dist\/index\.js$/.test(context.path)) return { body: "import { addFormats } from '/__editor-deps/ajv.js'; export default addFormats;", type: 'js' };
      return undefined;
    },
    transform(context) {
      if (/^\/src\/(pack|authoring)\/schema\/[^/]+\.json$/.test(context.path)) return { body: `export default ${context.body};`, type: 'js' };
      return undefined;
    },
  };
}
