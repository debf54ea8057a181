import { html, css, nothing } from 'lit';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { icon } from '../../ui/icons.js';
import { renderRichText } from '../../ui/render-rich-text.js';
import { richTextToPlain } from '../../../pack/plain-text.js';
import { fallbackNote, languageMark, otherLanguages, runDir, titleRun } from '../../ui/language-runs.js';
import { isolateNumbers } from '../../ui/isolate-numbers.js';
import { ReadAloudController } from '../../controllers/read-aloud.js';
import type { GuideView } from '../../content/snapshot.js';

/**
 * A first-steps guide: ordered steps with checkboxes. Progress stays on the device and
 * survives reloads and content updates.
 *
 * @csspart steps - The ordered list of steps.
 * @csspart progress - The progress bar.
 */
export class KompassGuideView extends KompassElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      ol.steps {
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
        display: grid;
        gap: 0.75rem;
        counter-reset: step;
      }
      ol.steps > li {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem;
      }
      ol.steps > li.done {
        background: var(--_surface-alt);
      }
      .step-head {
        display: flex;
        align-items: flex-start;
        gap: 0.75rem;
      }
      .step-head label {
        display: flex;
        align-items: center;
        justify-content: center;
        min-inline-size: var(--_target);
        min-block-size: var(--_target);
        margin-block-start: -0.5rem;
        margin-inline-start: -0.5rem;
        cursor: pointer;
      }
      .step-head h3 {
        margin: 0.4rem 0 0;
      }
      .step-body {
        padding-inline-start: 2.25rem;
      }
      progress {
        inline-size: 100%;
        block-size: 0.75rem;
        accent-color: var(--_primary);
      }
      .documents {
        margin-block: 0.5rem;
      }
    `,
  ];

  static override properties = { guide: { reflect: true } };

  /** The guide id. */
  declare guide: string;
  private readonly speech = new ReadAloudController(this);

  constructor() {
    super();
    this.guide = '';
  }

  private readAloud(g: GuideView): void {
    void this.speech.toggle([
      { text: g.title.value, lang: g.title.lang },
      ...(g.intro ? [{ text: richTextToPlain(g.intro.value), lang: g.intro.lang }] : []),
      ...g.steps.flatMap((s, i) => [
        { text: `${i + 1}. ${s.title.value}`, lang: s.title.lang },
        ...(s.text ? [{ text: richTextToPlain(s.text.value), lang: s.text.lang }] : []),
      ]),
    ]);
  }

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!app || !snapshot) return nothing;
    const g = snapshot.guide(this.guide, app.lang);
    if (!g) {
      return html`<h2 tabindex="-1" data-view-heading>${this.t('errors.notFound')}</h2>
        <p><a href=${this.href({ view: 'home' })}>${this.t('nav.home')}</a></p>`;
    }
    const checked = app.progress.checked(g.id);
    const done = g.steps.filter((s) => checked.has(s.id)).length;
    const lang = app.lang;
    const others = otherLanguages(lang, [g.title, g.intro, ...g.steps.flatMap((s) => [s.title, s.text, s.documents])]);
    return html`
      <h2 tabindex="-1" data-view-heading lang=${g.title.lang} dir=${runDir(g.title.lang, lang)}>${g.title.value}</h2>
      ${fallbackNote(this.t.bind(this), others)}
      ${g.intro ? html`<div lang=${g.intro.lang} dir=${runDir(g.intro.lang, lang)}>${renderRichText(g.intro.value)}</div>` : nothing}
      <p id="progress-label">${this.t('guide.progress', { done, count: g.steps.length })}</p>
      <progress part="progress" max=${g.steps.length} .value=${done} aria-labelledby="progress-label"></progress>
      <ol class="steps" part="steps">
        ${g.steps.map((s, i) => {
          const isDone = checked.has(s.id);
          const id = `step-${s.id}`;
          return html`
            <li class=${isDone ? 'done' : ''}>
              <div class="step-head">
                <label for=${id}>
                  <input id=${id} type="checkbox" .checked=${isDone} aria-describedby="${id}-title"
                    aria-label=${this.t('guide.markDone', { step: i + 1 })}
                    @change=${(ev: Event) => app.progress.toggle(g.id, s.id, (ev.target as HTMLInputElement).checked)} />
                </label>
                <h3 id="${id}-title">${i + 1}. <bdi lang=${s.title.lang} dir=${runDir(s.title.lang, lang)}>${s.title.value}</bdi>${languageMark(s.title, lang)}</h3>
              </div>
              <div class="step-body">
                ${s.text ? html`<div lang=${s.text.lang} dir=${runDir(s.text.lang, lang)}>${renderRichText(s.text.value)}</div>` : nothing}
                ${s.documents?.value.length
                  ? html`<div class="documents">
                      <strong>${this.t('guide.documents')}</strong>
                      <ul lang=${s.documents.lang} dir=${runDir(s.documents.lang, lang)}>${s.documents.value.map((d) => html`<li>${isolateNumbers(d)}</li>`)}</ul>
                    </div>`
                  : nothing}
                ${s.entries.length
                  ? html`<ul class="cards">
                      ${s.entries.map((id) => {
                        const entry = snapshot.entry(id, app.lang);
                        return entry
                          ? html`<li><a class="card" href=${this.href({ view: 'entry', id })}>${icon('building')}${titleRun(entry.name, lang)}</a></li>`
                          : nothing;
                      })}
                    </ul>`
                  : nothing}
              </div>
            </li>
          `;
        })}
      </ol>
      <div class="actions" part="actions">
        <button class="button" type="button" aria-pressed=${this.speech.state === 'speaking' ? 'true' : 'false'} @click=${() => this.readAloud(g)}>
          ${icon('speaker')}<span>${this.t('entry.readAloud')}</span>
        </button>
        <button class="button" type="button" @click=${() => print()}>${icon('print')}<span>${this.t('entry.print')}</span></button>
      </div>
      <p role="status" aria-live="polite">
        ${this.speech.state === 'no-voice' ? this.t('entry.noVoice') : this.speech.state === 'unsupported' ? this.t('entry.noSpeech') : ''}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-guide-view': KompassGuideView;
  }
}
