import { expect } from '@open-wc/testing';
import { ValidationWorker } from '../../../src/editor/workers/validation-client.js';
import { validateContent } from '../../../src/authoring/source-plan.js';
import { applyChanges } from '../../../src/authoring/change-set.js';
import type { SourceContent } from '../../../src/pack/types.js';

const base = {
  municipality: { id: 'musterstadt', name: { de: 'Musterstadt' }, defaultLanguage: 'de', languages: ['de', 'ar'], timeZone: 'Europe/Berlin', state: 'NW' },
  categories: [{ id: 'beratung', label: { de: 'Beratung', ar: 'استشارة' } }],
  entries: [
    { id: 'buergerbuero', kind: 'authority', categories: ['beratung'], name: { de: 'Bürgerbüro', ar: 'مكتب المواطنين' }, summary: { de: 'Anmeldung', ar: 'تسجيل' } },
    { id: 'tafel', kind: 'association', categories: ['beratung'], name: { de: 'Tafel' }, summary: { de: 'Lebensmittel' } },
  ],
  guides: [],
  synonyms: [],
} as unknown as SourceContent;

describe('the validation worker', function () {
  this.timeout(30_000);
  let worker: ValidationWorker;
  beforeEach(() => (worker = new ValidationWorker()));
  afterEach(() => worker.close());

  it('finds in a worker exactly the problems the CLI finds, for the published source with the clerk’s changes', async () => {
    const changes = [
      { kind: 'entry' as const, id: 'tafel', item: { ...base.entries[1]!, categories: ['fehlt'], openingHours: 'Mo-Fr 25:00-12:00' } },
      { kind: 'entry' as const, id: 'neu', item: { id: 'neu', kind: 'other', categories: [], name: { de: 'Neu' }, summary: { de: '' } } },
    ];
    const problems = await worker.check(base, changes);
    expect(problems).to.deep.equal(validateContent(applyChanges(base, changes)));
    expect(problems.map((p) => p.code)).to.include.members(['ref.categoryMissing', 'translation.missing']);
    expect(problems.some((p) => p.entryId === 'neu' && p.severity === 'error')).to.equal(true);
  });

  it('keeps the published source and takes only the changes: a second check of another change is its own', async () => {
    const first = await worker.check(base, [{ kind: 'entry', id: 'tafel', item: { ...base.entries[1]!, categories: ['fehlt'] } }]);
    expect(first.some((p) => p.code === 'ref.categoryMissing')).to.equal(true);
    const second = await worker.check(base, []);
    expect(second.some((p) => p.code === 'ref.categoryMissing'), 'the earlier change is not kept').to.equal(false);
    expect(second).to.deep.equal(validateContent(base));
  });

  it('an aborted check rejects at once; the next one answers', async () => {
    const controller = new AbortController();
    const aborted = worker.check(base, [], controller.signal);
    controller.abort(new Error('typing went on'));
    const error = await aborted.catch((e: unknown) => e);
    expect((error as Error).message).to.equal('typing went on');
    expect(await worker.check(base, [])).to.deep.equal(validateContent(base));
  });
});
