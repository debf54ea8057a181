/**
 * A Markdown field's toolbar (bold, italic, link, heading, lists) and its preview, rendered
 * exactly as the reader renders it (render-rich-text.ts). The compile is lazily loaded and runs
 * as a `Task` per open preview, after the render that showed new text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { EditorModel } from '../../editor-model.js';
import type { ItemKey } from '../../model.js';
import type { PathSegment } from '../../../authoring/problems.js';
import type { RichText } from '../../../pack/types.js';
import { directionOf } from '../../../pack/languages.js';
import { renderRichText } from '../../../reader/ui/render-rich-text.js';

interface Preview {
  /** The text last rendered in the field: the task's argument. */
  source: string;
  task: Task<[string], { rich: RichText }>;
}

export class MarkdownField {
  /** Open previews by textarea id. */
  private readonly previews = new Map<string, Preview>();

  constructor(private readonly model: EditorModel) {}

  isPreviewing(id: string): boolean {
    return this.previews.has(id);
  }

  /** The compile of an open preview has finished (tests). */
  compiled(id: string): Promise<unknown> {
    return this.previews.get(id)?.task.taskComplete ?? Promise.resolve();
  }

  toolbar(key: ItemKey, path: PathSegment[], id: string, label: string): TemplateResult {
    const { model } = this;
    const { t } = model;
    const wrap = (before: string, after: string, placeholder: string, linePrefix = false) => () => {
      const ta = model.host.renderRoot.querySelector<HTMLTextAreaElement>(`#${CSS.escape(id)}`)!;
      const { selectionStart: s, selectionEnd: e, value } = ta;
      const selected = value.slice(s, e) || placeholder;
      let next: string;
      let caret: [number, number];
      if (linePrefix) {
        const lineStart = value.lastIndexOf('\n', s - 1) + 1;
        const lines = value.slice(lineStart, Math.max(e, s)).split('\n').map((l, i) => (before === '1. ' ? `${i + 1}. ` : before) + l);
        const block = lines.join('\n') || before + placeholder;
        next = value.slice(0, lineStart) + block + value.slice(Math.max(e, s));
        caret = [lineStart, lineStart + block.length];
      } else {
        next = value.slice(0, s) + before + selected + after + value.slice(e);
        caret = [s + before.length, s + before.length + selected.length];
      }
      model.setField(key, path, next);
      void model.host.updateComplete.then(() => {
        ta.focus();
        ta.setSelectionRange(caret[0], caret[1]);
      });
    };
    return html`<div class="toolbar" role="toolbar" aria-label=${t('markdown.toolbar', { field: label })} aria-controls=${id}>
      <button type="button" @click=${wrap('**', '**', t('markdown.boldText'))}><strong>${t('markdown.bold')}</strong></button>
      <button type="button" @click=${wrap('_', '_', t('markdown.italicText'))}><em>${t('markdown.italic')}</em></button>
      <button type="button" @click=${wrap('[', '](https://)', t('markdown.linkText'))}>${t('markdown.link')}</button>
      <button type="button" @click=${wrap('## ', '', t('markdown.headingText'), true)}>${t('markdown.heading')}</button>
      <button type="button" @click=${wrap('- ', '', t('markdown.itemText'), true)}>${t('markdown.bullets')}</button>
      <button type="button" @click=${wrap('1. ', '', t('markdown.itemText'), true)}>${t('markdown.numbered')}</button>
      <button type="button" aria-pressed=${this.isPreviewing(id) ? 'true' : 'false'} @click=${() => this.toggle(id)}>${t('markdown.preview')}</button>
    </div>`;
  }

  toggle(id: string): void {
    const { host } = this.model;
    const open = this.previews.get(id);
    if (open) {
      host.removeController(open.task);
      this.previews.delete(id);
    } else {
      const preview: Preview = {
        source: '',
        task: new Task(host, {
          autoRun: 'afterUpdate',
          args: () => [preview.source],
          task: async ([source]) => {
            const { compileMarkdown } = await import('../../../authoring/markdown.js');
            return { rich: compileMarkdown(source).rich };
          },
        }),
      };
      this.previews.set(id, preview);
    }
    host.requestUpdate();
  }

  /** The preview of the field `id` (nothing while it is closed); the last compile stays until the next one lands. */
  preview(id: string, source: string, lang: string): TemplateResult | typeof nothing {
    const preview = this.previews.get(id);
    if (!preview) return nothing;
    preview.source = source;
    const compiled = preview.task.value;
    return html`<section class="preview rich" aria-label=${this.model.t('markdown.previewLabel')} lang=${lang} dir=${directionOf(lang)}>
      ${compiled ? renderRichText(compiled.rich) : html`<p>…</p>`}
    </section>`;
  }
}
