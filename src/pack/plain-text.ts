import type { Inline, RichText } from './types.js';

/** The text of a compiled rich text, for reading aloud or sharing. */
export function richTextToPlain(text: RichText | undefined): string {
  if (!text) return '';
  const inline = (nodes: Inline[]): string =>
    nodes.map((n) => (typeof n === 'string' ? n : n.t === 'br' ? '\n' : inline(n.c))).join('');
  return text
    .map((b) => ('items' in b ? b.items.map((i) => inline(i)).join('\n') : inline(b.c)))
    .join('\n\n');
}
