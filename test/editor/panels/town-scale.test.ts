import { expect } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { DraftsController } from '../../../src/editor/controllers/drafts.js';
import { EditorModel, type EditorHost } from '../../../src/editor/editor-model.js';
import { createEditorI18n } from '../../../src/editor/i18n.js';
import { ListPanel } from '../../../src/editor/panels/list.js';
import { MatrixPanel } from '../../../src/editor/panels/matrix.js';
import type { ValidationController } from '../../../src/editor/controllers/validation.js';
import type { FeedbackInbox } from '../../../src/editor/panels/feedback-inbox.js';
import type { SourceContent } from '../../../src/pack/types.js';
import { memoryRepo } from '../controllers/fake-host.js';


/** A town's source of `n` entries: German names and summaries, Arabic only for every other name. */
const source = (n: number) =>
  ({
    municipality: { id: 'musterstadt', name: { de: 'Musterstadt' }, defaultLanguage: 'de', languages: ['de', 'ar'], timeZone: 'Europe/Berlin', state: 'NW' },
    categories: [],
    entries: Array.from({ length: n }, (_, i) => ({ id: `stelle-${i}`, kind: 'counselling', categories: [], name: { de: `Beratungsstelle ${i}`, ...(i % 2 ? {} : { ar: `مركز ${i}` }) }, summary: { de: 'Hilfe' } })),
    guides: [],
    synonyms: [],
  }) as unknown as SourceContent;

/** A real Lit host drawing the list, so the list's window follows scrolling and renders as in the editor. */
class ListHost extends LitElement {
  draw: (() => unknown) | undefined;
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
  protected override render(): unknown {
    return this.draw?.();
  }
}
customElements.define('test-list-host', ListHost);

async function mount(n: number, panel: (model: EditorModel) => () => unknown) {
  const host = document.createElement('test-list-host') as ListHost;
  document.body.append(host);
  const drafts = new DraftsController(host);
  drafts.open(memoryRepo(), 'editor:test');
  const model = new EditorModel(host as unknown as EditorHost, drafts, { edited: () => {}, restored: () => {}, opened: () => {} });
  model.set({ i18n: await createEditorI18n('de'), base: { revision: 1, etag: '"r1"', published: null, by: null, source: source(n) } });
  host.draw = panel(model);
  host.requestUpdate();
  await settled(host);
  return { host, model, done: () => (host.remove(), scrollTo(0, 0)) };
}

function listOf(n: number) {
  return mount(n, (model) => {
    const validation = { problemsOf: () => [] } as unknown as ValidationController;
    const feedback = { badge: () => nothing } as unknown as FeedbackInbox;
    const list = new ListPanel({ model, validation, feedback, add: () => {} });
    return () => list.render('entry');
  });
}

/** Rendered, and the window made again from what was drawn (a frame later), until nothing moves. */
async function settled(host: LitElement): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await host.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    if (!host.isUpdatePending) return;
  }
}

const rowsOf = (host: HTMLElement) => [...host.querySelectorAll('.items li')];

describe('the list and the matrix at town scale', () => {
  it('a list of 5,000 entries puts only the rows near the viewport in the page, each saying its place; scrolling and the search reach all', async () => {
    const { host, done } = await listOf(5000);
    try {
      expect(rowsOf(host).length, 'a few dozen rows, not 5,000').to.be.within(5, 80);
      expect(host.querySelector('.count')!.textContent).to.equal('5000 von 5000 angezeigt');
      expect(rowsOf(host)[0]!.textContent).to.contain('Beratungsstelle 0');
      expect([rowsOf(host)[0]!.getAttribute('aria-posinset'), rowsOf(host)[0]!.getAttribute('aria-setsize')]).to.deep.equal(['1', '5000']);
      const list = host.querySelector('ul.items')!;
      expect(list.getBoundingClientRect().height, 'the page is as long as all 5,000 rows').to.be.above(5000 * 20);
      // Scrolled half-way down: the rows there are drawn, in their place.
      scrollTo(0, list.getBoundingClientRect().top + scrollY + list.getBoundingClientRect().height / 2);
      await settled(host);
      const middle = rowsOf(host).find((li) => {
        const box = li.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      expect(middle, 'a row on screen').to.exist;
      expect(Number(middle!.getAttribute('aria-posinset'))).to.be.within(2000, 3000);
      expect(rowsOf(host).length).to.be.within(5, 80);
      // Searching finds rows that were never drawn.
      scrollTo(0, 0);
      const search = host.querySelector<HTMLInputElement>('#list-search')!;
      search.value = 'Beratungsstelle 4321';
      search.dispatchEvent(new Event('input'));
      await settled(host);
      expect(host.querySelector('.count')!.textContent).to.equal('1 von 5000 angezeigt');
      expect(rowsOf(host).map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Beratungsstelle 4321 stelle-4321']);
    } finally {
      done();
    }
  });

  it('a small town\'s list of 150 entries is drawn whole, so the browser\'s own search finds every entry', async () => {
    const { host, done } = await listOf(150);
    try {
      expect(rowsOf(host)).to.have.length(150);
      expect(host.querySelector('ul.items')!.getAttribute('style') ?? '').not.to.match(/padding-block-end: [1-9]/);
    } finally {
      done();
    }
  });

  it('back from the form of an entry far down the list: its row is drawn, on screen, with focus', async () => {
    const { host, model, done } = await listOf(5000);
    try {
      expect(host.querySelector('#f-item-entry_stelle-3999'), 'not drawn at the top of the list').to.equal(null);
      model.focus('f-item-entry_stelle-3999', 'list-heading');
      host.requestUpdate();
      await settled(host);
      await settled(host);
      expect(document.activeElement?.id, 'focus on the row').to.equal('f-item-entry_stelle-3999');
      expect(document.activeElement!.textContent).to.contain('Beratungsstelle 3999');
      const box = document.activeElement!.getBoundingClientRect();
      expect(box.bottom > 0 && box.top < innerHeight, 'the row is on screen').to.equal(true);
      // Tab goes on to the next row, which is there.
      const next = document.activeElement!.closest('li')!.nextElementSibling;
      expect(next?.textContent).to.contain('Beratungsstelle 4000');
    } finally {
      done();
    }
  });

  it('the matrix names each untranslated field in its cell, puts only the rows near the viewport in the page, and makes its status once per draft', async () => {
    let matrix!: MatrixPanel;
    const { host, model, done } = await mount(1200, (model) => {
      matrix = new MatrixPanel(model);
      return () => matrix.render();
    });
    const container = host;
    const draw = async () => (host.requestUpdate(), await settled(host));
    try {
      const drawn = container.querySelectorAll('tbody tr[data-row]').length;
      expect(drawn, 'a few dozen rows of 1,200').to.be.within(5, 80);
      expect(container.querySelector('table.matrix')!.getAttribute('aria-rowcount')).to.equal('1201');
      expect(container.querySelector('tbody tr[data-row]')!.getAttribute('aria-rowindex')).to.equal('2');
      const first = [...container.querySelectorAll('tbody tr[data-row]')[0]!.querySelectorAll('td .cell-button')].map((b) => b.textContent!.split(' — ')[0]!.replace(/\s+/g, ' ').trim());
      expect(first, 'entry 0 has its Arabic name: only the summary is missing').to.deep.equal(['Kurzbeschreibung: fehlt']);
      const second = [...container.querySelectorAll('tbody tr[data-row]')[1]!.querySelectorAll('td .cell-button')].map((b) => b.textContent!.split(' — ')[0]!.replace(/\s+/g, ' ').trim());
      expect(second).to.deep.equal(['Name: fehlt', 'Kurzbeschreibung: fehlt']);
      const table = container.querySelector('table.matrix')!;
      scrollTo(0, table.getBoundingClientRect().bottom + scrollY - innerHeight);
      await settled(host);
      const rows = container.querySelectorAll('tbody tr[data-row]');
      expect(rows[rows.length - 1]!.textContent, 'scrolled to the end: the last row is drawn').to.contain('Beratungsstelle 1199');
      expect(rows.length).to.be.within(5, 80);
      scrollTo(0, 0);
      await settled(host);
      const made = (matrix as unknown as { made: unknown }).made;
      await draw();
      expect((matrix as unknown as { made: unknown }).made, 'drawn again without a change: the status is not made again').to.equal(made);
      model.change('entry:stelle-1', { ...model.item('entry:stelle-1')!, name: { de: 'Beratungsstelle 1', ar: 'مركز ١' } } as never, 'name.ar');
      await draw();
      expect((matrix as unknown as { made: unknown }).made).not.to.equal(made);
      const after = [...container.querySelectorAll('tbody tr[data-row]')[1]!.querySelectorAll('td .cell-button')].map((b) => b.textContent!.split(' — ')[0]!.replace(/\s+/g, ' ').trim());
      expect(after, 'the Arabic name is there now').to.deep.equal(['Kurzbeschreibung: fehlt']);
      // The German name of entry 0 changes: its Arabic name, there before, is outdated now — a state of its own.
      model.change('entry:stelle-0', { ...model.item('entry:stelle-0')!, name: { de: 'Beratungsstelle Null', ar: 'مركز 0' } } as never, 'name.de');
      await draw();
      const outdated = [...container.querySelectorAll('tbody tr[data-row]')[0]!.querySelectorAll('td .cell-button')].map((b) => b.textContent!.split(' — ')[0]!.replace(/\s+/g, ' ').trim());
      expect(outdated, 'worst first').to.deep.equal(['Kurzbeschreibung: fehlt', 'Name: veraltet']);
      expect(container.querySelector('tbody tr td .cell-button.outdated')).to.exist;
    } finally {
      done();
    }
  });
});
