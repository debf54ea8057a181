/**
 * The translations matrix: for every item and language, each text that is missing, outdated or
 * machine-translated as the next publish will record it, named by its form label ("Kurzbeschreibung:
 * veraltet"), each opening exactly that field in that language; filterable by language, state
 * and kind; only the rows near the viewport in the page (virtual-rows.ts), the status made once
 * per draft.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { VirtualRows } from './virtual-rows.js';
import type { EditorModel } from '../editor-model.js';
import { fieldLabel } from '../text/field-label.js';
import { applyOverrides, keyOf, parseKey, type ItemKey } from '../model.js';
import { stampTranslations, translationStatus, type TranslationState } from '../../authoring/translation.js';
import type { SourceGuide } from '../../pack/types.js';
import { onlyItems } from '../../authoring/change-set.js';

/** In the order of the totals, and worst first: a cell shows the first its fields have. */
const STATES: TranslationState[] = ['missing', 'outdated', 'machine', 'done'];

type Row = Map<string, { states: Map<TranslationState, string[]> }>;


export class MatrixPanel {
  private lang = '';
  private state = '';
  private kind = '';
  /** The status and rows of the draft they were made from: made again only when the draft changes. */
  private made: { base: unknown; overrides: unknown; status: ReturnType<typeof translationStatus>; rows: Map<ItemKey, Row> } | undefined;

  private readonly virtual: VirtualRows;

  constructor(private readonly model: EditorModel) {
    this.virtual = new VirtualRows(model.host, 'table.matrix > tbody');
  }

  private set(values: { lang?: string; state?: string; kind?: string }): void {
    Object.assign(this, values);
    this.model.host.requestUpdate();
  }

  /** Per item, per language: which of its fields are in which state. */
  private rows(status: ReturnType<typeof translationStatus>): Map<ItemKey, Row> {
    const draft = this.model.draft;
    const perItem = new Map<ItemKey, Row>();
    const itemKeyOf = (k: string) => {
      const [kind, id] = k.split(':');
      return kind === 'municipality' ? 'municipality' : `${kind}:${id}`;
    };
    const fieldOf = (k: string) => k.split(':').slice(2).join(':');
    for (const e of [...draft.entries.map((x) => keyOf('entry', x.id)), ...draft.guides.map((x) => keyOf('guide', x.id)), ...draft.categories.map((x) => keyOf('category', x.id))]) perItem.set(e, new Map());
    for (const it of status.items) {
      const row = perItem.get(itemKeyOf(it.key));
      if (!row) continue;
      const cell = row.get(it.lang) ?? { states: new Map() };
      cell.states.set(it.state, [...(cell.states.get(it.state) ?? []), fieldOf(it.key)]);
      row.set(it.lang, cell);
    }
    return perItem;
  }

  /** What the next publish will record: translations of changed source texts become outdated. */
  private status(): { status: ReturnType<typeof translationStatus>; rows: Map<ItemKey, Row> } {
    const { model } = this;
    if (!this.made || this.made.base !== model.base || this.made.overrides !== model.overrides) {
      // Only the changed items are copied and stamped; the published ones are read as they are.
      const stamped = applyOverrides(model.baseSource, new Map([...model.overrides].map(([k, v]) => [k, v && structuredClone(v)])));
      const keys = new Set(model.overrides.keys());
      stampTranslations(onlyItems(model.baseSource, keys), onlyItems(stamped, keys));
      const status = translationStatus(stamped);
      this.made = { base: model.base, overrides: model.overrides, status, rows: this.rows(status) };
    }
    return this.made;
  }

  render(): TemplateResult {
    const { model } = this;
    const { t } = model;
    const { status, rows: allRows } = this.status();
    const langs = model.languages.filter((l) => l !== status.defaultLanguage);
    const shownLangs = this.lang ? [this.lang] : langs;
    const rows = [...allRows].filter(([key, row]) => {
      if (this.kind && parseKey(key).kind !== this.kind) return false;
      if (!this.state) return true;
      return shownLangs.some((l) => row.get(l)?.states.has(this.state as TranslationState));
    });
    const value = (e: Event) => (e.target as HTMLSelectElement).value;
    const shown = this.virtual.window(rows.length);
    return html`<section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading" tabindex="-1">${t('matrix.heading')}</h2>
      <p>${t('matrix.intro')}</p>
      <ul class="totals">
        ${status.languages.filter((l) => l.code !== status.defaultLanguage).map((l) => html`<li><strong>${model.languageName(l.code)}</strong>: ${STATES.map((s) => `${t(`translation.${s}`)} ${l[s]}`).join(' · ')}</li>`)}
      </ul>
      <div class="filters">
        <label>${t('matrix.language')}
          <select id="matrix-language" @change=${(e: Event) => this.set({ lang: value(e) })}>
            <option value="">${t('list.all')}</option>
            ${langs.map((l) => html`<option value=${l} ?selected=${this.lang === l}>${model.languageName(l)}</option>`)}
          </select></label
        >
        <label>${t('matrix.state')}
          <select id="matrix-state" @change=${(e: Event) => this.set({ state: value(e) })}>
            <option value="">${t('list.all')}</option>
            ${STATES.filter((s) => s !== 'done').map((s) => html`<option value=${s} ?selected=${this.state === s}>${t(`translation.${s}`)}</option>`)}
          </select></label
        >
        <label>${t('matrix.kind')}
          <select id="matrix-kind" @change=${(e: Event) => this.set({ kind: value(e) })}>
            <option value="">${t('list.all')}</option>
            ${(['entry', 'guide', 'category'] as const).map((k) => html`<option value=${k} ?selected=${this.kind === k}>${t(`list.${k}.heading`)}</option>`)}
          </select></label
        >
      </div>
      <p role="status">${t('matrix.count', { count: rows.length })}</p>
      <div class="table-scroll" role="region" tabindex="0" aria-label=${t('matrix.table')}>
      <table class="matrix" aria-rowcount=${rows.length + 1}>
        <thead>
          <tr aria-rowindex="1">
            <th scope="col">${t('matrix.item')}</th>
            ${shownLangs.map((l) => html`<th scope="col" lang=${l}>${model.languageName(l)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${shown.before ? this.spacer(shown.before, shownLangs.length + 1) : nothing}
          ${repeat(
            rows.slice(shown.start, shown.end),
            ([key]) => key,
            ([key, row], i) => html`<tr data-row=${shown.start + i} aria-rowindex=${shown.start + i + 2}>
              <th scope="row">${model.nameOf(key)} <span class="item-id">${parseKey(key).id}</span></th>
              ${shownLangs.map((l) => this.renderCell(key, l, row))}
            </tr>`,
          )}
          ${shown.after ? this.spacer(shown.after, shownLangs.length + 1) : nothing}
        </tbody>
      </table>
      </div>
    </section>`;
  }

  /** The space of the rows not drawn (hidden from screen readers, which hear the rows' places instead). */
  private spacer(height: number, columns: number): TemplateResult {
    return html`<tr class="spacer" aria-hidden="true"><td colspan=${columns} style=${styleMap({ height: `${height}px` })}></td></tr>`;
  }

  /** A cell: each field that is not done, named, with its state, opening exactly that field; else "done". */
  private renderCell(key: ItemKey, l: string, row: Row): TemplateResult {
    const { model } = this;
    const { t } = model;
    const cell = row.get(l);
    const open = STATES.filter((s) => s !== 'done' && cell?.states.has(s)).flatMap((s) => cell!.states.get(s)!.map((field) => ({ s, field })));
    const shown = this.state ? open.filter((f) => f.s === this.state) : open;
    if (!open.length)
      return html`<td class="cell done">
        <button type="button" class="cell-button" @click=${() => this.openTranslation(key, l, undefined)}>
          ${t('translation.done')}<span class="visually-hidden"> — ${model.nameOf(key)}, ${model.languageName(l)}</span>
        </button>
      </td>`;
    return html`<td class="cell ${open[0]!.s}">
      <ul class="cell-fields">
        ${shown.map(
          ({ s, field }) => html`<li>
            <button type="button" class="cell-button ${s}" @click=${() => this.openTranslation(key, l, field)}>
              ${fieldLabel(model, field)}: ${t(`translation.${s}`)}<span class="visually-hidden"> — ${model.nameOf(key)}, ${model.languageName(l)}</span>
            </button>
          </li>`,
        )}
      </ul>
    </td>`;
  }

  /** Opens the field of a status key (`name`, `phones.0.label`, `steps.<stepId>.title`) in `lang`. */
  private openTranslation(key: ItemKey, lang: string, field: string | undefined): void {
    const { kind } = parseKey(key);
    let path = field ?? (kind === 'guide' ? 'title' : kind === 'category' ? 'label' : 'name');
    const item = this.model.item(key) as SourceGuide | undefined;
    path = path.replace(/^steps\.([^.]+)/, (_, stepId: string) => `steps[${Math.max(0, item?.steps?.findIndex((s) => s.id === stepId) ?? 0)}]`);
    path = path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    this.model.openItem(key, lang, `${path}.${lang}`);
  }
}
