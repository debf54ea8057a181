/**
 * The publish bar above the workspace: what publishing would do or is doing (read out as it
 * changes), the revision, the message and "minor change", the button, and when the server
 * refused the draft, its problems, each leading to its field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorModel } from '../editor-model.js';
import { itemOfProblem, type ValidationController } from '../controllers/validation.js';
import type { PublishingController } from '../controllers/publishing.js';
import type { Problem } from '../../authoring/problems.js';

export interface PublishBarOptions {
  model: EditorModel;
  validation: ValidationController;
  publishing: PublishingController;
  /** A merge is open: publishing waits for it. */
  merging(): boolean;
  /** Publishes now, with the "minor change" box as ticked. */
  publish(): void;
}

export class PublishBar {
  constructor(private readonly options: PublishBarOptions) {}

  /** Whether "minor change" is ticked. */
  minor(root: HTMLElement | DocumentFragment): boolean {
    return !!root.querySelector<HTMLInputElement>('#publish-minor')?.checked;
  }

  private stateText(count: number): string {
    const { t } = this.options.model;
    const s = this.options.publishing.status;
    switch (s.state) {
      case 'publishing':
        return t('publish.publishing');
      case 'queued':
        return t('publish.queued');
      case 'conflict':
        return t('publish.conflict');
      case 'invalid':
        return t('publish.invalid', { count: s.problems?.length ?? 0 });
      default:
        return s.text ?? (count ? t('publish.ready', { count }) : t('publish.nothing'));
    }
  }

  render(): TemplateResult {
    const { model, validation, publishing } = this.options;
    const { t } = model;
    const s = publishing.status;
    const count = model.realChanges().length;
    const errors = validation.errors().length;
    return html`<section class="publish ${s.state}" aria-labelledby="publish-heading">
      <h2 id="publish-heading" class="visually-hidden">${t('publish.heading')}</h2>
      <p class="publish-state" role="status" aria-live="polite">${this.stateText(count)}${model.base ? html` <span class="revision">${t('publish.revision', { revision: model.base.revision })}</span>` : nothing}</p>
      ${errors ? html`<p class="error">${t('publish.errorsFirst', { count: errors })}</p>` : nothing}
      <div class="publish-form">
        <label for="publish-message">${t('publish.message')}</label>
        <input id="publish-message" maxlength="500" .value=${live(publishing.message)} @input=${(e: Event) => publishing.setMessage((e.target as HTMLInputElement).value)} />
        <label class="check"><input id="publish-minor" type="checkbox" /> ${t('publish.minor')}</label>
        <button id="publish-button" type="button" class="primary" ?disabled=${!count || errors > 0 || publishing.busy || this.options.merging()} @click=${() => this.options.publish()}>${t('publish.button')}</button>
        ${s.state === 'queued' ? html`<button type="button" @click=${() => publishing.cancelQueued()}>${t('publish.cancelQueued')}</button>` : nothing}
      </div>
      ${s.state === 'invalid' && s.problems ? html`<ul class="problems">${s.problems.map((p) => html`<li>${this.problemLink(p)}</li>`)}</ul>` : nothing}
    </section>`;
  }

  private problemLink(p: Problem): TemplateResult {
    const { model } = this.options;
    const key = itemOfProblem(p);
    const where = `${p.entryId ?? p.file}${p.path ? ` · ${p.path}` : ''}`;
    const body = html`<span class="sev ${p.severity}">${model.t(p.severity === 'error' ? 'problem.error' : 'problem.warning')}</span> ${where}: ${model.say(p)}`;
    if (!key || key === 'municipality') return body;
    return html`<button type="button" class="link" @click=${() => model.openItem(key, undefined, p.path)}>${body}</button>`;
  }
}
