/**
 * Information pages as a spreadsheet (browser-safe; the rules all kinds share are in
 * csv-kind.ts): `id; parent; order; icon; title@<lang>; text@<lang> (Markdown); links;
 * attachments@<lang>; extra`. `links` lists the related entries, guides and pages by id
 * (`guide:`/`page:`/`entry:` before an id that is used by two kinds); attachments are one
 * Markdown link per line, `[Antrag (PDF)](https://…)`, the same links in every language.
 */
import { canonicalJson } from '../../pack/canonical-json.js';
import { applyTextColumns, languagesOf, parseNumber, textCells, textHeaders, type Column } from './csv-columns.js';
import { setField, type KindRowContext, type KindSpec } from './csv-kind.js';
import { mergeText } from './import-plan.js';
import { nearest } from './vocabulary.js';
import { textOf } from '../translation.js';
import type { SourceContent, SourcePage } from '../../pack/types.js';

const TEXTS = ['title', 'text', 'attachments'] as const;
const LINK_KINDS = ['entry', 'guide', 'page'] as const;
type LinkKind = (typeof LINK_KINDS)[number];
const LINK_FIELD = { entry: 'entries', guide: 'guides', page: 'pages' } as const;

const ALIASES: Record<string, string> = {
  body: 'text',
  inhalt: 'text',
  seitentext: 'text',
  titel: 'title',
  überschrift: 'title',
  'übergeordnet': 'parent',
  'übergeordnete seite': 'parent',
  elternseite: 'parent',
  oberseite: 'parent',
  reihenfolge: 'order',
  position: 'order',
  symbol: 'icon',
  links: 'links',
  verweise: 'links',
  verknüpfungen: 'links',
  anhänge: 'attachments',
  anhang: 'attachments',
  dokumente: 'attachments',
};

function linkIds(content: SourceContent, pageIds: ReadonlySet<string>): Record<LinkKind, ReadonlySet<string>> {
  return { entry: new Set(content.entries.map((e) => e.id)), guide: new Set(content.guides.map((g) => g.id)), page: pageIds };
}

/** `page:x` only where the plain id would be read as another kind (or not at all). */
function linkCell(p: SourcePage, known: Record<LinkKind, ReadonlySet<string>>): string {
  const out: string[] = [];
  for (const kind of LINK_KINDS) {
    for (const id of p[LINK_FIELD[kind]] ?? []) out.push(LINK_KINDS.filter((k) => known[k].has(id)).length === 1 && known[kind].has(id) ? id : `${kind}:${id}`);
  }
  return out.join(' ');
}

const attachmentCell = (p: SourcePage, lang: string) =>
  (p.attachments ?? [])
    .map((a) => textOf(a.title?.[lang]))
    .map((title, i) => (title ? `[${title}](${p.attachments![i]!.url})` : ''))
    .filter(Boolean)
    .join('\n');

function table(content: SourceContent): { header: string[]; rows: string[][] } {
  const langs = languagesOf(content);
  const pages = content.pages ?? [];
  const known = linkIds(content, new Set(pages.map((p) => p.id)));
  const header = ['id', 'parent', 'order', 'icon', ...textHeaders('title', langs), ...textHeaders('text', langs), 'links', ...textHeaders('attachments', langs), 'extra'];
  const rows = pages.map((p) => [
    p.id,
    p.parent ?? '',
    p.order === undefined ? '' : String(p.order),
    p.icon ?? '',
    ...textCells(p.title, langs),
    ...textCells(p.text, langs),
    linkCell(p, known),
    ...langs.map((l) => attachmentCell(p, l)),
    p.extra && Object.keys(p.extra).length ? canonicalJson(p.extra) : '',
  ]);
  return { header, rows };
}

function applyLinks(page: SourcePage, v: string, col: Column, cx: KindRowContext): string[] {
  const known = linkIds(cx.content, cx.ids);
  const lists: Record<LinkKind, string[]> = { entry: [], guide: [], page: [] };
  const reasons: string[] = [];
  for (const word of v.split(/[\s,;]+/).filter(Boolean)) {
    const prefixed = /^(entry|guide|page):(.+)$/.exec(word);
    const kind = prefixed ? (prefixed[1] as LinkKind) : LINK_KINDS.find((k) => known[k].has(word));
    const id = prefixed ? prefixed[2]! : word;
    if (!kind || !known[kind].has(id)) {
      const suggestion = nearest(id, LINK_KINDS.flatMap((k) => [...known[k]]));
      reasons.push(cx.bad(col, 'csv.notLink', { value: word }) + (suggestion ? cx.m('common.didYouMean', { suggestion }) : ''));
    } else if (!lists[kind].includes(id)) lists[kind].push(id);
  }
  for (const kind of LINK_KINDS) setField(page, LINK_FIELD[kind], lists[kind].length ? lists[kind] : undefined);
  return reasons;
}

/** The attachment columns: the links of every language, in the order first seen; titles merged per language. */
function applyAttachments(page: SourcePage, cells: string[], columns: Column[], cx: KindRowContext): string[] {
  const cols = columns.filter((c) => c.field === 'attachments');
  if (!cols.length) return [];
  const reasons: string[] = [];
  const byLang = new Map<string, Map<string, string>>();
  const urls: string[] = [];
  for (const col of cols) {
    const titles = new Map<string, string>();
    for (const line of (cells[col.index] ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
      const link = /^\[([^\]]+)\]\((\S+)\)$/.exec(line);
      if (!link) {
        reasons.push(cx.bad(col, 'csv.notAttachment', { value: line }));
        continue;
      }
      titles.set(link[2]!, link[1]!.trim());
      if (!urls.includes(link[2]!)) urls.push(link[2]!);
    }
    byLang.set(col.lang!, titles);
  }
  const def = cx.content.municipality.defaultLanguage;
  const main = byLang.get(def);
  if (main) for (const col of cols) for (const url of byLang.get(col.lang!)!.keys()) if (!main.has(url)) reasons.push(cx.bad(col, 'csv.attachmentUrl', { url }));
  const attachments = urls.flatMap((url) => {
    const old = page.attachments?.find((a) => a.url === url);
    const incoming = Object.fromEntries([...byLang].map(([lang, titles]) => [lang, titles.get(url) ?? null]));
    const title = mergeText(old?.title, incoming);
    return title ? [{ url, title }] : [];
  });
  // Attachments the file does not name in any language are removed with their last title.
  setField(page, 'attachments', attachments.length ? attachments : undefined);
  return reasons;
}

function apply(page: SourcePage, cells: string[], columns: Column[], cx: KindRowContext): string[] {
  const reasons: string[] = [];
  for (const col of columns) {
    const raw = cells[col.index] ?? '';
    const v = raw.trim();
    switch (col.field) {
      case 'parent':
        if (v && v === page.id) reasons.push(cx.bad(col, 'csv.ownParent'));
        else if (v && !cx.ids.has(v)) reasons.push(cx.bad(col, 'csv.notPage', { value: v }) + (nearest(v, [...cx.ids]) ? cx.m('common.didYouMean', { suggestion: nearest(v, [...cx.ids])! }) : ''));
        else setField(page, 'parent', v || undefined);
        break;
      case 'order': {
        const n = v ? parseNumber(v) : undefined;
        if (v && (n === undefined || !Number.isInteger(n))) reasons.push(cx.bad(col, 'csv.notWholeNumber', { value: v }));
        else setField(page, 'order', n);
        break;
      }
      case 'icon':
        setField(page, 'icon', v || undefined);
        break;
      case 'links':
        reasons.push(...applyLinks(page, v, col, cx));
        break;
      case 'extra':
        if (!v) setField(page, 'extra', undefined);
        else {
          try {
            const parsed = JSON.parse(v) as unknown;
            if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
            setField(page, 'extra', parsed);
          } catch {
            reasons.push(cx.bad(col, 'csv.notJson'));
          }
        }
        break;
    }
  }
  const p = page as unknown as Record<string, unknown>;
  applyTextColumns(cells, columns, ['title', 'text'], ['text'], (f) => p[f] as SourcePage['title'] | undefined, (f, v) => setField(page, f, v));
  reasons.push(...applyAttachments(page, cells, columns, cx));
  return reasons;
}

export const PAGES_CSV: KindSpec<SourcePage> = {
  kind: 'pages',
  key: 'page',
  columns: { texts: TEXTS, scalars: ['id', 'parent', 'order', 'icon', 'links', 'extra'], aliases: ALIASES },
  distinctive: ['parent', 'order', 'icon', 'links', 'attachments'],
  distinctiveAliases: ['übergeordnet', 'übergeordnete seite', 'elternseite', 'oberseite', 'reihenfolge', 'verweise', 'anhänge'],
  nameField: 'title',
  items: (c) => c.pages,
  setItems: (c, items) => {
    if (items.length || c.pages) c.pages = items;
  },
  table,
  apply,
};
