import { expect, waitUntil } from '@open-wc/testing';
import { itemOfProblem, ValidationController } from '../../../src/editor/controllers/validation.js';
import type { Problem } from '../../../src/authoring/problems.js';
import type { SourceContent } from '../../../src/pack/types.js';
import { deferred, FakeHost } from './fake-host.js';

const problem = (entryId: string, path: string, severity: 'error' | 'warning' = 'error', file = `entries/${entryId}.yaml`): Problem => ({ file, entryId, path, severity, code: 'x', params: {}, message: `${entryId} ${path}`, line: 1, column: 1 }) as unknown as Problem;

/** A validation whose checks the test answers by hand, in any order. */
function setUp() {
  const host = new FakeHost();
  const calls: { draft: SourceContent; signal: AbortSignal; answer: (p: Problem[]) => void }[] = [];
  let draft = { entries: [] } as unknown as SourceContent;
  const validation = new ValidationController(host, {
    draft: () => draft,
    check: (d, signal) => {
      const { promise, resolve } = deferred<Problem[]>();
      calls.push({ draft: d, signal, answer: resolve });
      return promise;
    },
  });
  host.connect();
  return { host, validation, calls, setDraft: (d: SourceContent) => (draft = d) };
}

describe('ValidationController (problems as the clerk types)', () => {
  it('shows only the latest run when two overlap, even if the older one answers last', async () => {
    const { validation, calls, setDraft } = setUp();
    const first = validation.run();
    setDraft({ entries: [{ id: 'b' }] } as unknown as SourceContent);
    const second = validation.run();
    expect(calls).to.have.length(2);
    expect(calls[1]!.draft.entries[0]!.id).to.equal('b');
    expect(calls[0]!.signal.aborted, 'the older run is aborted').to.equal(true);
    calls[1]!.answer([problem('b', 'name.de')]);
    await second;
    calls[0]!.answer([problem('a', 'name.de'), problem('a', 'summary.de')]);
    // Both callers get the latest problems; the old answer never shows.
    expect((await first).map((p) => p.entryId)).to.deep.equal(['b']);
    expect(validation.problems.map((p) => p.entryId)).to.deep.equal(['b']);
  });

  it('waits for a pause: many changes in a row are checked once', async () => {
    const { validation, calls } = setUp();
    validation.schedule(30);
    validation.schedule(30);
    validation.schedule(30);
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).to.have.length(1);
    calls[0]!.answer([problem('a', 'name.de')]);
    await waitUntil(() => validation.problems.length === 1);
  });

  it('no check runs after the host is gone', async () => {
    const { host, validation, calls } = setUp();
    validation.schedule(20);
    host.disconnect();
    await new Promise((r) => setTimeout(r, 60));
    expect(calls).to.have.length(0);
  });

  it('shows the server’s problems until the next check lands', async () => {
    const { validation, calls } = setUp();
    validation.setFromServer([problem('s', 'email')]);
    expect(validation.problems.map((p) => p.entryId)).to.deep.equal(['s']);
    const run = validation.run();
    expect(validation.problems.map((p) => p.entryId), 'still while checking').to.deep.equal(['s']);
    calls[0]!.answer([]);
    await run;
    expect(validation.problems).to.deep.equal([]);
  });

  it('finds an item’s and a field’s problems (below it, or exactly it), and the errors', async () => {
    const { validation, calls } = setUp();
    const run = validation.run();
    calls[0]!.answer([
      problem('a', 'name'),
      problem('a', 'name.de', 'warning'),
      problem('a', 'phones[0].number'),
      problem('a', 'names'),
      problem('b', 'name.de'),
      problem('k', 'label.de', 'error', 'categories.yaml'),
      problem('x', 'name.de', 'error', 'municipality.yaml'),
    ]);
    await run;
    expect(validation.problemsOf('entry:a').map((p) => p.path)).to.deep.equal(['name', 'name.de', 'phones[0].number', 'names']);
    expect(validation.problemsOf('entry:a', 'name').map((p) => p.path)).to.deep.equal(['name', 'name.de']);
    expect(validation.problemsOf('entry:a', 'name', true).map((p) => p.path)).to.deep.equal(['name']);
    expect(validation.problemsOf('entry:a', 'phones').map((p) => p.path)).to.deep.equal(['phones[0].number']);
    expect(validation.problemsOf('category:k')).to.have.length(1);
    expect(validation.problemsOf('municipality')).to.have.length(1);
    expect(validation.errors()).to.have.length(6);
  });

  it('knows which item a problem is about', () => {
    expect(itemOfProblem(problem('g', 'title', 'error', 'guides/g.yaml'))).to.equal('guide:g');
    expect(itemOfProblem({ ...problem('p', 'title', 'error', 'pages.yaml') })).to.equal(undefined);
    expect(itemOfProblem({ file: 'synonyms.yaml', path: '', severity: 'error', message: '' } as unknown as Problem)).to.equal(undefined);
  });
});
