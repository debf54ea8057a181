import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ContentStore } from '../../../src/node/publish/publish-store.js';
import { PublishLock } from '../../../src/node/publish/lock.js';
import { loadSource } from '../../../src/node/source/source.js';
import { writeSourceFolder } from '../../../src/node/source/source-write.js';
import { bin } from '../server/helpers.js';
import { fixture } from '../support.js';

const LOCKED = 'kompass publish: Another publish is running; try again in a moment.';

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kompass-lock-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

/** A data folder with revision 1 and `n` source folders that each change one e-mail address. */
async function setup(name: string, n: number): Promise<{ data: string; sources: string[] }> {
  const data = join(tmp, name, 'data');
  await new ContentStore(data).publishFolder(fixture('source-small'), 'test');
  const base = (await loadSource(fixture('source-small'))).content;
  const sources: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = structuredClone(base);
    s.entries[0]!.email = `publish-${i}@musterstadt.example`;
    const dir = join(tmp, name, `source-${i}`);
    await writeSourceFolder(dir, s);
    sources.push(dir);
  }
  return { data, sources };
}

function publish(source: string, data: string, ...extra: string[]): Promise<{ code: number | null; out: string; err: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [bin, 'publish', source, '--content', data, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err, ms: Date.now() - started })));
}

/** The pid of a process that has just ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('kompass publish: the cross-process lock', () => {
  it('10 concurrent publishes on one data folder: no stack trace, each published or said the lock is busy, revisions consecutive, audit exact', async () => {
    const { data, sources } = await setup('ten', 10);
    // Half of them do not wait at all, so the busy answer is exercised as well.
    const runs = await Promise.all(sources.map((s, i) => publish(s, data, ...(i % 2 ? [] : ['--wait', '0']))));
    const published: number[] = [];
    for (const r of runs) {
      assert.doesNotMatch(r.err, /\n\s+at |Error:/, `no stack trace:\n${r.err}`);
      if (r.code === 0) {
        const m = /^Published revision (\d+) \(previous: (\d+)\)\.$/m.exec(r.out);
        assert.ok(m, r.out);
        published.push(Number(m[1]));
      } else {
        assert.equal(r.code, 75, `exit code of a busy lock (${r.err})`);
        assert.equal(r.err.trim(), LOCKED);
      }
    }
    published.sort((a, b) => a - b);
    assert.ok(published.length >= 5, `every waiting publish got through (${published.length})`);
    assert.deepEqual(published, published.map((_, i) => i + 2), 'revisions 2, 3, … without a gap or a repeat');
    const store = new ContentStore(data);
    assert.equal(await store.current(), published.at(-1));
    assert.deepEqual((await store.auditTail(100)).map((r) => r.revision), [1, ...published]);
    assert.deepEqual((await readdir(data)).filter((n) => n.startsWith('.')), [], 'no lock, staging or temporary file left');
  });

  it('waits --wait seconds for a lock held elsewhere, then exits 75 with a plain message', async () => {
    const { data, sources } = await setup('held', 1);
    const lock = await PublishLock.acquire(data);
    try {
      const r = await publish(sources[0]!, data, '--wait', '1');
      assert.equal(r.code, 75);
      assert.equal(r.err.trim(), LOCKED);
      assert.equal(r.out, '');
      assert.ok(r.ms >= 1000, `waited ${r.ms} ms`);
    } finally {
      await lock.release();
    }
    const again = await publish(sources[0]!, data, '--wait', '1');
    assert.equal(again.code, 0, again.err);
  });

  it('takes over a lock whose process is dead, or an unreadable one older than 10 s; waits for a fresh one', async () => {
    const { data } = await setup('stale', 0);
    const store = new ContentStore(data, { lockWaitMs: 300 });
    await writeFile(join(data, '.lock'), JSON.stringify({ pid: deadPid(), nonce: 'dead', time: new Date().toISOString(), host: hostname() }));
    await store.exclusive(async () => undefined);
    await writeFile(join(data, '.lock'), ''); // how older versions left it between create and write
    await assert.rejects(store.exclusive(async () => undefined), { status: 423, code: 'locked' });
    const old = new Date(Date.now() - 11_000);
    await utimes(join(data, '.lock'), old, old);
    await store.exclusive(async () => undefined);
    await writeFile(join(data, '.lock'), JSON.stringify({ pid: process.pid, nonce: 'old', time: new Date(Date.now() - 16 * 60_000).toISOString(), host: hostname() }));
    await store.exclusive(async () => undefined);
    assert.deepEqual((await readdir(data)).filter((n) => n.startsWith('.')), []);
  });

  it('releases only its own lock, and recovery keeps the staging folder of a live process', async () => {
    const { data } = await setup('owned', 0);
    const first = await PublishLock.acquire(data);
    // Someone judged it stale and took it: our release must not remove their lock.
    await rm(join(data, '.lock'));
    const second = await PublishLock.acquire(data, 0);
    await first.release();
    await assert.rejects(PublishLock.acquire(data, 0), { status: 423 });
    await second.release();

    const live = join(data, `.staging-${process.ppid}-abcdef`);
    const dead = join(data, `.staging-${deadPid()}-abcdef`);
    await mkdir(live);
    await mkdir(dead);
    await new ContentStore(data).init();
    const left = await readdir(data);
    assert.ok(left.includes(live.split('/').pop()!), 'a live process keeps its staging folder');
    assert.ok(!left.includes(dead.split('/').pop()!), 'a dead one is removed');
  });
});
