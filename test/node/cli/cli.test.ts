import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { PackManifest } from '../../../src/pack/types.js';
import { cli, fixture } from '../support.js';

const bin = fileURLToPath(new URL('../../../bin/kompass.js', import.meta.url));

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kompass-cli-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

describe('kompass CLI', () => {
  it('prints help', async () => {
    const r = await cli('--help');
    assert.equal(r.code, 0);
    assert.match(r.out.join('\n'), /Usage: kompass <command>/);
    const v = await cli('validate', '--help');
    assert.equal(v.code, 0);
    assert.match(v.out[0]!, /^Usage: kompass validate <source-dir>/);
    const b = await cli('build', '-h');
    assert.match(b.out[0]!, /^Usage: kompass build <source-dir> --out <dir>/);
  });

  it('exits 2 on an unknown command, option or missing argument', async () => {
    assert.equal((await cli()).code, 2);
    assert.equal((await cli('frobnicate')).code, 2);
    const r = await cli('build', fixture('source-small'));
    assert.equal(r.code, 2);
    assert.match(r.err[0]!, /build needs --out <dir>/);
    assert.equal((await cli('build', fixture('source-small'), '--out', tmp, '--date', '2026-02-30')).code, 2);
    assert.equal((await cli('validate', '--strict-mode')).code, 2);
  });

  it('validate exits 0 for a valid source and prints warnings and a count line', async () => {
    const r = await cli('validate', fixture('source-small'));
    assert.equal(r.code, 0);
    assert.equal(r.out.at(-1), '0 errors, 9 warnings');
    assert.match(r.out[0]!, /^entries\/buergerbuero\.yaml:13:3 {2}buergerbuero {2}description {2}warning: Missing translation: ar;/);
  });

  it('validate exits 1 with one line per problem for a broken source', async () => {
    const r = await cli('validate', fixture('source-broken'));
    assert.equal(r.code, 1);
    assert.equal(r.out.at(-1), '24 errors, 4 warnings');
    assert.ok(r.out.includes('guides/guide.yaml:6:21  guide  steps[0].entries[1]  The entry "verschwunden" does not exist; use the id of a file in entries/.'));
    assert.ok(r.out.includes('municipality.yaml:9:11  -  timeZone  "Europe/Brokenstadt" is not a known time zone; use an IANA name such as Europe/Berlin.'));
  });

  it('validate --ui-lang de prints the problems and the count line in German', async () => {
    const r = await cli('validate', '--ui-lang', 'de', fixture('source-broken'));
    assert.equal(r.code, 1);
    assert.equal(r.out.at(-1), '24 Fehler, 4 Hinweise');
    assert.ok(r.out.includes('guides/guide.yaml:6:21  guide  steps[0].entries[1]  Den Eintrag „verschwunden“ gibt es nicht. Wählen Sie einen vorhandenen Eintrag.'), r.out.join('\n'));
    assert.ok(r.out.includes('municipality.yaml:9:11  -  timeZone  „Europe/Brokenstadt“ ist keine bekannte Zeitzone. Verwenden Sie z. B. Europe/Berlin.'));
    assert.ok(!r.out.some((l) => /does not exist|is missing|Missing translation/.test(l)), r.out.join('\n'));
    const small = await cli('validate', '--ui-lang', 'de', fixture('source-small'));
    assert.match(small.out[0]!, / {2}description {2}Hinweis: Übersetzung fehlt: ar\. Wer diese Sprache liest, sieht den Text auf de\.$/);
  });

  it('build writes the pack, and refuses a broken source with exit 1', async () => {
    const out = join(tmp, 'pack');
    const r = await cli('build', fixture('source-small'), '--out', out, '--date', '2026-12-01', '--revision', '3');
    assert.equal(r.code, 0, r.err.join('\n'));
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as PackManifest;
    assert.equal(manifest.revision, 3);
    assert.equal(manifest.published, '2026-12-01T00:00:00Z');
    await readFile(join(out, manifest.base.file));
    const bad = await cli('build', fixture('source-broken'), '--out', join(tmp, 'bad'));
    assert.equal(bad.code, 1);
    assert.match(bad.err.join('\n'), /Not built/);
  });

  it('runs through bin/kompass.js with the right exit codes', async () => {
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, [bin, 'validate', fixture('source-small')]);
    assert.match(ok.stdout, /0 errors, 9 warnings\n$/);
    await assert.rejects(exec(process.execPath, [bin, 'validate', fixture('source-broken')]), (e: { code: number; stdout: string }) => {
      assert.equal(e.code, 1);
      assert.match(e.stdout, /24 errors, 4 warnings/);
      return true;
    });
  });
});
