/**
 * Build-time compiler from the Markdown subset editors write to the `RichText` tree the
 * reader renders with Lit. Supported: paragraphs, `-` and `1.` lists, `*em*`, `**strong**`,
 * links (https, tel, mailto, geo), headings `##`–`####` and hard line breaks. Anything else
 * becomes plain text and is reported, never HTML.
 */
import { marked, type Token, type Tokens } from 'marked';
import type { Block, Inline, RichText } from '../pack/types.js';
import { LINK_SCHEMES, safeHref } from '../pack/url-schemes.js';
import { problem, type Coded, type ProblemCode, type ProblemParams } from './problem-messages.js';
import { memoize } from './memo.js';

export interface MarkdownIssue extends Coded {
  severity: 'error' | 'warning';
}

export interface CompiledMarkdown {
  rich: RichText;
  issues: MarkdownIssue[];
}

/** The schemes a link may use: the pack's one allow-list (src/pack/url-schemes.ts), shared with the reader. */
export const ALLOWED_LINK_SCHEMES = LINK_SCHEMES;

/** Whether a link target may appear in a pack. */
export function isAllowedHref(href: string): boolean {
  return safeHref(href) !== undefined;
}


const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

class Compiler {
  readonly issues: MarkdownIssue[] = [];
  private readonly seen = new Set<string>();

  warn(code: ProblemCode, params: ProblemParams = {}): void {
    const issue: MarkdownIssue = { severity: 'warning', ...problem(code, params) };
    if (this.seen.has(issue.message)) return;
    this.seen.add(issue.message);
    this.issues.push(issue);
  }

  error(code: ProblemCode, params: ProblemParams = {}): void {
    this.issues.push({ severity: 'error', ...problem(code, params) });
  }

  blocks(tokens: readonly Token[]): Block[] {
    const out: Block[] = [];
    for (const token of tokens) this.block(token, out);
    return out;
  }

  private block(token: Token, out: Block[]): void {
    switch (token.type) {
      case 'space':
        return;
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph | Tokens.Text;
        const c = this.inlines(t.tokens ?? [{ type: 'text', raw: t.text, text: t.text } as Tokens.Text]);
        if (c.length) out.push({ t: 'p', c });
        return;
      }
      case 'heading': {
        const t = token as Tokens.Heading;
        let level = t.depth;
        if (level < 2 || level > 4) {
          this.warn('markdown.heading', { level, marks: '#'.repeat(level) });
          level = Math.min(4, Math.max(2, level));
        }
        out.push({ t: 'h', level: level as 2 | 3 | 4, c: this.inlines(t.tokens) });
        return;
      }
      case 'list': {
        const t = token as Tokens.List;
        const items: Inline[][] = [];
        this.listItems(t, items);
        out.push({ t: t.ordered ? 'ol' : 'ul', items });
        return;
      }
      case 'blockquote':
        this.warn('markdown.blockquote');
        for (const b of this.blocks((token as Tokens.Blockquote).tokens)) out.push(b);
        return;
      case 'code':
        this.warn('markdown.codeBlock');
        out.push({ t: 'p', c: [(token as Tokens.Code).text] });
        return;
      case 'html': {
        this.warn('markdown.html');
        const text = decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, '')).trim();
        if (text) out.push({ t: 'p', c: [text] });
        return;
      }
      case 'table': {
        this.warn('markdown.table');
        const t = token as Tokens.Table;
        for (const row of [t.header, ...t.rows]) {
          const c: Inline[] = [];
          row.forEach((cell, i) => {
            if (i) c.push(' – ');
            c.push(...this.inlines(cell.tokens));
          });
          out.push({ t: 'p', c: merge(c) });
        }
        return;
      }
      case 'hr':
        this.warn('markdown.rule');
        return;
      default:
        this.warn('markdown.unsupported', { type: token.type });
        if ('text' in token && typeof token.text === 'string' && token.text.trim()) out.push({ t: 'p', c: [token.text] });
    }
  }

  private listItems(list: Tokens.List, items: Inline[][]): void {
    for (const item of list.items) {
      const c: Inline[] = [];
      for (const child of item.tokens) {
        if (child.type === 'list') {
          this.warn('markdown.nestedList');
          if (c.length) items.push(merge(c.splice(0)));
          this.listItems(child as Tokens.List, items);
          continue;
        }
        if (child.type === 'space') continue;
        const blocks = this.blocks([child]);
        for (const b of blocks) {
          if (c.length) c.push({ t: 'br' });
          if ('items' in b) b.items.forEach((it, i) => c.push(...(i ? [{ t: 'br' } as Inline] : []), ...it));
          else c.push(...b.c);
        }
      }
      if (c.length || !items.length) items.push(merge(c));
    }
  }

  inlines(tokens: readonly Token[]): Inline[] {
    const out: Inline[] = [];
    for (const token of tokens) {
      switch (token.type) {
        case 'text': {
          const t = token as Tokens.Text;
          if (t.tokens?.length) out.push(...this.inlines(t.tokens));
          else out.push(decodeEntities(t.text).replace(/\s*\n\s*/g, ' '));
          break;
        }
        case 'escape':
          out.push((token as Tokens.Escape).text);
          break;
        case 'strong':
        case 'em':
          out.push({ t: token.type, c: this.inlines((token as Tokens.Strong | Tokens.Em).tokens) });
          break;
        case 'br':
          out.push({ t: 'br' });
          break;
        case 'link': {
          const t = token as Tokens.Link;
          const c = this.inlines(t.tokens);
          // A bare "www.example.org" in the text: GFM makes it http://; every such site speaks https.
          const href = /^www\./i.test(t.text) && t.href === `http://${t.text}` ? `https://${t.text}` : t.href;
          if (isAllowedHref(href)) out.push({ t: 'a', href: href.trim(), c });
          else {
            this.error('markdown.link', { href: t.href, schemes: [...LINK_SCHEMES] });
            out.push(...c);
          }
          break;
        }
        case 'image': {
          const t = token as Tokens.Image;
          this.warn('markdown.image');
          if (t.text) out.push(t.text);
          break;
        }
        case 'codespan':
          this.warn('markdown.inlineCode');
          out.push(decodeEntities((token as Tokens.Codespan).text));
          break;
        case 'del':
          this.warn('markdown.strike');
          out.push(...this.inlines((token as Tokens.Del).tokens));
          break;
        case 'html':
          this.warn('markdown.html');
          break;
        default:
          this.warn('markdown.unsupported', { type: token.type });
          if ('text' in token && typeof token.text === 'string') out.push(token.text);
      }
    }
    return merge(out);
  }
}

/** Joins adjacent strings and trims the ends of a run of inlines. */
function merge(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of inlines) {
    const last = out[out.length - 1];
    if (typeof i === 'string' && typeof last === 'string') out[out.length - 1] = last + i;
    else if (i !== '') out.push(i);
  }
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  const end = out.length - 1;
  if (typeof out[end] === 'string') out[end] = out[end].trimEnd();
  return out.filter((i) => i !== '');
}

/**
 * Compiles Markdown into RichText; `issues` lists forbidden links (errors) and unsupported syntax
 * (warnings). Remembered per text, so validating or publishing again compiles only the texts
 * that changed; the result is shared: read-only.
 */
export const compileMarkdown: (markdown: string) => CompiledMarkdown = memoize(compileNow, 100_000);

function compileNow(markdown: string): CompiledMarkdown {
  const compiler = new Compiler();
  const tokens = marked.lexer(markdown, { gfm: true, breaks: false });
  return { rich: compiler.blocks(tokens), issues: compiler.issues };
}
