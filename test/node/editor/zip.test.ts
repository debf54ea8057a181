import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createZip, crc32 } from '../../../src/editor/zip.js';
import { unzip } from '../../editor/unzip.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;

describe('store-only ZIP writer (src/editor/zip.ts)', () => {
  it('computes CRC-32 (IEEE) check values', () => {
    assert.equal(crc32(utf8('')), 0);
    assert.equal(crc32(utf8('123456789')), 0xcbf43926);
    assert.equal(crc32(utf8('The quick brown fox jumps over the lazy dog')), 0x414fa339);
  });

  it('writes entries that an independent reader gets back byte for byte, with UTF-8 names and the given date', () => {
    const random = new Uint8Array(70_000).map((_v, i) => (i * 2654435761) >>> 24);
    const files = [
      { name: 'manifest.json', data: utf8('{"revision":3}\n') },
      { name: 'base.0123456789abcdef.json', data: random },
      { name: 'text/de.fedcba9876543210.json', data: utf8('{"name":"Bürgerbüro – Öffnungszeiten"}') },
      { name: 'leer/ä.json', data: new Uint8Array(0) },
    ];
    const zip = createZip(files, new Date(2024, 11, 24, 13, 45, 58));
    const back = unzip(zip);
    assert.deepEqual(back.map((e) => e.name), files.map((f) => f.name));
    for (const [i, e] of back.entries()) {
      assert.deepEqual(e.data, files[i]!.data, e.name);
      assert.equal(e.method, 0);
      assert.equal(e.flags & 0x0800, 0x0800, 'names are flagged UTF-8');
      assert.equal(e.dosDate, ((2024 - 1980) << 9) | (12 << 5) | 24);
      assert.equal(e.dosTime, (13 << 11) | (45 << 5) | 29);
    }
    // No compression: the archive is the files plus fixed-size headers.
    const names = files.reduce((n, f) => n + utf8(f.name).length, 0);
    assert.equal(zip.length, files.reduce((n, f) => n + f.data.length, 0) + files.length * (30 + 46) + 2 * names + 22);
  });

  it('writes an empty archive (just the end record)', () => {
    const zip = createZip([]);
    assert.equal(zip.length, 22);
    assert.deepEqual(unzip(zip), []);
  });

  it('is deterministic for the same files and date', () => {
    const files = [{ name: 'a.json', data: utf8('{}') }];
    const d = new Date(2025, 0, 1);
    assert.deepEqual(createZip(files, d), createZip(files, d));
  });

  it('is accepted by Info-ZIP unzip (integrity test and contents)', { skip: hasUnzip ? false : 'unzip is not installed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-zip-'));
    try {
      const file = join(dir, 'pack.zip');
      writeFileSync(file, createZip([
        { name: 'manifest.json', data: utf8('{"revision":1}') },
        { name: 'text/ar.0123456789abcdef.json', data: utf8('{"name":"مكتب المواطنين"}') },
      ]));
      const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
      assert.match(test, /No errors detected/);
      assert.equal(execFileSync('unzip', ['-p', file, 'text/ar.0123456789abcdef.json'], { encoding: 'utf8' }), '{"name":"مكتب المواطنين"}');
      assert.match(execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }), /^manifest\.json\ntext\/ar\.0123456789abcdef\.json\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
