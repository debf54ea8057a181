/**
 * The merge view, when someone else published while the clerk had drafts: each item both
 * changed, field by field (theirs, mine, the result), with a choice where the two disagree;
 * what only they or only she changed; "apply" once every choice is made.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { idFor, type EditorModel } from '../editor-model.js';
import type { SourceResponse } from '../api.js';
import type { DraftsController } from '../controllers/drafts.js';
import { afterPaint } from '../after-paint.js';
import { applyMerge, mergeComplete, parseKey, planMerge, type FieldPick, type ItemChange, type ItemKey, type MergeChoices, type MergeItem, type MergePlan } from '../model.js';
import { changedWords, diffTable, display } from './diff-table.js';
import { fieldLabel } from '../text/field-label.js';

type Pick = 'mine' | 'theirs';

/** A value that is a text (a translation's text included): those can be put together from both sides. */
const isText = (v: unknown): boolean => typeof v === 'string' || (!!v && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string');

export interface MergePanelOptions {
  model: EditorModel;
  drafts: DraftsController;
  /** The merge is applied: the drafts are on their revision now. */
  merged(revision: number): void;
}

export class MergePanel {
  private merge: { plan: MergePlan; theirs: SourceResponse } | undefined;
  private choices: MergeChoices = new Map();

  constructor(private readonly options: MergePanelOptions) {}

  /** A merge is open: publishing waits for it. */
  get active(): boolean {
    return !!this.merge;
  }

  /**
   * The server's revision is `current`: the drafts move onto it when they were made on it or
   * change nothing; otherwise the merge opens.
   */
  async catchUp(current: SourceResponse): Promise<void> {
    const { model, drafts } = this.options;
    const was = model.base;
    if (was && was.revision !== current.revision && model.realChanges().length > 0) return this.open(current);
    model.set({ base: current });
    // The list is drawn before the source is stored (a 30 MB store blocks for a moment).
    await afterPaint();
    await drafts.putBase(current);
    if (was && was.revision !== current.revision) await model.replace(new Map());
  }

  /** Opens the merge of the drafts with `theirs`, in the changes section. */
  open(theirs: SourceResponse): void {
    if (!theirs.source) return;
    const { model } = this.options;
    this.merge = { plan: planMerge(model.baseSource, model.overrides, theirs.source), theirs };
    this.choices = new Map();
    model.set({ tab: 'changes', open: undefined });
    model.focus('merge-heading');
  }

  private choose(key: ItemKey, field: string | undefined, pick: FieldPick): void {
    const choices: MergeChoices = new Map(this.choices);
    const c = choices.get(key) ?? { fields: new Map<string, FieldPick>() };
    const next: { item?: Pick; fields: Map<string, FieldPick> } = { fields: new Map(c.fields) };
    if (c.item) next.item = c.item;
    if (field === undefined) next.item = pick as Pick;
    else next.fields.set(field, pick);
    choices.set(key, next);
    this.choices = choices;
    this.options.model.host.requestUpdate();
  }

  private async finish(): Promise<void> {
    if (!this.merge) return;
    const { model, drafts } = this.options;
    const merged = applyMerge(this.merge.plan, model.overrides, this.choices);
    const { theirs } = this.merge;
    model.set({ base: theirs });
    await drafts.putBase(theirs);
    await model.replace(merged);
    this.merge = undefined;
    this.options.merged(theirs.revision);
    model.focus('publish-button');
  }

  render(): TemplateResult {
    const { plan, theirs } = this.merge!;
    const { model } = this.options;
    const { t } = model;
    const by = theirs.by ?? '?';
    const complete = mergeComplete(plan, this.choices);
    const others = (title: string, list: ItemChange[], label: string) =>
      list.length
        ? html`<h3>${title}</h3>
            ${list.map((ch) => html`<h4>${model.nameOf(ch.key) || parseKey(ch.key).id} <span class="badge">${t(`changes.${ch.kind}`)}</span></h4>${ch.fields.length ? diffTable(t, ch.fields, t('merge.before'), label, (f) => fieldLabel(model, f)) : nothing}`)}`
        : nothing;
    return html`<section class="merge" aria-labelledby="merge-heading">
      <h2 id="merge-heading" tabindex="-1">${t('merge.heading')}</h2>
      <p role="alert">${t('merge.intro', { by, revision: theirs.revision, mine: model.base?.revision ?? 0 })}</p>
      ${plan.items.map((it) => this.renderItem(it, by))}
      ${others(t('merge.theirsOnly', { by }), plan.theirsOnly, t('merge.theirs', { by }))}
      ${others(t('merge.mineOnly'), plan.mineOnly, t('merge.mine'))}
      <p>${complete ? t('merge.readyToApply') : t('merge.chooseAll')}</p>
      <button type="button" id="merge-apply" class="primary" ?disabled=${!complete} @click=${() => void this.finish()}>${t('merge.apply')}</button>
    </section>`;
  }

  private renderItem(it: MergeItem, by: string): TemplateResult {
    const { model } = this.options;
    const { t } = model;
    const c = this.choices.get(it.key);
    const hid = idFor('merge', it.key);
    const radio = (name: string, checked: boolean, field: string | undefined, pick: FieldPick, label: string) =>
      html`<label class="check"><input type="radio" name=${name} .checked=${checked} @change=${() => this.choose(it.key, field, pick)} /> ${label}</label>`;
    if (it.situation === 'removed-by-them' || it.situation === 'removed-by-me') {
      const them = it.situation === 'removed-by-them';
      return html`<article class="merge-item" aria-labelledby=${hid}>
        <h3 id=${hid}>${model.nameOf(it.key)} <span class="item-id">${it.key}</span></h3>
        <fieldset>
          <legend>${t(`merge.${it.situation}`)}</legend>
          ${radio(hid, c?.item === 'mine', undefined, 'mine', t(them ? 'merge.keepMine' : 'merge.removeMine'))}
          ${radio(hid, c?.item === 'theirs', undefined, 'theirs', t(them ? 'merge.acceptRemoval' : 'merge.keepTheirs'))}
        </fieldset>
      </article>`;
    }
    return html`<article class="merge-item" aria-labelledby=${hid}>
      <h3 id=${hid}>${model.nameOf(it.key)} <span class="item-id">${it.key}</span></h3>
      <table class="diff merge-table">
        <thead>
          <tr>
            <th scope="col">${t('changes.field')}</th>
            <th scope="col">${t('merge.theirs', { by })}</th>
            <th scope="col">${t('merge.mine')}</th>
            <th scope="col">${t('merge.result')}</th>
          </tr>
        </thead>
        <tbody>
          ${it.fields.map((f) => {
            const name = idFor('pick', it.key, f.field);
            const pick = f.auto ?? c?.fields.get(f.field);
            return html`<tr class=${f.auto === null ? 'conflict' : ''}>
              <th scope="row">${fieldLabel(model, f.field)}</th>
              <td>${changedWords(t, f.base, f.theirs, 'after')}</td>
              <td>${changedWords(t, f.base, f.mine, 'after')}</td>
              <td>
                ${f.auto
                  ? html`${t(f.auto === 'mine' ? 'merge.autoMine' : 'merge.autoTheirs')}`
                  : html`<fieldset class="pick">
                      <legend class="visually-hidden">${fieldLabel(model, f.field)}</legend>
                      ${radio(name, pick === 'theirs', f.field, 'theirs', t('merge.takeTheirs'))}
                      ${radio(name, pick === 'mine', f.field, 'mine', t('merge.takeMine'))}
                      ${isText(f.theirs) && isText(f.mine) ? radio(name, typeof pick === 'object', f.field, { text: `${display(f.theirs)}\n${display(f.mine)}` }, t('merge.takeBoth')) : nothing}
                    </fieldset>
                    ${typeof pick === 'object'
                      ? html`<label class="both" for=${`${name}-text`}>${t('merge.bothText', { field: fieldLabel(model, f.field) })}</label>
                          <textarea id=${`${name}-text`} rows="4" .value=${pick.text} @input=${(e: Event) => this.choose(it.key, f.field, { text: (e.target as HTMLTextAreaElement).value })}></textarea>`
                      : nothing}`}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </article>`;
  }
}
