import { html, nothing, type TemplateResult } from 'lit';
import type { Inline, RichText } from '../../pack/types.js';
import { safeHref } from '../../pack/url-schemes.js';
import { isolateNumbers } from './isolate-numbers.js';

type Node = Record<string, unknown>;
type Out = TemplateResult | string | typeof nothing;

/** Deeper nesting than any Markdown compiles to is a tampered pack: cut off rather than overflow the stack. */
const MAX_DEPTH = 16;

/**
 * Renders compiled Markdown (a JSON tree made at publish time) with Lit templates — never
 * `innerHTML`. Headings sit below the view's own heading (content `##` → `<h3>`). Links
 * with a scheme outside the allow-list (src/pack/url-schemes.ts; the build already rejects
 * them) render as text. The sync checks the tree's shape; still, a node of the wrong type is
 * skipped here rather than break the view.
 */
export function renderRichText(text: RichText | undefined): TemplateResult | typeof nothing {
  if (!Array.isArray(text) || !text.length) return nothing;
  return html`${text.map(renderBlock)}`;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null;
const inlines = (c: unknown, depth: number): Out[] => (Array.isArray(c) ? c.map((n: unknown) => renderInline(n, depth)) : []);

function renderBlock(block: unknown): Out {
  if (!isNode(block)) return nothing;
  switch (block.t) {
    case 'p':
      return html`<p>${inlines(block.c, 0)}</p>`;
    case 'h': {
      const content = inlines(block.c, 0);
      if (block.level === 4) return html`<h5>${content}</h5>`;
      return block.level === 3 ? html`<h4>${content}</h4>` : html`<h3>${content}</h3>`;
    }
    case 'ul':
    case 'ol': {
      const items = Array.isArray(block.items) ? block.items.map((item) => html`<li>${inlines(item, 0)}</li>`) : [];
      return block.t === 'ul' ? html`<ul>${items}</ul>` : html`<ol>${items}</ol>`;
    }
  }
  return nothing;
}

function renderInline(node: Inline | unknown, depth: number): Out {
  if (typeof node === 'string') return isolateNumbers(node); // numbers and ranges keep their order in right-to-left text
  if (!isNode(node) || depth > MAX_DEPTH) return nothing;
  const c = inlines(node.c, depth + 1);
  switch (node.t) {
    case 'em':
      return html`<em>${c}</em>`;
    case 'strong':
      return html`<strong>${c}</strong>`;
    case 'br':
      return html`<br />`;
    case 'a': {
      const href = safeHref(node.href);
      if (!href) return html`${c}`;
      return /^https:/i.test(href)
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${c}</a>`
        : html`<a href=${href}>${c}</a>`;
    }
  }
  return nothing;
}
