/**
 * What is wrong with a layout on a phone, as JavaScript source to run in the page: given the
 * element holding a component (its shadow roots are walked too), the list of problems a person
 * would notice — the page scrolling sideways, an element past either edge of the screen (but
 * inside a box that scrolls sideways on its own, only that box counts), a tap
 * target under 24 × 24 px (WCAG 2.2, 2.5.8), a search field squeezed under 8 characters' room,
 * a primary action under 44 px high. Empty when nothing is wrong.
 */
export const LAYOUT_PROBLEMS = `((root, label) => {
  const problems = [];
  const width = innerWidth;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const name = (el) => el.localName + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '');
  const scrollWidth = document.scrollingElement.scrollWidth;
  if (scrollWidth > width) problems.push('the page scrolls sideways: ' + scrollWidth + ' px in ' + width + ' px');
  // Inside a box that scrolls sideways on its own (a wide table): that box is checked, not what it holds.
  const scrollsInside = (el) => {
    for (let a = el.parentElement ?? el.getRootNode().host; a && a !== document.documentElement; a = a.parentElement ?? a.getRootNode().host) {
      const x = getComputedStyle(a).overflowX;
      if (x === 'auto' || x === 'scroll') return true;
    }
    return false;
  };
  const walk = (node, path) => {
    for (const el of node.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (el.shadowRoot) walk(el.shadowRoot, path + ' > ' + name(el));
      if (r.width <= 1 || r.height <= 1 || style.visibility === 'hidden' || el.closest('option, template')) continue;
      if ((r.right > width + 1 || r.left < -1) && !scrollsInside(el)) problems.push('wider than the screen: ' + path + ' > ' + name(el) + ' from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px');
      const interactive = el.matches('a[href], button, select, input:not([type=hidden]), summary, [role=button]');
      if (interactive && style.display !== 'inline' && (r.width < 23.5 || r.height < 23.5)) problems.push('tap target under 24 × 24 px: ' + path + ' > ' + name(el) + ' ' + Math.round(r.width) + ' × ' + Math.round(r.height));
      if (el.matches('input[type=search]') && r.width < Math.min(8 * rem, width - 80)) problems.push('search field collapsed: ' + path + ' > ' + name(el) + ' ' + Math.round(r.width) + ' px wide');
      if (el.matches('button.button, a.button, .icon-button') && r.height < 43.5) problems.push('action under 44 px high: ' + path + ' > ' + name(el) + ' ' + Math.round(r.height) + ' px');
    }
  };
  walk(root.shadowRoot ?? root, label);
  return problems;
})`;
