/**
 * The list of entries, guides, categories, pages (as a tree: panels/page-tree.ts), events or
 * notices: search, filters (kind, category, changed, with
 * errors, untranslated), a count read out as it changes, each item with its badges, and "add".
 * Only the rows in and near the viewport are in the page (virtual-rows.ts): 5,000 entries are a
 * few dozen elements; each row says its place in the whole list to screen readers, and the row
 * of an item closed a moment ago is scrolled to and focused even when it was not drawn.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { VirtualRows } from './virtual-rows.js';
import { idFor, type EditorModel } from '../editor-model.js';
import type { ValidationController } from '../controllers/validation.js';
import type { FeedbackInbox } from './feedback-inbox.js';
import { keyOf, parseKey, type ItemKey, type ItemKind } from '../model.js';
import { textOf } from '../../authoring/translation.js';
import { ENTRY_KINDS, type SourceEntry, type SourcePage } from '../../pack/types.js';
import { PageTree } from './page-tree.js';
import { SOURCE_LISTS } from '../../authoring/change-set.js';

export type ListKind = Exclude<ItemKind, 'municipality'>;

export interface ListPanelOptions {
  model: EditorModel;
  validation: ValidationController;
  feedback: FeedbackInbox;
  /** Makes a new item of this kind and opens it. */
  add(kind: ListKind): void;
}

type Only = '' | 'changed' | 'problems' | 'untranslated';

/** What a filter looks through, made once per item object (the draft keeps unchanged items as they are). */
const searchText = new WeakMap<object, string>();
function textFor(x: object): string {
  let text = searchText.get(x);
  if (text === undefined) searchText.set(x, (text = JSON.stringify(x).toLowerCase()));
  return text;
}

export class ListPanel {
  private query = '';
  private kindFilter = '';
  private categoryFilter = '';
  private only: Only = '';
  /** The keys of the rows as last drawn, in order: where a row is when it is not in the page. */
  private rowKeys: ItemKey[] = [];

  private readonly virtual: VirtualRows;
  private readonly tree: PageTree;

  constructor(private readonly options: ListPanelOptions) {
    this.virtual = new VirtualRows(options.model.host, 'ul.items:not(.tree)');
    this.tree = new PageTree(options.model);
    options.model.reveal = (id) => this.reveal(id);
  }

  private set(values: { query?: string; kindFilter?: string; categoryFilter?: string; only?: Only }): void {
    Object.assign(this, values);
    this.options.model.host.requestUpdate();
  }

  /** Draws the row with this element id and answers it (null when the list has no such row). */
  private async reveal(id: string): Promise<HTMLElement | null> {
    const index = this.rowKeys.findIndex((key) => idFor('item', key) === id);
    if (index < 0) return null;
    await this.virtual.reveal(index);
    return this.options.model.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  private shows(kind: ListKind, x: { id: string }, changed: Set<ItemKey>): boolean {
    const { validation } = this.options;
    const key = keyOf(kind, x.id);
    const q = this.query.trim().toLowerCase();
    if (q && !textFor(x).includes(q)) return false;
    if (kind === 'entry') {
      const e = x as SourceEntry;
      if (this.kindFilter && e.kind !== this.kindFilter) return false;
      if (this.categoryFilter && !e.categories.includes(this.categoryFilter)) return false;
    }
    if (this.only === 'changed' && !changed.has(key)) return false;
    if (this.only === 'problems' && !validation.problemsOf(key).some((p) => p.severity === 'error')) return false;
    if (this.only === 'untranslated' && !validation.problemsOf(key).some((p) => p.code === 'translation.missing' || p.code === 'translation.missingComment')) return false;
    return true;
  }

  render(kind: ListKind): TemplateResult {
    const { model } = this.options;
    const { t } = model;
    const draft = model.draft;
    const list = (draft[SOURCE_LISTS[kind]] ?? []) as { id: string }[];
    const changes = model.realChanges();
    const changed = new Set(changes.map((c) => c.key));
    const rows = list.filter((x) => this.shows(kind, x, changed));
    this.rowKeys = rows.map((x) => keyOf(kind, x.id));
    const shown = this.virtual.window(rows.length);
    const removed = changes.filter((c) => c.kind === 'removed' && parseKey(c.key).kind === kind);
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    // Pages as their tree while nothing is filtered out; what a search finds, as a list.
    const asTree = kind === 'page' && rows.length === list.length;
    return html`<section aria-labelledby="list-heading">
      <h2 id="list-heading" tabindex="-1">${t(`list.${kind}.heading`)}</h2>
      <div class="filters" role="search">
        <label>${t('list.search')} <input id="list-search" type="search" .value=${live(this.query)} @input=${(e: Event) => this.set({ query: value(e) })} /></label>
        ${kind === 'entry'
          ? html`<label>${t('fields.kind')}
                <select id="filter-kind" @change=${(e: Event) => this.set({ kindFilter: value(e) })}>
                  <option value="">${t('list.all')}</option>
                  ${ENTRY_KINDS.map((k) => html`<option value=${k} ?selected=${this.kindFilter === k}>${t(`kinds.${k}`)}</option>`)}
                </select></label
              ><label>${t('fields.category')}
                <select id="filter-category" @change=${(e: Event) => this.set({ categoryFilter: value(e) })}>
                  <option value="">${t('list.all')}</option>
                  ${draft.categories.map((c) => html`<option value=${c.id} ?selected=${this.categoryFilter === c.id}>${textOf(c.label[model.defaultLanguage]) ?? c.id}</option>`)}
                </select></label
              >`
          : nothing}
        <label>${t('list.show')}
          <select id="filter-only" @change=${(e: Event) => this.set({ only: value(e) as Only })}>
            ${(['', 'changed', 'problems', 'untranslated'] as const).map((v) => html`<option value=${v} ?selected=${this.only === v}>${t(`list.only.${v || 'all'}`)}</option>`)}
          </select></label
        >
        <button type="button" @click=${() => this.options.add(kind)}>${t(`list.${kind}.add`)}</button>
      </div>
      <p class="count" role="status">${t('list.count', { count: rows.length, total: list.length })}</p>
      ${asTree
        ? this.tree.render(list as SourcePage[], (key) => this.row(key, changed))
        : html`<ul class="items" style=${styleMap({ paddingBlockStart: `${shown.before}px`, paddingBlockEnd: `${shown.after}px` })}>
            ${repeat(
              rows.slice(shown.start, shown.end),
              (x) => x.id,
              (x, i) => html`<li data-row=${shown.start + i} aria-setsize=${rows.length} aria-posinset=${shown.start + i + 1}>${this.row(keyOf(kind, x.id), changed)}</li>`,
            )}
          </ul>`}
      ${removed.length ? html`<p>${t('list.removed', { ids: removed.map((r) => parseKey(r.key).id).join(', ') })}</p>` : nothing}
    </section>`;
  }

  /** An item's button in the list: its name, id and badges; it opens the form. */
  private row(key: ItemKey, changed: Set<ItemKey>): TemplateResult {
    const { model, validation, feedback } = this.options;
    const { t } = model;
    const { kind, id } = parseKey(key);
    const errors = validation.problemsOf(key).filter((p) => p.severity === 'error').length;
    return html`<button type="button" class="item-link" id=${idFor('item', key)} @click=${() => model.openItem(key)}>
      <span class="item-name">${model.nameOf(key)}</span>
      <span class="item-id">${id}</span>
      ${changed.has(key) ? html`<span class="badge changed">${t('list.changed')}</span>` : nothing}
      ${errors ? html`<span class="badge error">${t('list.errors', { count: errors })}</span>` : nothing}
      ${kind === 'entry' ? feedback.badge(id) : nothing}
    </button>`;
  }
}
