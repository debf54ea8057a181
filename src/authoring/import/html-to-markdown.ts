/**
 * A small HTML → Markdown-subset converter for imported CMS content (Integreat pages and
 * POIs): paragraphs, line breaks, bold, italic, links, lists and headings survive; every
 * other tag is dropped with its text kept. Links that Kompass does not allow (http:,
 * relative) become plain text and are reported.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…', euro: '€', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Escapes characters that would start Markdown syntax inside plain text. */
const escapeMd = (s: string) => s.replace(/([*_[\]\\`])/g, '\\$1');

/** Bare `www.` addresses in running text become https links (outside links of their own). */
const linkWww = (s: string, insideLink: boolean): string =>
  insideLink ? s : s.replace(/(^|[\s(])(www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s)]*)?)/gi, (_, pre: string, url: string) => {
    const clean = url.replace(/[.,;:!?]+$/, '');
    return `${pre}[${clean}](https://${clean.replace(/\\/g, '')})${url.slice(clean.length)}`;
  });

/** What the conversion had to change, for the importer's report (in the report's words). */
export interface HtmlIssue {
  /** A link with a scheme Kompass does not allow, kept as its text. */
  linkKeptAsText: string;
}

export function htmlToMarkdown(html: string, issues: HtmlIssue[] = []): string {
  const out: string[] = [];
  let line = '';
  const lists: ('ul' | 'ol')[] = [];
  const counters: number[] = [];
  const links: (string | undefined)[] = [];
  // Emphasis markers are written lazily: an opening one only before the first non-space
  // character inside it, a closing one before the trailing spaces, so `der<strong>
  // Ausländerbehörde </strong>machen` becomes `der **Ausländerbehörde** machen` and an
  // empty <strong></strong> writes nothing.
  const emphasis: { marker: string; written: boolean }[] = [];
  // Inside a list item, blocks (<p>, <div>) are line breaks, not new paragraphs or bullets.
  let inItem = false;
  let breakPending = false;
  const text = (t: string) => {
    if (!t) return;
    if (breakPending && t.trim()) {
      line += '\\\n';
      breakPending = false;
    }
    for (const e of emphasis) {
      if (e.written || !t.trim()) continue;
      const lead = /^\s*/.exec(t)![0];
      line += lead;
      t = t.slice(lead.length);
      line += e.marker;
      e.written = true;
    }
    line += t;
  };
  const closeEmphasis = () => {
    const e = emphasis.pop();
    if (!e?.written) return;
    const trail = /\s*$/.exec(line)![0];
    line = `${line.slice(0, line.length - trail.length)}${e.marker}${trail}`;
  };
  const flushBlock = () => {
    const l = line.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (l) out.push(l);
    line = '';
    for (const e of emphasis) e.written = false;
  };
  const itemMarker = () => /^(- |\d+\. )$/.test(line);
  const re = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)|</g;
  let m: RegExpExecArray | null;
  let skip = 0;
  while ((m = re.exec(html))) {
    if (m[0].startsWith('<!--')) continue;
    if (m[4] !== undefined || m[0] === '<') {
      if (!skip) text(linkWww(escapeMd(decodeEntities(m[4] ?? '<').replace(/\s+/g, ' ')), links.length > 0));
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    if (tag === 'script' || tag === 'style') {
      skip += closing ? -1 : 1;
      skip = Math.max(0, skip);
      continue;
    }
    if (skip) continue;
    switch (tag) {
      case 'p':
      case 'div':
      case 'section':
      case 'article':
      case 'blockquote':
      case 'table':
      case 'tr':
        if (inItem) breakPending = !itemMarker() && line.trim() !== '';
        else flushBlock();
        break;
      case 'br':
        line += '\\\n';
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (closing) flushBlock();
        else {
          flushBlock();
          line = `${'#'.repeat(Math.min(4, Math.max(2, Number(tag[1]))))} `;
        }
        break;
      case 'strong':
      case 'b':
      case 'em':
      case 'i':
        if (closing) closeEmphasis();
        else emphasis.push({ marker: tag === 'strong' || tag === 'b' ? '**' : '*', written: false });
        break;
      case 'ul':
      case 'ol':
        flushBlock();
        if (closing) {
          lists.pop();
          counters.pop();
        } else {
          lists.push(tag);
          counters.push(0);
        }
        break;
      case 'li':
        inItem = !closing;
        breakPending = false;
        if (closing) flushBlock();
        else {
          flushBlock();
          const kind = lists.at(-1) ?? 'ul';
          if (kind === 'ol') counters[counters.length - 1] = (counters.at(-1) ?? 0) + 1;
          line = kind === 'ol' ? `${counters.at(-1)}. ` : '- ';
        }
        break;
      case 'a': {
        if (closing) {
          const href = links.pop();
          if (href) line += `](${href})`;
        } else {
          const h = /\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
          const href = h ? decodeEntities(h[2] ?? h[3] ?? h[4] ?? '').trim() : '';
          const www = /^www\./i.test(href) ? `https://${href}` : href;
          if (/^(https:|tel:|mailto:|geo:)/i.test(www)) {
            links.push(www.replace(/\s/g, '%20').replace(/\)/g, '%29'));
            text('[');
          } else {
            links.push(undefined);
            if (href) issues.push({ linkKeptAsText: href });
          }
        }
        break;
      }
      case 'img': {
        const alt = /\balt\s*=\s*"([^"]*)"/i.exec(attrs);
        if (alt?.[1]) line += escapeMd(decodeEntities(alt[1]));
        break;
      }
      case 'td':
      case 'th':
        if (!closing && line.trim()) line += ' · ';
        break;
      default:
        break;
    }
  }
  flushBlock();
  // Lists stay together; everything else is separated by blank lines.
  const blocks: string[] = [];
  for (const b of out) {
    const prev = blocks.at(-1);
    if (prev !== undefined && /^(- |\d+\. )/.test(b) && /^(- |\d+\. )/m.test(prev.split('\n').at(-1)!)) blocks[blocks.length - 1] = `${prev}\n${b}`;
    else blocks.push(b);
  }
  return blocks
    .map((b) => b.replace(/\*\*\s*\*\*/g, '').replace(/\\\n$/, ''))
    .filter((b) => b.trim() && !/^#+\s*$/.test(b))
    .join('\n\n');
}
