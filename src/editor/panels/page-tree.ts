/**
 * The information pages as a tree of nested lists: each page as in the other lists, with
 * "up" and "down" to change its place among its siblings (its parent is chosen on its form).
 * Moving rewrites the `order` of the siblings that changed place; focus stays on the moved
 * page's button, so the keyboard can go on moving it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { idFor, type EditorModel } from '../editor-model.js';
import { keyOf, type ItemKey } from '../model.js';
import type { SourcePage } from '../../pack/types.js';
import { childrenOf, reorder } from './page-order.js';

export class PageTree {
  constructor(private readonly model: EditorModel) {}

  /** The tree; `row` draws a page's link as the other lists do. */
  render(pages: readonly SourcePage[], row: (key: ItemKey) => TemplateResult): TemplateResult {
    const lang = this.model.defaultLanguage;
    const drawn = new Set<string>();
    const level = (parent: string | undefined): TemplateResult | typeof nothing => {
      const children = childrenOf(pages, parent, lang).filter((p) => !drawn.has(p.id));
      if (!children.length) return nothing;
      children.forEach((p) => drawn.add(p.id));
      return html`<ul class="items tree">
        ${children.map((p, i) => html`<li>${this.node(p, i, children, row)}${level(p.id)}</li>`)}
      </ul>`;
    };
    const tree = level(undefined);
    // Pages under a parent that is gone (or in a cycle) are shown on the first level, not lost.
    const lost = pages.filter((p) => !drawn.has(p.id));
    return html`${tree}${lost.length ? html`<ul class="items tree">${lost.map((p) => html`<li>${row(keyOf('page', p.id))}</li>`)}</ul>` : nothing}`;
  }

  private node(p: SourcePage, i: number, siblings: SourcePage[], row: (key: ItemKey) => TemplateResult): TemplateResult {
    const { t } = this.model;
    const key = keyOf('page', p.id);
    const name = this.model.nameOf(key);
    return html`<div class="tree-row">
      ${row(key)}
      <span class="tree-move">
        <button type="button" id=${idFor('up', key)} ?disabled=${i === 0} aria-label=${t('pages.up', { name })} @click=${() => this.move(siblings, i, -1)}>↑</button>
        <button type="button" id=${idFor('down', key)} ?disabled=${i === siblings.length - 1} aria-label=${t('pages.down', { name })} @click=${() => this.move(siblings, i, 1)}>↓</button>
      </span>
    </div>`;
  }

  private move(siblings: SourcePage[], i: number, delta: -1 | 1): void {
    const { model } = this;
    const moved = siblings[i]!;
    for (const p of reorder(siblings, i, delta)) model.change(keyOf('page', p.id), p, 'order');
    const to = i + delta;
    // The same button, unless the page is now at the end it moved to (that button is disabled).
    const atEnd = delta < 0 ? to === 0 : to === siblings.length - 1;
    const key = keyOf('page', moved.id);
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    model.focus(idFor(atEnd ? other : same, key));
    model.set({ notice: model.t('pages.moved', { name: model.nameOf(key), position: to + 1, count: siblings.length }) });
  }
}
