import { expect } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { DraftsController } from '../../../src/editor/controllers/drafts.js';
import { EditorModel, type EditorHost } from '../../../src/editor/editor-model.js';
import { createEditorI18n } from '../../../src/editor/i18n.js';
import { ListPanel } from '../../../src/editor/panels/list.js';
import { MatrixPanel } from '../../../src/editor/panels/matrix.js';
import type { ValidationController } from '../../../src/editor/controllers/validation.js';
import type { FeedbackInbox } from '../../../src/editor/panels/feedback-inbox.js';
import type { SourceContent } from '../../../src/pack/types.js';
import { FakeHost, memoryRepo } from '../controllers/fake-host.js';

/** A town's source of `n` entries: German names and summaries, Arabic only for every other name. */
const source = (n: number) =>
  ({
    municipality: { id: 'musterstadt', name: { de: 'Musterstadt' }, defaultLanguage: 'de', languages: ['de', 'ar'], timeZone: 'Europe/Berlin', state: 'NW' },
    categories: [],
    entries: Array.from({ length: n }, (_, i) => ({ id: `stelle-${i}`, kind: 'counselling', categories: [], name: { de: `Beratungsstelle ${i}`, ...(i % 2 ? {} : { ar: `مركز ${i}` }) }, summary: { de: 'Hilfe' } })),
    guides: [],
    synonyms: [],
  }) as unknown as SourceContent;

async function setUp(n: number) {
  const host = new FakeHost();
  const drafts = new DraftsController(host);
  drafts.open(memoryRepo(), 'editor:test');
  const model = new EditorModel(host as unknown as EditorHost, drafts, { edited: () => {}, restored: () => {}, opened: () => {} });
  model.set({ i18n: await createEditorI18n('de'), base: { revision: 1, etag: '"r1"', published: null, by: null, source: source(n) } });
  const container = document.createElement('div');
  document.body.append(container);
  return { host, model, container, done: () => container.remove() };
}

describe('the list and the matrix at town scale: drawn a page at a time', () => {
  it('a list of 250 entries draws 100 rows; "show more" adds the next 100 and moves focus to the first new one', async () => {
    const { model, container, done } = await setUp(250);
    try {
      const validation = { problemsOf: () => [] } as unknown as ValidationController;
      const feedback = { badge: () => nothing } as unknown as FeedbackInbox;
      const list = new ListPanel({ model, validation, feedback, add: () => {} });
      const draw = () => render(list.render('entry'), container);
      draw();
      expect(container.querySelectorAll('.items li')).to.have.length(100);
      expect(container.querySelector('.count')!.textContent).to.equal('250 von 250 angezeigt');
      const more = container.querySelector<HTMLButtonElement>('#list-more')!;
      expect(more.textContent).to.equal('Weitere 100 anzeigen (noch 150)');
      more.click();
      draw();
      expect(container.querySelectorAll('.items li')).to.have.length(200);
      expect((model as unknown as { focusAfterRender: string }).focusAfterRender, 'focus goes on where the list grew').to.equal('f-item-entry_stelle-100');
      container.querySelector<HTMLButtonElement>('#list-more')!.click();
      draw();
      expect(container.querySelectorAll('.items li')).to.have.length(250);
      expect(container.querySelector('#list-more')).to.equal(null);
    } finally {
      done();
    }
  });

  it('the matrix names each untranslated field in its cell, draws 50 rows at a time, and makes its status once per draft', async () => {
    const { model, container, done } = await setUp(120);
    try {
      const matrix = new MatrixPanel(model);
      const draw = () => render(matrix.render(), container);
      draw();
      expect(container.querySelectorAll('tbody tr')).to.have.length(50);
      const first = [...container.querySelectorAll('tbody tr')[0]!.querySelectorAll('td .cell-button')].map((b) => b.textContent!.split(' — ')[0]!.replace(/\s+/g, ' ').trim());
      expect(first, 'entry 0 has its Arabic name: only the summary is missing').to.deep.equal(['Kurzbeschreibung: fehlt']);
      const second = [...container.querySelectorAll('tbody tr')[1]!.querySelectorAll('td .cell-button')].map((b) => b.textContent!.split(' — ')[0]!.replace(/\s+/g, ' ').trim());
      expect(second).to.deep.equal(['Name: fehlt', 'Kurzbeschreibung: fehlt']);
      container.querySelector<HTMLButtonElement>('#matrix-more')!.click();
      draw();
      expect(container.querySelectorAll('tbody tr')).to.have.length(100);
      const made = (matrix as unknown as { made: unknown }).made;
      draw();
      expect((matrix as unknown as { made: unknown }).made, 'drawn again without a change: the status is not made again').to.equal(made);
      model.change('entry:stelle-1', { ...model.item('entry:stelle-1')!, name: { de: 'Beratungsstelle 1', ar: 'مركز ١' } } as never, 'name.ar');
      draw();
      expect((matrix as unknown as { made: unknown }).made).not.to.equal(made);
      const after = [...container.querySelectorAll('tbody tr')[1]!.querySelectorAll('td .cell-button')].map((b) => b.textContent!.split(' — ')[0]!.replace(/\s+/g, ' ').trim());
      expect(after, 'the Arabic name is there now').to.deep.equal(['Kurzbeschreibung: fehlt']);
      // The German name of entry 0 changes: its Arabic name, there before, is outdated now — a state of its own.
      model.change('entry:stelle-0', { ...model.item('entry:stelle-0')!, name: { de: 'Beratungsstelle Null', ar: 'مركز 0' } } as never, 'name.de');
      draw();
      const outdated = [...container.querySelectorAll('tbody tr')[0]!.querySelectorAll('td .cell-button')].map((b) => b.textContent!.split(' — ')[0]!.replace(/\s+/g, ' ').trim());
      expect(outdated, 'worst first').to.deep.equal(['Kurzbeschreibung: fehlt', 'Name: veraltet']);
      expect(container.querySelector('tbody tr td .cell-button.outdated')).to.exist;
    } finally {
      done();
    }
  });
});
