/**
 * One event occurrence as an iCalendar file (RFC 5545), made on the device for "add to
 * calendar". Times are written in UTC (`…Z`): the pack gives each occurrence with its
 * offset, so the file is exact without a VTIMEZONE table, and the calendar shows it in the
 * phone's own zone. All-day occurrences are floating dates, as calendars expect.
 */
export interface IcsEvent {
  /** Stable per event; the occurrence's start is added, so re-adding updates, not duplicates. */
  uid: string;
  title: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  /** `[start, end]` as in the pack: `2026-12-08T15:00+01:00`, or `2026-12-12` for all day. */
  occurrence: readonly [string, string?];
}

const utc = (isoWithOffset: string): string => new Date(isoWithOffset).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const dateValue = (date: string): string => date.replace(/-/g, '');
const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
export const escapeText = (s: string): string => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const encoder = new TextEncoder();
/** Lines longer than 75 octets folded (3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = parts.length ? 74 : 75; // a continuation line starts with a space
    if (bytes + n > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function toIcs(event: IcsEvent, now: Date = new Date()): string {
  const [start, end] = event.occurrence;
  const allDay = !start.includes('T');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kompass//Kompass//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}-${allDay ? dateValue(start) : utc(start)}`,
    `DTSTAMP:${utc(now.toISOString())}`,
    ...(allDay
      ? [`DTSTART;VALUE=DATE:${dateValue(start)}`, `DTEND;VALUE=DATE:${dateValue(end && !end.includes('T') ? nextDay(end) : nextDay(start))}`]
      : [`DTSTART:${utc(start)}`, ...(end ? [`DTEND:${utc(end)}`] : [])]),
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
