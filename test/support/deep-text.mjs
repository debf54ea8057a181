/**
 * The text of a node as a person reads it: text nodes in document order, shadow roots
 * included (a host's shadow content before its light children), whitespace collapsed.
 *
 * One walker for both kinds of tests. Browser tests import it; the end-to-end harness reads
 * this file's source and evaluates it in the page (test/e2e/harness.ts), so it is plain
 * JavaScript without imports: nothing a TypeScript loader could add helpers to.
 */
/* global Node, Element */
export function deepText(root) {
  let text = '';
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node instanceof Element) {
      if (node.shadowRoot) text += deepText(node.shadowRoot);
      text += deepText(node);
    }
  }
  return text.replace(/\s+/g, ' ');
}
