/**
 * XLIFF 2.0 for translation agencies (node only). `exportXliff` writes one file per target
 * language with the texts that are missing or outdated in it (or all, with `all`); each unit
 * carries the hash of the default-language text it shows (`mda:meta type="sourceHash"`).
 * `importXliff` reads the translated file back: every target becomes a translation with
 * `from` = that hash — so a text whose default changed after the export arrives already
 * marked outdated, and nothing newer is overwritten silently. The `<source>` text in the file
 * is compared too: translation tools may strip the metadata, and a source that differs from
 * today's default-language text means outdated, whatever the metadata says.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { commitImport, loadExisting } from './import-files.js';
import { cloneContent, emptyReport, type ImportReport } from '../../authoring/import/import-plan.js';
import { importMessages, type ImportMessages } from '../../authoring/import/messages.js';
import { positionIn } from '../../authoring/import/text-position.js';
import { normalizeText, sameText, textHash, textOf, textUnits, translationState } from '../../authoring/translation.js';
import type { SourceContent, TranslatedText } from '../../pack/types.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface XliffExport {
  lang: string;
  xml: string;
  units: number;
}

/** One XLIFF document per target language (all but the default, or only `only`). */
export function exportXliff(content: SourceContent, options: { only?: string; all?: boolean } = {}): XliffExport[] {
  const mun = content.municipality;
  const def = mun.defaultLanguage;
  const targets = mun.languages.filter((l) => l !== def && (!options.only || l === options.only));
  return targets.map((lang) => {
    const lines: string[] = [];
    let units = 0;
    for (const u of textUnits(content)) {
      const text = u.get();
      const source = textOf(text?.[def]);
      if (!text || source === undefined) continue;
      const state = translationState(text, lang, def);
      if (!options.all && state !== 'missing' && state !== 'outdated') continue;
      units++;
      const old = textOf(text[lang]);
      const hints = [
        state === 'outdated' ? `Outdated: the ${def} text changed since this translation was made; update the target.` : state === 'missing' ? 'New text.' : `Current (${state}).`,
        u.markdown ? 'Markdown: keep **bold**, *italic*, lists ("- ") and links [text](address) as they are; translate the link text only.' : '',
      ].filter(Boolean);
      lines.push(`    <unit id="${esc(u.key)}" name="${esc(`${u.kind} ${u.id} ${u.field}`)}">`);
      lines.push(`      <mda:metadata><mda:metaGroup category="kompass"><mda:meta type="sourceHash">${textHash(source)}</mda:meta><mda:meta type="state">${state}</mda:meta><mda:meta type="format">${u.markdown ? 'markdown' : 'plain'}</mda:meta></mda:metaGroup></mda:metadata>`);
      lines.push(`      <notes><note category="kompass">${esc(hints.join(' '))}</note></notes>`);
      lines.push(`      <segment state="initial">`);
      lines.push(`        <source xml:space="preserve">${esc(normalizeText(source))}</source>`);
      if (old !== undefined) lines.push(`        <target xml:space="preserve">${esc(normalizeText(old))}</target>`);
      lines.push(`      </segment>`);
      lines.push(`    </unit>`);
    }
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<xliff xmlns="${XLIFF_NS}" xmlns:mda="${MDA_NS}" version="2.0" srcLang="${esc(def)}" trgLang="${esc(lang)}">`,
      `  <file id="${esc(mun.id)}" original="kompass:${esc(mun.id)}">`,
      ...lines,
      '  </file>',
      '</xliff>',
      '',
    ].join('\n');
    return { lang, xml, units };
  });
}

/* ───────────────────────────── a small XML reader ───────────────────────────── */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
  /** The line of its start tag (1-based). */
  line?: number;
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_all, n: string) => {
    if (n[0] === '#') return String.fromCodePoint(n[1] === 'x' || n[1] === 'X' ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[n.toLowerCase()]!;
  });
}

type XmlProblem = 'xml.unclosedComment' | 'xml.unclosedCdata' | 'xml.unclosedDeclaration' | 'xml.unexpectedClose' | 'xml.wrongClose' | 'xml.malformedTag' | 'xml.neverClosed';

/** Why XML is not well-formed: the report's message (`key`, `params`) and where, as an offset into the text (BOM removed). */
export class XmlSyntaxError extends Error {
  constructor(
    readonly key: XmlProblem | 'xml.noRoot',
    readonly offset: number | undefined,
    readonly params: Record<string, string> = {},
  ) {
    super(`${key}${offset === undefined ? '' : ` at offset ${offset}`} ${JSON.stringify(params)}`);
  }
}

/** The report line for XML that is not well-formed: "line 3, column 7: not well-formed XML: …". */
function xmlProblem(m: ImportMessages, xml: string, e: XmlSyntaxError): string {
  if (e.key === 'xml.noRoot' || e.offset === undefined) return m('xml.noRoot');
  const { line, column } = positionIn(xml.replace(/^\ufeff/, ''), e.offset);
  return m('xml.at', { line, column, reason: m(e.key, e.params) });
}

/** Parses well-formed XML into elements (namespace prefixes kept in names); throws an XmlSyntaxError with the offset. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const offsets = new Map<XmlElement, number>();
  let i = 0;
  const text = xml.replace(/^\ufeff/, '');
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      stack.at(-1)!.children.push(decode(text.slice(i)));
      break;
    }
    if (lt > i) stack.at(-1)!.children.push(decode(text.slice(i, lt)));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt);
      if (end < 0) throw new XmlSyntaxError('xml.unclosedComment', lt);
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0) throw new XmlSyntaxError('xml.unclosedCdata', lt);
      stack.at(-1)!.children.push(text.slice(lt + 9, end));
      i = end + 3;
    } else if (text.startsWith('<?', lt) || text.startsWith('<!', lt)) {
      const end = text.indexOf('>', lt);
      if (end < 0) throw new XmlSyntaxError('xml.unclosedDeclaration', lt);
      i = end + 1;
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt);
      const name = text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (end < 0) throw new XmlSyntaxError('xml.malformedTag', lt);
      if (!open || open === root) throw new XmlSyntaxError('xml.unexpectedClose', lt, { name });
      if (open.name !== name) throw new XmlSyntaxError('xml.wrongClose', lt, { name, expected: open.name });
      i = end + 1;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text.slice(lt, lt + 10000));
      if (!m) throw new XmlSyntaxError('xml.malformedTag', lt);
      const el: XmlElement = { name: m[1]!, attrs: {}, children: [], line: lineAt(lt) };
      for (const a of m[2]!.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) el.attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
      stack.at(-1)!.children.push(el);
      if (!m[3]) {
        stack.push(el);
        offsets.set(el, lt);
      }
      i = lt + m[0].length;
    }
  }
  if (stack.length > 1) throw new XmlSyntaxError('xml.neverClosed', offsets.get(stack.at(-1)!), { name: stack.at(-1)!.name });
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlSyntaxError('xml.noRoot', undefined);
  return top;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const elements = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string' && local(c.name) === name);
const descendants = (el: XmlElement, name: string): XmlElement[] => el.children.flatMap((c) => (typeof c === 'string' ? [] : [...(local(c.name) === name ? [c] : []), ...descendants(c, name)]));
/** Text content; inline placeholders (`ph`) have none, `pc`/`mrk` keep their text. */
const textContent = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : local(c.name) === 'ph' ? (c.attrs.equiv ?? '') : textContent(c))).join('');

/* ───────────────────────────── import ───────────────────────────── */

export interface XliffImportResult extends ImportReport {
  fileErrors: string[];
  lang?: string;
  units: number;
}

export interface XliffImportOptions {
  partial?: boolean;
  dryRun?: boolean;
  machine?: boolean;
  /** The file's name, for the report (default "XLIFF"). */
  file?: string;
  /** The report's language (`de`, `en`). */
  uiLang?: string;
}

export async function importXliff(xml: string, dir: string, options: XliffImportOptions = {}): Promise<XliffImportResult> {
  const result: XliffImportResult = { ...emptyReport(), fileErrors: [], units: 0 };
  const m = importMessages(options.uiLang);
  const file = options.file ?? 'XLIFF';
  const existing = await loadExisting(dir);
  if (!existing) {
    result.fileErrors.push(m('common.notSourceFolder', { dir }));
    return result;
  }
  let doc: XmlElement;
  try {
    doc = parseXml(xml);
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    result.fileErrors.push(xmlProblem(m, xml, e));
    return result;
  }
  if (local(doc.name) !== 'xliff' || !/^2\./.test(doc.attrs.version ?? '')) {
    result.fileErrors.push(m('xliff.notXliff2', { root: doc.name, version: doc.attrs.version ?? '' }));
    return result;
  }
  const content = cloneContent(existing.content);
  const mun = content.municipality;
  const lang = doc.attrs.trgLang ?? '';
  result.lang = lang;
  if (doc.attrs.srcLang !== mun.defaultLanguage) result.fileErrors.push(m('xliff.srcLang', { lang: doc.attrs.srcLang ?? '', def: mun.defaultLanguage }));
  if (!mun.languages.includes(lang) || lang === mun.defaultLanguage) result.fileErrors.push(m('xliff.trgLang', { lang, langs: mun.languages.filter((l) => l !== mun.defaultLanguage) }));
  if (result.fileErrors.length) return result;
  const units = new Map(textUnits(content).map((u) => [u.key, u]));
  const origins = new Map<string, string>();
  let changedSince = 0;
  for (const unit of descendants(doc, 'unit')) {
    result.units++;
    const key = unit.attrs.id ?? '';
    const origin = m('xliff.unit', { file, line: unit.line ?? 0, id: key });
    const u = units.get(key);
    if (!u) {
      result.notes.push(m('xliff.noSuchText', { origin }));
      continue;
    }
    const segments = descendants(unit, 'segment');
    const targets = segments.map((s) => elements(s, 'target')[0]);
    if (targets.some((t) => !t)) continue; // not (fully) translated yet
    const target = normalizeText(targets.map((t) => textContent(t!)).join(''));
    if (!target) continue;
    const text = u.get();
    const source = textOf(text?.[mun.defaultLanguage]);
    if (!text || source === undefined) continue;
    const meta = descendants(unit, 'meta').find((m) => m.attrs.type === 'sourceHash');
    const sources = segments.map((s) => elements(s, 'source')[0]);
    const fileSource = sources.every(Boolean) ? normalizeText(sources.map((x) => textContent(x!)).join('')) : '';
    // What the translator saw: the file's own source text when it differs from today's.
    let from = meta ? textContent(meta).trim() : textHash(source);
    if (fileSource && !sameText(fileSource, source)) from = textHash(fileSource);
    if (from !== textHash(source)) changedSince++;
    const old = text[lang];
    const next: TranslatedText = { text: target, from };
    if (options.machine) next.machine = true;
    if (old !== undefined && sameText(textOf(old), target) && typeof old !== 'string' && old.from === from && !!old.machine === !!next.machine) continue;
    u.set({ ...text, [lang]: next });
    const item = u.kind === 'municipality' ? 'municipality' : `${u.kind}:${u.id}`;
    origins.set(item, origin);
  }
  if (changedSince) result.notes.push(m('xliff.changedSince', { file, count: changedSince }));
  const report = await commitImport(dir, existing, content, { ...options, lang: options.uiLang, origins, rejected: [], stamp: false });
  return { ...result, ...report, notes: [...result.notes, ...report.notes] };
}

export async function importXliffFile(file: string, dir: string, options: Omit<XliffImportOptions, 'file'> = {}): Promise<XliffImportResult> {
  let xml: string;
  try {
    xml = await readFile(file, 'utf8');
  } catch {
    return { ...emptyReport(), fileErrors: [importMessages(options.uiLang)('common.notFound', { path: file })], units: 0 };
  }
  return importXliff(xml, dir, { ...options, file: basename(file) });
}
