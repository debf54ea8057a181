/**
 * The layer rules (docs/architecture.md) hold: ESLint refuses an import across a wall with a
 * message naming the rule, and the browser TypeScript project has no Node types. Each case
 * lints or compiles a planted file in memory at a real path of the layer, so nothing is
 * written into src/.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

const walls: [file: string, code: string, says: RegExp][] = [
  ['src/reader/views/planted.ts', "import 'node:fs';", /Reader code \(src\/reader\) runs in the browser: no node:\* modules/],
  ['src/reader/app/planted.ts', "import { readFile } from 'fs';\nexport const r = readFile;", /no Node built-ins/],
  ['src/editor/planted.ts', "import 'node:path';", /Editor code \(src\/editor\) runs in the browser/],
  ['src/authoring/planted.ts', "import 'node:crypto';", /Authoring logic \(src\/authoring\) runs in the browser/],
  ['src/pack/planted.ts', "import 'node:zlib';", /The pack format \(src\/pack\) runs in the browser/],
  ['src/reader/app/planted.ts', "import { ApiClient } from '../../editor/api.js';\nexport const a = ApiClient;", /must not import src\/editor\/: the editor is a lazily loaded chunk/],
  ['src/reader/search/planted.ts', "import { validateSource } from '../../authoring/validate.js';\nexport const v = validateSource;", /must not import src\/authoring\//],
  ['src/reader/planted.ts', "import YAML from 'yaml';\nexport const y = YAML;", /The reader must not import yaml/],
  ['src/pack/planted.ts', "import { html } from '../reader/ui/icons.js';\nexport const h = html;", /The pack format \(src\/pack\) must not import/],
  ['src/authoring/import/planted.ts', "import { KompassApp } from '../../reader/app/kompass-app.js';\nexport const k = KompassApp;", /Authoring logic \(src\/authoring\) must not import src\/reader\//],
  ['src/node/cli/planted.ts', "import { KompassApp } from '../../reader/app/kompass-app.js';\nexport const k = KompassApp;", /Node code \(src\/node\) must not import the UI layers/],
];

describe('layers: ESLint no-restricted-imports', () => {
  for (const [file, code, says] of walls) {
    it(`${file}: ${code.split('\n')[0]} is refused`, async () => {
      const messages = await lint(file, code);
      assert.ok(messages.length > 0, `no no-restricted-imports error for ${file}`);
      assert.match(messages.map((m) => m.message).join('\n'), says);
      assert.match(messages[0]!.message, /docs\/architecture\.md/);
    });
  }

  const allowed: [string, string][] = [
    ['src/reader/app/planted.ts', "import type { PackManifest } from '../../pack/types.js';\nexport type M = PackManifest;"],
    ['src/editor/planted.ts', "import { validateSource } from '../authoring/validate.js';\nimport { tokens } from '../reader/ui/tokens.styles.js';\nexport const v = [validateSource, tokens];"],
    ['src/node/cli/planted.ts', "import { readFile } from 'node:fs/promises';\nimport { validateSource } from '../../authoring/validate.js';\nexport const v = [readFile, validateSource];"],
    ['src/authoring/planted.ts', "import { canonicalJson } from '../pack/canonical-json.js';\nexport const c = canonicalJson;"],
  ];
  for (const [file, code] of allowed) {
    it(`${file}: an allowed import passes`, async () => {
      assert.deepEqual(await lint(file, code), []);
    });
  }
});

describe('layers: TypeScript projects', () => {
  /** Type-checks one planted file with the options of a tsconfig, reading everything else from disk. */
  function check(project: string, file: string, code: string): string[] {
    const config = ts.readConfigFile(join(ROOT, project), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(join(ROOT, project)));
    const planted = join(ROOT, file);
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, ...rest) => (resolve(name) === planted ? ts.createSourceFile(name, code, lang) : getSourceFile(name, lang, ...rest));
    host.fileExists = ((exists) => (name: string) => resolve(name) === planted || exists(name))(host.fileExists.bind(host));
    const program = ts.createProgram([planted], options, host);
    return ts.getPreEmitDiagnostics(program, program.getSourceFile(planted)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('browser code has no Node types: node:fs and Buffer do not compile', () => {
    const errors = check('tsconfig.browser.json', 'src/reader/planted.ts', "import { readFileSync } from 'node:fs';\nexport const a = [readFileSync, Buffer.from('x')];");
    assert.ok(errors.some((e) => /Cannot find module 'node:fs'/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /Cannot find name 'Buffer'/.test(e)), errors.join('\n'));
  });

  it('the node layer has Node types', () => {
    assert.deepEqual(check('tsconfig.node.json', 'src/node/planted.ts', "import { readFileSync } from 'node:fs';\nexport const a = [readFileSync, Buffer.from('x')];"), []);
  });
});
