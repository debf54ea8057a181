import { expect } from '@open-wc/testing';
import { ApiError, EditorApi } from '../../src/editor/api.js';
import type { SourceChange } from '../../src/authoring/change-set.js';

interface Seen {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** An EditorApi whose fetch records the request (its body decompressed) and answers `reply`. */
function recording(reply: Response | (() => Promise<Response>)): { api: EditorApi; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    let body = '';
    if (init.body instanceof Uint8Array) {
      const stream = new Blob([init.body as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
      body = await new Response(stream).text();
    } else if (typeof init.body === 'string') body = init.body;
    seen.push({ method: init.method ?? 'GET', url: String(input), headers, body });
    return typeof reply === 'function' ? reply() : reply.clone();
  };
  return { api: new EditorApi('https://kompass.example/api/', 'secret-token', fetchImpl as typeof fetch), seen };
}

const ok = (data: unknown, status = 201) => new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });
const published = { revision: 8, etag: '"r8"', previous: 7, unchanged: false, outdated: [], warnings: [], lines: [] };

describe('EditorApi: publishing what changed', () => {
  it('sends one changed entry as PATCH /source under If-Match, small bodies uncompressed', async () => {
    const { api, seen } = recording(ok(published));
    const change: SourceChange = { kind: 'entry', id: 'buergerbuero', item: { id: 'buergerbuero', email: 'neu@example.org' } };
    const answer = await api.publishChanges([change], '"r7"', { message: 'E-Mail geändert', minor: true });
    expect(answer.revision).to.equal(8);
    expect(seen).to.have.length(1);
    expect(seen[0]!.method).to.equal('PATCH');
    expect(seen[0]!.url).to.equal('https://kompass.example/api/source');
    expect(seen[0]!.headers.get('If-Match')).to.equal('"r7"');
    expect(seen[0]!.headers.get('Authorization')).to.equal('Bearer secret-token');
    expect(seen[0]!.headers.get('Content-Encoding')).to.equal(null);
    expect(JSON.parse(seen[0]!.body)).to.deep.equal({ changes: [change], message: 'E-Mail geändert', minor: true });
  });

  it('gzip-compresses a large body (a whole source) and it arrives unchanged', async () => {
    const { api, seen } = recording(ok(published));
    const entries = Array.from({ length: 400 }, (_, i) => ({ id: `entry-${i}`, name: { de: `Beratungsstelle Nummer ${i}` }, summary: { de: 'Hilfe bei Fragen zu Arbeit, Wohnung und Aufenthalt.' } }));
    const source = { municipality: { id: 'musterstadt' }, categories: [], entries, guides: [], synonyms: [] };
    await api.publish(source as never, '"r7"');
    expect(seen[0]!.method).to.equal('POST');
    expect(seen[0]!.headers.get('Content-Encoding')).to.equal('gzip');
    expect(seen[0]!.headers.get('Content-Type')).to.equal('application/json');
    expect(JSON.parse(seen[0]!.body)).to.deep.equal({ source });
  });

  it('a conflict answer is an ApiError with the server code and the new etag', async () => {
    const { api } = recording(ok({ error: 'conflict', message: 'The content was published by someone else meanwhile', revision: 9, etag: '"r9"' }, 409));
    const error = await api.publishChanges([], '"r7"').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(409);
    expect((error as ApiError).code).to.equal('conflict');
    expect((error as ApiError).body.etag).to.equal('"r9"');
  });

  it('a server that cannot be reached is code "offline", so the publish can be queued', async () => {
    const { api } = recording(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await api.publishChanges([], '"r7"').catch((e: unknown) => e);
    expect((error as ApiError).code).to.equal('offline');
    expect((error as ApiError).status).to.equal(0);
  });
});
