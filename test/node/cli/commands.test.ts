import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { PackManifest } from '../../../src/pack/types.js';
import { cli, fixture } from '../support.js';
import { loadAndValidate } from '../../../src/node/source/validate-folder.js';
import { buildPack } from '../../../src/node/build/build-pack.js';


let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kompass-cmd-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

describe('kompass commands', () => {
  it('has help for every command', async () => {
    const top = (await cli('--help')).out.join('\n');
    for (const cmd of ['new', 'validate', 'build', 'status', 'import', 'export', 'serve', 'publish', 'rollback', 'token']) {
      assert.match(top, new RegExp(`^  ${cmd}\\b`, 'm'), cmd);
      const r = await cli(cmd, '--help');
      assert.equal(r.code, 0, cmd);
      assert.match(r.out[0]!, new RegExp(`^Usage: kompass ${cmd}`), cmd);
    }
    assert.match((await cli('import', 'csv', '--help')).out[0]!, /^Usage: kompass import csv/);
    assert.match((await cli('help', 'status')).out[0]!, /^Usage: kompass status/);
  });

  it('new creates a commented example folder that validates without errors', async () => {
    const dir = join(tmp, 'neustadt');
    const r = await cli('new', dir, '--name', 'Neustadt', '--state', 'BY', '--languages', 'de,en,uk');
    assert.equal(r.code, 0, r.err.join('\n'));
    const mun = await readFile(join(dir, 'municipality.yaml'), 'utf8');
    assert.match(mun, /^# The municipality/m);
    assert.match(mun, /state: BY/);
    const validated = await cli('validate', dir);
    assert.equal(validated.code, 0);
    assert.deepEqual(validated.out.filter((l) => /icon/.test(l)), [], 'the example uses only icons the reader draws');
    const child = await readFile(join(dir, 'pages/wohnsitz-anmelden.yaml'), 'utf8');
    assert.match(child, /^parent: ankommen$/m, 'an example page with a sub-page');
    assert.match(await readFile(join(dir, 'pages/ankommen.yaml'), 'utf8'), /^id: ankommen$/m);
    const { source, problems } = await loadAndValidate(dir);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    assert.deepEqual(source.content.events?.map((e) => e.id), ['sprachcafe'], 'an example event');
    assert.deepEqual(source.content.notices?.map((n) => [n.id, n.closed]), [['geschlossen-beispiel', true]], 'an example notice closing an entry');
    const pack = buildPack(source.content, { date: new Date().toISOString().slice(0, 10) });
    assert.ok(pack.base.events![0]!.occurrences.length > 40, 'the weekly example has dates for the coming year');
    assert.equal((await cli('new', dir)).code, 1, 'refuses a non-empty folder');
    assert.equal((await cli('new', join(tmp, 'x'), '--state', 'XX')).code, 2);
  });

  it('status prints the coverage matrix, and JSON for tools', async () => {
    const r = await cli('status', fixture('source-small'));
    assert.equal(r.code, 0);
    assert.ok(r.out.some((l) => /^language\s+missing\s+outdated\s+machine\s+done/.test(l)));
    assert.ok(r.out.includes("ar                  9         0        1     12     54 %"), r.out.join("\n"));
    const j = await cli('status', fixture('source-small'), '--json');
    const status = JSON.parse(j.out.join('\n')) as { languages: { code: string; missing: number; done: number }[]; texts: number };
    assert.deepEqual(status.languages.map((l) => l.code), ['de', 'en', 'ar']);
    for (const l of status.languages) assert.equal(l.missing + l.done <= status.texts, true);
  });

  it('import csv / export csv through the CLI, with exit codes', async () => {
    const dir = join(tmp, 'src');
    await cp(fixture('source-small'), dir, { recursive: true });
    const file = join(tmp, 'entries.csv');
    assert.equal((await cli('export', 'csv', dir, '--out', file)).code, 0);
    const text = await readFile(file, 'utf8');
    assert.ok(text.startsWith('\ufeffid;kind;categories;name@de;name@en;name@ar'));
    const same = await cli('import', 'csv', file, '--into', dir);
    assert.equal(same.code, 0, same.err.join('\n'));
    assert.match(same.out.at(-1)!, /0 added, 0 changed, \d+ unchanged; 0 files written/);
    const bad = await cli('import', 'csv', fixture('csv-import/broken.csv'), '--into', dir);
    assert.equal(bad.code, 1);
    assert.ok(bad.err.some((l) => /^rejected row 3 \(entry kaputt-kind\): column "kind": "amt-irgendwas" is not a kind/.test(l)), bad.err.join('\n'));
    assert.match(bad.err.at(-1)!, /Nothing was written: 6 rows rejected/);
    assert.equal((await cli('import', 'csv', file)).code, 2);
    assert.equal((await cli('import', 'yaml', file, '--into', dir)).code, 2);
  });

  it('import hsds / integreat / xliff and export hsds / xliff through the CLI', async () => {
    const dir = join(tmp, 'src-x');
    await cp(fixture('source-small'), dir, { recursive: true });
    const h = await cli('import', 'hsds', fixture('hsds-import/tables'), '--into', dir, '--category', 'beratung');
    assert.equal(h.code, 0, h.err.join('\n'));
    assert.match(h.out.at(-1)!, /^2 added, 0 changed/);
    const bad = await cli('import', 'hsds', fixture('hsds-import/broken'), '--into', dir, '--category', 'beratung');
    assert.equal(bad.code, 1);
    assert.ok(bad.err.some((l) => /^rejected service #1 \(b-1\)/.test(l)), bad.err.join('\n'));
    const out = join(tmp, 'hsds-out');
    assert.equal((await cli('export', 'hsds', dir, '--out', out)).code, 0);
    assert.match((await cli('import', 'hsds', out, '--into', dir)).out.at(-1)!, /0 added, 0 changed, .*0 files written/);
    const i = await cli('import', 'integreat', fixture('integreat-import/musterstadt'), '--into', dir, '--dry-run');
    assert.equal(i.code, 0, i.err.join('\n'));
    assert.match(i.out.at(-1)!, /^Dry run: 7 added/, '2 locations and 5 pages');
    const xl = join(tmp, 'xliff');
    const x = await cli('export', 'xliff', dir, '--out', xl, '--lang', 'ar');
    assert.equal(x.code, 0);
    assert.match(x.out[0]!, /musterstadt\.ar\.xlf: \d+ texts to translate/);
    const back = await cli('import', 'xliff', join(xl, 'musterstadt.ar.xlf'), '--into', dir);
    assert.equal(back.code, 0, back.err.join('\n'));
    assert.match(back.out.at(-1)!, /0 files written/, 'untranslated units change nothing');
    assert.equal((await cli('import', 'integreat', fixture('integreat-import/musterstadt'), '--into', dir, '--kind', 'amt')).code, 2);
  });

  it('publish, token and rollback work on a data folder', async () => {
    const data = join(tmp, 'data');
    const p = await cli('publish', fixture('source-small'), '--content', data);
    assert.equal(p.code, 0, p.err.join('\n'));
    assert.match(p.out.at(-1)!, /Published revision 1/);
    assert.match((await cli('publish', fixture('source-small'), '--content', data)).out.at(-1)!, /Nothing changed; revision 1/);
    const broken = await cli('publish', fixture('source-broken'), '--content', data);
    assert.equal(broken.code, 1);
    const t = await cli('token', 'add', 'Anna Schmidt', '--content', data);
    assert.equal(t.code, 0);
    assert.match(t.out[0]!, /^kompass_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    assert.match(t.err[0]!, /cannot be shown again/);
    assert.equal((await cli('token', 'add', 'Anna Schmidt', '--content', data)).code, 1, 'one token per name');
    assert.deepEqual((await cli('token', 'list', '--content', data)).out.map((l) => l.split('  ')[0]), ['Anna Schmidt']);
    // a second revision, then roll back to the first
    const src = join(tmp, 'src2');
    await cp(fixture('source-small'), src, { recursive: true });
    const file = join(src, 'entries', 'buergerbuero.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('email: buergerbuero@musterstadt.example', 'email: neu@musterstadt.example'));
    assert.equal((await cli('publish', src, '--content', data)).code, 0);
    const rb = await cli('rollback', data, '1');
    assert.equal(rb.code, 0, rb.err.join('\n'));
    assert.match(rb.out[0]!, /as revision 3/);
    const manifest = JSON.parse(await readFile(join(data, 'revisions', '3', 'pack', 'manifest.json'), 'utf8')) as PackManifest;
    assert.equal(manifest.revision, 3);
    assert.match(await readFile(join(data, 'revisions', '3', 'source', 'entries', 'buergerbuero.yaml'), 'utf8'), /buergerbuero@musterstadt\.example/);
    const list = await cli('rollback', data, '--list');
    assert.match(list.out[0]!, /^3 \(current\).*rollback of 1/);
    assert.equal((await cli('rollback', data, '99')).code, 1);
    const audit = (await readFile(join(data, 'audit.log'), 'utf8')).trim().split('\n');
    assert.equal(audit.length, 3);
  });
});
