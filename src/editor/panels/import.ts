/**
 * Import and export: a CSV file (entries, information pages, events or notices; the kind is read
 * from its header, the encoding detected) applied as changes with a row-level report, and the
 * draft exported as CSV per kind or as source JSON; then the published pack as a ZIP. The import
 * is a `Task`: a second file chosen while the first is read wins.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { EditorModel } from '../editor-model.js';
import { itemsOf } from '../model.js';
import { download } from '../download.js';
import type { CsvImportResult } from '../../authoring/import/csv-entries.js';
import { CSV_KINDS, type CsvKind } from '../../authoring/import/csv-kinds.js';
import type { SourceContent } from '../../pack/types.js';
import type { PackExportPanel } from './pack-export.js';

type Imported = CsvImportResult & { content?: SourceContent; file: string; source: File };

export class ImportPanel {
  /** The file and whether only its rows without problems are taken (`partial`, as `kompass import csv --partial`). */
  readonly task: Task<[File, boolean], Imported>;

  constructor(
    host: ReactiveControllerHost,
    private readonly model: EditorModel,
    private readonly packExport: PackExportPanel,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      task: async ([file, partial]) => {
        // Bytes, not text: the encoding (German Excel's Windows-1252, UTF-16, UTF-8) is detected.
        const bytes = new Uint8Array(await file.arrayBuffer());
        const { importCsvContent } = await import('../../authoring/import/csv-import.js');
        return { ...importCsvContent(bytes, structuredClone(model.draft), { lang: model.uiLang, file: file.name, partial }), file: file.name, source: file };
      },
      onComplete: (result) => this.apply(result),
    });
  }

  /** The accepted rows become changes, each undoable. */
  private apply(result: Imported): void {
    if (!result.content) return;
    const next = itemsOf(result.content);
    for (const key of [...result.added, ...result.changed]) {
      const item = next.get(key);
      if (item) this.model.change(key, item, `import:${result.file}`);
    }
  }

  private async exportCsv(kind: CsvKind): Promise<void> {
    const { exportCsv } = await import('../../authoring/import/csv-import.js');
    download(`kompass-${kind}.csv`, 'text/csv;charset=utf-8', exportCsv(kind, this.model.draft, { delimiter: ';', bom: true }));
  }

  render(): TemplateResult {
    const { t } = this.model;
    const pick = (e: Event) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (file) void this.task.run([file, false]);
    };
    return html`<section aria-labelledby="import-heading">
      <h2 id="import-heading" tabindex="-1">${t('import.heading')}</h2>
      <p>${t('import.intro')}</p>
      <div class="field">
        <label for="import-file">${t('import.file')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" aria-describedby="import-help" @change=${pick} />
        <p class="help" id="import-help">${t('import.help')}</p>
      </div>
      <div role="status" aria-live="polite">
        ${this.task.render({ pending: () => html`<p>${t('import.reading')}</p>`, complete: (r) => this.renderReport(r) })}
      </div>
      <h2>${t('export.heading')}</h2>
      <p>${t('export.intro')}</p>
      ${CSV_KINDS.map((kind) => html`<button type="button" @click=${() => void this.exportCsv(kind)}>${t(`export.csv.${kind}`)}</button>`)}
      <button type="button" @click=${() => download('kompass-source.json', 'application/json', JSON.stringify(this.model.draft, null, 2))}>${t('export.source')}</button>
      ${this.packExport.render()}
    </section>`;
  }

  private renderReport(r: Imported): TemplateResult {
    const { t, say } = this.model;
    return html`<div class="report">
      <h3 id="import-report" tabindex="-1">${t('import.report', { file: r.file })}</h3>
      ${r.fileErrors.length ? html`<p class="error">${t('import.fileErrors')}</p><ul>${r.fileErrors.map((l) => html`<li>${l}</li>`)}</ul>` : nothing}
      ${!r.fileErrors.length ? html`<p>${r.content ? t('import.applied', { added: r.added.length, changed: r.changed.length, rows: r.rows }) : t('import.notApplied', { count: r.rejected.length + r.fatal.length })}</p>` : nothing}
      ${!r.content && !r.fileErrors.length && !r.fatal.length && r.rejected.length && r.rows > r.rejected.length
        ? html`<button type="button" id="import-partial" @click=${() => void this.task.run([r.source, true]).then(() => this.model.focus('import-report'))}>${t('import.partial', { count: r.rows - r.rejected.length })}</button>`
        : nothing}
      ${r.rejected.length
        ? html`<h4>${t('import.rejected')}</h4>
            ${r.content ? html`<p>${t('import.rejectedKept')}</p>` : nothing}
            <ul class="rejected">${r.rejected.map((x) => html`<li><strong>${x.origin ?? x.key}</strong> (${x.key}): <ul>${x.reasons.map((reason) => html`<li>${reason}</li>`)}</ul></li>`)}</ul>`
        : nothing}
      ${r.fatal.length ? html`<h4>${t('import.fatal')}</h4><ul>${r.fatal.map((p) => html`<li>${p.file}:${p.line}:${p.column} ${p.path} ${say(p)}</li>`)}</ul>` : nothing}
      ${r.notes.length ? html`<h4>${t('import.notes')}</h4><ul>${r.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    </div>`;
  }
}
