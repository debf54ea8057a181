import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline, RichText } from '../../pack/types.js';
import { isolateNumbers } from './isolate-numbers.js';

const SAFE_LINK = /^(https:|tel:|mailto:|geo:)/i;

/**
 * Renders compiled Markdown (a JSON tree made at publish time) with Lit templates — never
 * `innerHTML`. Headings sit below the view's own heading (content `##` → `<h3>`). Links
 * with a scheme outside the allowed set (the build already rejects them) render as text.
 */
export function renderRichText(text: RichText | undefined): TemplateResult | typeof nothing {
  if (!text?.length) return nothing;
  return html`${text.map(renderBlock)}`;
}

function renderBlock(block: Block): TemplateResult {
  switch (block.t) {
    case 'p':
      return html`<p>${block.c.map(renderInline)}</p>`;
    case 'h': {
      const content = block.c.map(renderInline);
      if (block.level <= 2) return html`<h3>${content}</h3>`;
      return block.level === 3 ? html`<h4>${content}</h4>` : html`<h5>${content}</h5>`;
    }
    case 'ul':
      return html`<ul>${block.items.map((item) => html`<li>${item.map(renderInline)}</li>`)}</ul>`;
    case 'ol':
      return html`<ol>${block.items.map((item) => html`<li>${item.map(renderInline)}</li>`)}</ol>`;
  }
}

function renderInline(node: Inline): TemplateResult | string {
  if (typeof node === 'string') return isolateNumbers(node); // numbers and ranges keep their order in right-to-left text
  switch (node.t) {
    case 'em':
      return html`<em>${node.c.map(renderInline)}</em>`;
    case 'strong':
      return html`<strong>${node.c.map(renderInline)}</strong>`;
    case 'br':
      return html`<br />`;
    case 'a':
      if (!SAFE_LINK.test(node.href)) return html`${node.c.map(renderInline)}`;
      return node.href.startsWith('https:')
        ? html`<a href=${node.href} target="_blank" rel="noopener noreferrer">${node.c.map(renderInline)}</a>`
        : html`<a href=${node.href}>${node.c.map(renderInline)}</a>`;
  }
}
