import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { PackManifest, SourceContent } from '../../../src/pack/types.js';
import { ContentStore } from '../../../src/node/publish/publish-store.js';
import { startServer } from '../../../src/node/server/server.js';
import { writeSourceFolder } from '../../../src/node/source/source-write.js';
import { bin, call, dataDir } from './helpers.js';

const children: ChildProcess[] = [];
after(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Starts `kompass serve` as a child process and resolves with its URL. */
function serve(dir: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--content', dir, '--port', '0'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function packIntact(url: string): Promise<PackManifest> {
  const manifest = (await (await fetch(`${url}/manifest.json`)).json()) as PackManifest;
  for (const ref of [manifest.base, ...manifest.languages]) {
    const bytes = Buffer.from(await (await fetch(`${url}/${ref.file}`)).arrayBuffer());
    assert.equal(bytes.length, ref.bytes, ref.file);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), ref.sha256, ref.file);
  }
  return manifest;
}

describe('publish server: crash safety', () => {
  it('killed (SIGKILL) in the middle of a publish, it serves the previous revision intact after a restart', async () => {
    const data = await dataDir();
    try {
      const first = await serve(data.dir, { KOMPASS_TEST_PUBLISH_DELAY_MS: '20000' });
      const before = await packIntact(first.url);
      const start = await call(first.url, '/api/source', { token: data.anna });
      const changed = structuredClone(start.json.source) as SourceContent;
      changed.entries[0]!.email = 'neu@musterstadt.example';
      const pending = call(first.url, '/api/publish', { method: 'POST', token: data.anna, ifMatch: String(start.json.etag), body: JSON.stringify({ source: changed }) }).catch((e: unknown) => e);
      // Wait until the publish is half done: a staging folder with pack files but no manifest yet.
      let staged = false;
      for (let i = 0; i < 200 && !staged; i++) {
        await sleep(50);
        for (const name of await readdir(data.dir)) {
          if (!name.startsWith('.staging-')) continue;
          const pack = await readdir(join(data.dir, name, 'pack')).catch(() => [] as string[]);
          if (pack.some((f) => f.startsWith('base.'))) staged = true;
        }
      }
      assert.ok(staged, 'the publish reached its staging folder');
      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));
      assert.ok((await pending) instanceof Error, 'the publish request failed with the server');

      const second = await serve(data.dir);
      const afterRestart = await packIntact(second.url);
      assert.equal(afterRestart.revision, before.revision);
      assert.deepEqual(afterRestart, before);
      const source = await call(second.url, '/api/source', { token: data.anna });
      assert.equal(source.json.revision, before.revision);
      assert.deepEqual(source.json.source, start.json.source);
      assert.ok(!(await readdir(data.dir)).some((n) => n.startsWith('.staging-')), 'staging leftovers removed');
      // Publishing works again, from the same revision.
      const again = await call(second.url, '/api/publish', { method: 'POST', token: data.anna, ifMatch: String(start.json.etag), body: JSON.stringify({ source: changed }) });
      assert.equal(again.status, 201, JSON.stringify(again.json));
      assert.equal((await packIntact(second.url)).revision, before.revision + 1);
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));
    } finally {
      await rm(data.dir, { recursive: true, force: true });
    }
  });

  it('a revision renamed into place but never switched to is discarded at start', async () => {
    const data = await dataDir();
    try {
      const store = new ContentStore(data.dir);
      await mkdir(join(data.dir, 'revisions', '2', 'pack'), { recursive: true });
      await mkdir(join(data.dir, '.staging-abc'), { recursive: true });
      await store.init();
      assert.deepEqual(await store.revisions(), [1]);
      assert.equal((await readFile(join(data.dir, 'current'), 'utf8')).trim(), '1');
    } finally {
      await rm(data.dir, { recursive: true, force: true });
    }
  });
});

/** Runs `kompass publish` as a child process; resolves with how it ended. */
function publishProcess(source: string, data: string, env: Record<string, string> = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  const child = spawn(process.execPath, [bin, 'publish', source, '--content', data], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, err })));
}

describe('publish: the audit log survives a SIGKILL at any point of a publish', () => {
  for (const point of ['before-audit', 'after-audit', 'after-switch'] as const) {
    it(`killed ${point}: after a restart the served revision is in /api/audit, and no unserved one is`, async () => {
      const data = await dataDir();
      try {
        const store = new ContentStore(data.dir);
        const source = await store.source(1);
        source.entries[0]!.email = `crash-${point}@musterstadt.example`;
        const folder = join(data.dir, '..', `${data.dir.split('/').pop()}-src`);
        await writeSourceFolder(folder, source);
        try {
          const killed = await publishProcess(folder, data.dir, { KOMPASS_TEST_CRASH_AT: point });
          assert.equal(killed.signal, 'SIGKILL', `the test hook killed the publish (${killed.err})`);

          const srv = await startServer({ content: data.dir, port: 0 });
          try {
            const manifest = (await (await fetch(`${srv.url}/manifest.json`)).json()) as PackManifest;
            const audit = await call(srv.url, '/api/audit', { token: data.anna });
            const revisions = (audit.json.records as { revision: number }[]).map((r) => r.revision);
            assert.ok(revisions.includes(manifest.revision), `served revision ${manifest.revision} is in the audit log ${JSON.stringify(revisions)}`);
            assert.ok(revisions.every((r) => r <= manifest.revision), `no audited revision beyond the served ${manifest.revision}: ${JSON.stringify(revisions)}`);
            assert.equal(new Set(revisions).size, revisions.length, 'each revision once');
            assert.equal(manifest.revision, point === 'before-audit' ? 1 : 2, 'a publish whose record was written is completed at start-up');
          } finally {
            await srv.close();
          }
          // The next publish continues the numbering, and the log stays one record per revision.
          source.entries[0]!.email = `next-${point}@musterstadt.example`;
          await writeSourceFolder(folder, source);
          const next = await publishProcess(folder, data.dir);
          assert.equal(next.code, 0, next.err);
          const all = (await new ContentStore(data.dir).auditTail(100)).map((r) => r.revision);
          assert.deepEqual(all, point === 'before-audit' ? [1, 2] : [1, 2, 3]);
        } finally {
          await rm(folder, { recursive: true, force: true });
        }
      } finally {
        await rm(data.dir, { recursive: true, force: true });
      }
    });
  }

  it('a revision published without its audit record (by an older version) gets a repaired record at start-up', async () => {
    const data = await dataDir();
    try {
      const store = new ContentStore(data.dir);
      const source = await store.source(1);
      source.entries[0]!.email = 'repair@musterstadt.example';
      await store.publish({ source, by: 'anna' });
      // What the old order (switch, then append) left after a kill between the two.
      const lines = (await readFile(join(data.dir, 'audit.log'), 'utf8')).trim().split('\n');
      await writeFile(join(data.dir, 'audit.log'), `${lines[0]}\n`);
      await new ContentStore(data.dir).init();
      const records = await new ContentStore(data.dir).auditTail(10);
      assert.deepEqual(records.map((r) => [r.revision, r.by, r.repaired ?? false]), [[1, 'test', false], [2, 'anna', true]]);
      assert.equal(records[1]!.previous, 1);
    } finally {
      await rm(data.dir, { recursive: true, force: true });
    }
  });
});
