/**
 * Finds a common mistake in `opening_hours` rules: in that syntax a later rule separated by
 * `;` *replaces* the earlier hours on the days it names, so `Mo-Fr 08:00-12:00; Tu,Th
 * 14:00-18:00` means Tuesday and Thursday afternoons only. Editors nearly always mean "in
 * addition". Returns one warning per such rule, saying how to write what they meant.
 */
import { note, type Coded } from '../problem-messages.js';

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** The weekdays a rule starts with (`Mo-Fr`, `Tu,Th`, `Sa`), or undefined when it names none. */
function leadingDays(rule: string): Set<string> | undefined {
  const m = /^\s*((?:(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)(?:\s*,\s*(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)(?=\s|$)/.exec(rule);
  if (!m) return undefined;
  const days = new Set<string>();
  for (const part of m[1]!.split(',')) {
    const [from, to] = part.trim().split('-') as [(typeof DAYS)[number], (typeof DAYS)[number] | undefined];
    const a = DAYS.indexOf(from);
    const b = to ? DAYS.indexOf(to) : a;
    for (let i = a; ; i = (i + 1) % 7) {
      days.add(DAYS[i]!);
      if (i === b) break;
    }
  }
  return days;
}

/** The English warnings (see `overriddenDays` for their codes). */
export const overriddenDaysWarnings = (rule: string): string[] => overriddenDays(rule).map((w) => w.message);

export function overriddenDays(rule: string): Coded[] {
  // Only top-level `;` rules; a quoted comment may contain anything.
  const rules = rule.replace(/"[^"]*"/g, (q) => q.replace(/;/g, ' ')).split(';').map((r) => r.trim()).filter(Boolean);
  const warnings: Coded[] = [];
  const seen: { days: Set<string>; text: string }[] = [];
  for (const r of rules) {
    const days = leadingDays(r);
    if (!days) continue;
    const closes = /\b(off|closed)\b/i.test(r);
    const earlier = seen.find((s) => [...days].some((d) => s.days.has(d)));
    if (earlier && !closes) {
      const both = DAYS.filter((d) => days.has(d) && earlier.days.has(d)).join(', ');
      warnings.push(note('hoursWarning.overridden', { rule: r, earlier: earlier.text, days: both, example: both.replace(/, /g, ',') }));
    }
    seen.push({ days, text: r });
  }
  return warnings;
}
