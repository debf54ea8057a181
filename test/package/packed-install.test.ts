/**
 * The package as a town installs it: `npm pack`, then `npm install ./kompass-x.y.z.tgz` in an
 * empty folder outside the repository (no access to its node_modules), then the CLI, the
 * publish server and a Vite build of a page that imports `kompass` and `kompass/define.js`.
 * Needs `npm run build` first (npm test runs it in the stage before this one). Prints the
 * installed sizes of the package and of its production dependencies.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string; devDependencies: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), 'kompass-town-'));
const town = join(work, 'town');
// Nothing from the repository may leak in: no NODE_PATH, no npm prefix pointing back.
const env = { ...process.env, NODE_PATH: '', npm_config_prefix: '', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function sh(cmd: string, args: string[], cwd = town, timeout = 240_000): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout });
  if (r.status !== 0) assert.fail(`${cmd} ${args.join(' ')} exited with ${r.status} in ${cwd}\n${r.stdout}\n${r.stderr}`);
  return r;
}
const kompass = (...args: string[]) => sh('npx', ['--no-install', 'kompass', ...args]);

function sizeOf(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;

describe('the packed package, installed in an empty folder', { timeout: 600_000 }, () => {
  before(() => {
    assert.ok(existsSync(join(repo, 'dist/cli/kompass.js')), 'run `npm run build` before this test');
    const packed = sh('npm', ['pack', '--json', '--pack-destination', work], repo);
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    spawnSync('mkdir', [town]);
    writeFileSync(join(town, 'package.json'), JSON.stringify({ name: 'town-app', private: true, type: 'module' }, null, 2));
    sh('npm', ['install', '--prefer-offline', '--no-package-lock', join(work, filename)]);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('installs with its production dependencies only, and says how big that is', () => {
    const modules = join(town, 'node_modules');
    const own = sizeOf(join(modules, 'kompass'));
    const all = sizeOf(modules);
    const installed = readdirSync(modules).filter((n) => !n.startsWith('.')).flatMap((n) => (n.startsWith('@') ? readdirSync(join(modules, n)).map((m) => `${n}/${m}`) : [n]));
    console.log(`installed: kompass ${kB(own)}, production dependencies ${kB(all - own)} (${installed.length - 1} packages: ${installed.filter((n) => n !== 'kompass').join(', ')})`);
    for (const dev of ['yaml', 'ajv', 'marked', 'opening_hours', 'vite', 'typescript', 'tsx']) {
      assert.ok(!installed.includes(dev), `${dev} is a devDependency and must not be installed for a town`);
      assert.ok(pkg.devDependencies[dev], `${dev} is expected among the devDependencies`);
    }
  });

  test('kompass --help, new, validate, build and publish work from the installed package', () => {
    assert.match(kompass('--help').stdout, /Usage: kompass <command>/);
    assert.match(kompass('new', 'content', '--name', 'Musterstadt').stdout, /Created content/);
    assert.ok(existsSync(join(town, 'content/municipality.yaml')));
    kompass('validate', 'content');
    kompass('build', 'content', '--out', 'pack');
    const manifest = JSON.parse(readFileSync(join(town, 'pack/manifest.json'), 'utf8')) as { revision: number; base: { file: string }; languages: { code: string; file: string }[] };
    assert.equal(manifest.revision, 1);
    assert.ok(existsSync(join(town, 'pack', manifest.base.file)), 'the base file the manifest names is in the pack');
    assert.deepEqual(manifest.languages.map((l) => l.code).sort(), ['ar', 'de', 'en'], 'the example town has three languages');
    for (const l of manifest.languages) assert.ok(existsSync(join(town, 'pack', l.file)), `${l.file} is in the pack`);
    assert.match(kompass('publish', 'content', '--content', 'data').stdout, /Published revision 1/);
  });

  test('kompass serve answers a reader\'s request for the pack', async () => {
    // The installed bin itself, not through npx: npx would not pass the SIGTERM on, and the server would outlive the test.
    const server = spawn(process.execPath, [join(town, 'node_modules/.bin/kompass'), 'serve', '--content', 'data', '--port', '0'], { cwd: town, env });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d: Buffer) => {
          out += String(d);
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        server.stderr.on('data', (d: Buffer) => (out += String(d)));
        server.on('exit', (code) => reject(new Error(`kompass serve exited with ${code}: ${out}`)));
      });
      const res = await fetch(new URL('/manifest.json', url));
      assert.equal(res.status, 200);
      const manifest = (await res.json()) as { revision: number };
      assert.equal(manifest.revision, 1);
    } finally {
      server.kill('SIGTERM');
    }
  });

  test('a Vite build of a town page imports kompass and kompass/define.js', () => {
    // Vite is the town's own tool, not ours: install the version this repository builds with.
    const vite = JSON.parse(readFileSync(join(repo, 'node_modules/vite/package.json'), 'utf8')) as { version: string };
    sh('npm', ['install', '--prefer-offline', '--no-package-lock', `vite@${vite.version}`]);
    writeFileSync(join(town, 'index.html'), '<!doctype html><html lang="de"><body><kompass-app src="/pack/"></kompass-app><script type="module" src="./main.js"></script></body></html>');
    writeFileSync(join(town, 'main.js'), "import 'kompass/define.js';\nimport { KompassApp } from 'kompass';\nconsole.log(customElements.get('kompass-app') === KompassApp);\n");
    sh('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn']);
    const assets = join(town, 'dist/assets');
    const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const read = (f: string) => readFileSync(join(assets, f), 'utf8');
    // The page's own script is the chunk index.html loads; the editor is a lazy chunk beside it.
    const entry = /src="\/assets\/([^"]+\.js)"/.exec(readFileSync(join(town, 'dist/index.html'), 'utf8'))?.[1];
    assert.ok(entry && chunks.includes(entry), 'dist/index.html loads a script from dist/assets');
    // (assert.ok, not assert.match: a failure should not print a megabyte of minified code)
    assert.ok(read(entry).includes('kompass-app'), 'the page script defines <kompass-app>');
    assert.ok(!/opening_hours|csv\.encodingLegacy/.test(read(entry)), "the editor and its libraries are not in the page's own script");
    for (const f of chunks) assert.ok(!/from\s*["']node:|require\(["']node:/.test(read(f)), `${f} imports nothing from Node`);
  });
});
