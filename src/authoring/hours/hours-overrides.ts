/**
 * Finds a common mistake in `opening_hours` rules: in that syntax a later rule separated by
 * `;` *replaces* the earlier hours on the days it names, so `Mo-Fr 08:00-12:00; Tu,Th
 * 14:00-18:00` means Tuesday and Thursday afternoons only. Editors nearly always mean "in
 * addition". Returns one warning per such rule, saying how to write what they meant.
 */
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

export function overriddenDaysWarnings(rule: string): string[] {
  // Only top-level `;` rules; a quoted comment may contain anything.
  const rules = rule.replace(/"[^"]*"/g, (q) => q.replace(/;/g, ' ')).split(';').map((r) => r.trim()).filter(Boolean);
  const warnings: string[] = [];
  const seen: { days: Set<string>; text: string }[] = [];
  for (const r of rules) {
    const days = leadingDays(r);
    if (!days) continue;
    const closes = /\b(off|closed)\b/i.test(r);
    const earlier = seen.find((s) => [...days].some((d) => s.days.has(d)));
    if (earlier && !closes) {
      const both = DAYS.filter((d) => days.has(d) && earlier.days.has(d)).join(', ');
      warnings.push(
        `"${r}" replaces the hours of "${earlier.text}" on ${both} (a later rule overrides the days it names). ` +
          `If you mean both, list all times of those days in one rule, e.g. "${both.replace(/, /g, ',')} 08:00-12:00,14:00-18:00", ` +
          `or join the rules with a comma instead of a semicolon.`,
      );
    }
    seen.push({ days, text: r });
  }
  return warnings;
}
