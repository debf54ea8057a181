/** The kinds of spreadsheet Kompass reads and writes, in the order menus show them. No imports: the editor takes it without loading an importer. */
export type CsvKind = 'entries' | 'pages' | 'events' | 'notices';
export const CSV_KINDS: readonly CsvKind[] = ['entries', 'pages', 'events', 'notices'];
