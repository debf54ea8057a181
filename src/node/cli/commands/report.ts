import { problemLines } from '../../../authoring/problems.js';
import type { ImportReport } from '../../../authoring/import/import-plan.js';
import { importMessages } from '../../../authoring/import/messages.js';
import type { CliIo } from '../io.js';

/**
 * Prints an import report in the clerk's language (`lang`: de or en); returns the exit code
 * (0 written or nothing to do, 1 rejected/failed). A dry run lists what would change, field by field.
 */
export function printImportReport(report: ImportReport, io: CliIo, options: { partial?: boolean; dryRun?: boolean; what: 'rows' | 'items' | 'services' | 'units'; lang?: string }): number {
  const m = importMessages(options.lang);
  const formatProblem = problemLines(options.lang ?? 'en');
  for (const n of report.notes) io.out(m('report.note', { text: n }));
  for (const w of report.warnings) io.out(formatProblem(w));
  for (const r of report.rejected) {
    const label = `${r.origin ? `${r.origin}` : ''}${r.key.startsWith('row:') ? '' : `${r.origin ? ' ' : ''}(${r.key.replace(':', ' ')})`}`;
    io.err(m('report.rejected', { label, reasons: r.reasons.join(' · ') }));
  }
  for (const p of report.fatal) io.err(formatProblem(p));
  const stopped = report.fatal.length > 0 || (report.rejected.length > 0 && !options.partial);
  if (stopped) {
    io.err(m('report.stopped', {
      count: report.rejected.length,
      what: m(`report.what.${options.what}`),
      fatal: report.fatal.length ? m('report.stoppedFatal', { count: report.fatal.length }) : '',
      partial: report.fatal.length ? '' : m('report.usePartial'),
    }));
    return 1;
  }
  const summary = m('report.summary', {
    added: report.added.length,
    changed: report.changed.length,
    unchanged: report.unchanged.length,
    rejected: report.rejected.length ? m('report.summaryRejected', { count: report.rejected.length }) : '',
  });
  if (report.outdated.length) io.out(m('report.outdated', { count: report.outdated.length }));
  if (options.dryRun) {
    for (const key of report.added) io.out(m('report.wouldAdd', { item: key.replace(':', ' ') }));
    for (const key of report.changed) io.out(m('report.wouldChange', { item: key.replace(':', ' '), fields: (report.fields[key] ?? []).join(', ') }));
    io.out(m('report.dryRun', { summary }));
  } else io.out(m('report.written', { summary, count: report.written.length, files: report.written.length ? `: ${report.written.join(', ')}` : '' }));
  return report.rejected.length ? 1 : 0;
}
