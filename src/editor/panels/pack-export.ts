/**
 * "Export pack": downloads the pack the publish server serves, verified against its manifest,
 * as a ZIP (pack-export.ts). A `Task`: the button waits while it runs, and the line below says
 * how it went.
 */
import { PackExportError } from '../pack-export.js';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { EditorModel } from '../editor-model.js';
import { download } from '../download.js';

interface Exported {
  name: string;
  revision: number;
  files: number;
}

export interface PackExportOptions {
  model: EditorModel;
  /** The published pack's manifest URL, as configured (`pack`), else beside the API (`api`). */
  source(): { pack: string; api: string };
}

export class PackExportPanel {
  readonly task: Task<[], Exported>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PackExportOptions,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      task: async () => {
        const { exportPack, manifestUrlFor } = await import('../pack-export.js');
        const { pack: configured, api } = options.source();
        const pack = await exportPack(configured || manifestUrlFor(api));
        download(pack.name, 'application/zip', pack.zip);
        return { name: pack.name, revision: pack.manifest.revision, files: pack.files.length };
      },
    });
  }

  private get running(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  render(): TemplateResult {
    const { t } = this.options.model;
    const status = this.task.render({
      pending: () => t('export.packLoading'),
      complete: (p) => t('export.packDone', { name: p.name, revision: p.revision, count: p.files }),
      // By its code, in the UI language; the English detail only for an error without one.
      error: (e) => t('export.packFailed', { message: e instanceof PackExportError ? t(`export.packError.${e.code}`) : e instanceof Error ? e.message : String(e) }),
    });
    const start = () => {
      if (!this.running) void this.task.run().catch(() => undefined);
    };
    return html`<h3 id="pack-heading">${t('export.packHeading')}</h3>
      <p id="pack-intro">${t('export.packIntro')}</p>
      <button type="button" id="export-pack" aria-describedby="pack-intro" ?disabled=${this.running} @click=${start}>${t('export.pack')}</button>
      <p class="pack-export" role="status" aria-live="polite">${status ?? ''}</p>`;
  }
}
