import { formatProblem } from '../../../authoring/problems.js';
import type { ImportReport } from '../../../authoring/import/import-plan.js';
import type { CliIo } from '../io.js';

/** Prints an import report; returns the exit code (0 written or nothing to do, 1 rejected/failed). */
export function printImportReport(report: ImportReport, io: CliIo, options: { partial?: boolean; dryRun?: boolean; what: string }): number {
  for (const n of report.notes) io.out(`note: ${n}`);
  for (const w of report.warnings) io.out(formatProblem(w));
  for (const r of report.rejected) {
    const label = `${r.origin ? `${r.origin}` : ''}${r.key.startsWith('row:') ? '' : `${r.origin ? ' ' : ''}(${r.key.replace(':', ' ')})`}`;
    io.err(`rejected ${label}: ${r.reasons.join(' · ')}`);
  }
  for (const p of report.fatal) io.err(formatProblem(p));
  const stopped = report.fatal.length > 0 || (report.rejected.length > 0 && !options.partial);
  if (stopped) {
    io.err(`Nothing was written: ${report.rejected.length} ${options.what} rejected${report.fatal.length ? `, ${report.fatal.length} problem${report.fatal.length === 1 ? '' : 's'} in the source` : ''}. Fix them${report.fatal.length ? '' : ', or use --partial to import the valid ones'}.`);
    return 1;
  }
  const summary = `${report.added.length} added, ${report.changed.length} changed, ${report.unchanged.length} unchanged${report.rejected.length ? `, ${report.rejected.length} rejected` : ''}`;
  if (report.outdated.length) io.out(`${report.outdated.length} translation${report.outdated.length === 1 ? '' : 's'} marked outdated (their default-language text changed; use --minor for small fixes).`);
  if (options.dryRun) io.out(`Dry run: ${summary}; nothing written.`);
  else io.out(`${summary}; ${report.written.length} file${report.written.length === 1 ? '' : 's'} written${report.written.length ? `: ${report.written.join(', ')}` : ''}.`);
  return report.rejected.length ? 1 : 0;
}
