/** OpenStreetMap weekday codes, Monday first (the order importers and ISO weeks use). */
export const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/**
 * Seven per-day rules (Monday first; '' for closed) → one `opening_hours` value: days with
 * the same rule share a rule, in the order their first day appears, and runs of three or
 * more days become ranges (`Mo-Fr 08:00-12:00; Tu,Th 14:00-18:00`). Used by every importer
 * that reads hours day by day (Integreat, HSDS).
 */
export function osmFromDayRules(rules: readonly string[]): string {
  return osmDayGroups(rules).map(({ days, rule }) => `${days} ${rule}`).join('; ');
}

/** The groups `osmFromDayRules` writes: `{ days: 'Mo-Fr', rule: '08:00-12:00' }`, in the order their first day appears. */
export function osmDayGroups(rules: readonly string[]): { days: string; rule: string }[] {
  const groups = new Map<string, number[]>();
  rules.forEach((rule, day) => {
    if (rule) groups.set(rule, [...(groups.get(rule) ?? []), day]);
  });
  return [...groups].map(([rule, days]) => ({ days: osmDayList(days), rule }));
}

/** Ascending day indexes → `Mo-We,Fr` (two neighbours stay a list: `Sa,Su`). */
function osmDayList(days: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${OSM_DAYS[days[i]!]}-${OSM_DAYS[days[j]!]}` : days.slice(i, j + 1).map((d) => OSM_DAYS[d]).join(','));
    i = j + 1;
  }
  return parts.join(',');
}
