/**
 * The translations matrix: for every item and language, the worst state of its texts (missing,
 * outdated, machine, done) as the next publish will record it, filterable by language, state and
 * kind; a cell opens the first such field in that language.
 */
import { html, type TemplateResult } from 'lit';
import type { EditorModel } from '../editor-model.js';
import { keyOf, parseKey, type ItemKey } from '../model.js';
import { stampTranslations, translationStatus, type TranslationState } from '../../authoring/translation.js';
import type { SourceGuide } from '../../pack/types.js';

/** In the order of the totals, and worst first: a cell shows the first its fields have. */
const STATES: TranslationState[] = ['missing', 'outdated', 'machine', 'done'];

type Row = Map<string, { states: Map<TranslationState, string[]> }>;

export class MatrixPanel {
  private lang = '';
  private state = '';
  private kind = '';

  constructor(private readonly model: EditorModel) {}

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

  render(): TemplateResult {
    const { model } = this;
    const { t } = model;
    // What the next publish will record: translations of changed source texts become outdated.
    const stamped = structuredClone(model.draft);
    stampTranslations(model.baseSource, stamped);
    const status = translationStatus(stamped);
    const langs = model.languages.filter((l) => l !== status.defaultLanguage);
    const shownLangs = this.lang ? [this.lang] : langs;
    const rows = [...this.rows(status)].filter(([key, row]) => {
      if (this.kind && parseKey(key).kind !== this.kind) return false;
      if (!this.state) return true;
      return shownLangs.some((l) => row.get(l)?.states.has(this.state as TranslationState));
    });
    const value = (e: Event) => (e.target as HTMLSelectElement).value;
    return html`<section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">${t('matrix.heading')}</h2>
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
      <table class="matrix">
        <thead>
          <tr>
            <th scope="col">${t('matrix.item')}</th>
            ${shownLangs.map((l) => html`<th scope="col" lang=${l}>${model.languageName(l)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([key, row]) => html`<tr>
              <th scope="row">${model.nameOf(key)} <span class="item-id">${parseKey(key).id}</span></th>
              ${shownLangs.map((l) => this.renderCell(key, l, row))}
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderCell(key: ItemKey, l: string, row: Row): TemplateResult {
    const { model } = this;
    const { t } = model;
    const cell = row.get(l);
    const worst = STATES.find((s) => cell?.states.has(s)) ?? 'done';
    const fields = cell ? [...cell.states.entries()].flatMap(([s, f]) => f.map((x) => `${x}: ${t(`translation.${s}`)}`)) : [];
    const first = (this.state && cell?.states.get(this.state as TranslationState)?.[0]) || (cell ? [...cell.states.values()][0]?.[0] : undefined);
    return html`<td class="cell ${worst}">
      <button type="button" class="cell-button" title=${fields.join('\n')} @click=${() => this.openTranslation(key, l, first)}>
        ${t(`translation.${worst}`)}${fields.length > 1 ? ` (${fields.length})` : ''}<span class="visually-hidden"> — ${model.nameOf(key)}, ${model.languageName(l)}</span>
      </button>
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
