import { svg, type SVGTemplateResult } from 'lit';
import type { IconName } from '../../pack/icon-names.js';

/**
 * The icon set content may name (categories, guides). Simple 24×24 line drawings,
 * decorative only: the text next to them says what they mean.
 */
const PATHS: Record<IconName, SVGTemplateResult> = {
  building: svg`<path d="M4 21V8l8-5 8 5v13M9 21v-6h6v6M3 21h18M8 11h.01M12 11h.01M16 11h.01"/>`,
  chat: svg`<path d="M4 5h16v11H9l-5 4z"/><path d="M8 9h8M8 12h5"/>`,
  book: svg`<path d="M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z"/>`,
  briefcase: svg`<path d="M3 8h18v12H3zM8 8V5h8v3M3 13h18"/>`,
  heart: svg`<path d="M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z"/>`,
  stethoscope: svg`<path d="M6 3v6a4 4 0 0 0 8 0V3M10 13v3a4 4 0 0 0 8 0v-2"/><circle cx="18" cy="12" r="2"/>`,
  school: svg`<path d="M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6"/>`,
  child: svg`<circle cx="12" cy="5" r="2.5"/><path d="M12 8v7M7 11l5-2 5 2M9 21l3-6 3 6"/>`,
  home: svg`<path d="M3 11l9-7 9 7M5 10v10h14V10M10 20v-6h4v6"/>`,
  basket: svg`<path d="M3 10h18l-2 10H5zM8 10l4-6 4 6M9 14v3M15 14v3"/>`,
  ball: svg`<circle cx="12" cy="12" r="9"/><path d="M12 3v18M3 12h18M5.6 5.6c4 3 8.8 3 12.8 0M5.6 18.4c4-3 8.8-3 12.8 0"/>`,
  music: svg`<path d="M9 18V5l11-2v13"/><circle cx="6" cy="18" r="3"/><circle cx="17" cy="16" r="3"/>`,
  siren: svg`<path d="M6 18v-6a6 6 0 0 1 12 0v6M4 18h16v3H4zM12 2v2M4 6l1.5 1.5M20 6l-1.5 1.5"/>`,
  phone: svg`<path d="M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z"/>`,
  document: svg`<path d="M6 2h9l5 5v15H6zM14 2v6h6M9 13h8M9 17h8"/>`,
  euro: svg`<path d="M18 6a7 7 0 1 0 0 12M4 10h10M4 14h10"/>`,
  map: svg`<path d="M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z"/><circle cx="12" cy="9" r="2.5"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>`,
  people: svg`<circle cx="9" cy="8" r="3"/><circle cx="17" cy="9" r="2.5"/><path d="M3 20a6 6 0 0 1 12 0M14 20a4.5 4.5 0 0 1 7-3.7"/>`,
  language: svg`<path d="M3 5h10M8 3v2M5 5c0 5 4 8 8 9M11 5c-1 5-4 8-8 10M13 21l4-10 4 10M14.5 17h5"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  search: svg`<circle cx="11" cy="11" r="6.5"/><path d="M16 16l5 5"/>`,
  settings: svg`<circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1"/>`,
  back: svg`<path d="M15 5l-7 7 7 7"/>`,
  check: svg`<path d="M5 12l5 5 9-10"/>`,
  mail: svg`<path d="M3 5h18v14H3zM3 6l9 7 9-7"/>`,
  globe: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>`,
  speaker: svg`<path d="M4 9h4l5-4v14l-5-4H4zM17 8a5 5 0 0 1 0 8M19.5 5.5a9 9 0 0 1 0 13"/>`,
  share: svg`<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="5" r="2.5"/><circle cx="18" cy="19" r="2.5"/><path d="M8.3 11l7.4-4.8M8.3 13l7.4 4.8"/>`,
  wheelchair: svg`<circle cx="11" cy="4" r="2"/><path d="M11 7v7h6l2 5M11 10h5M8 10.5A6 6 0 1 0 15 19"/>`,
  flag: svg`<path d="M5 21V4M5 4h12l-2 4 2 4H5"/>`,
  calendar: svg`<path d="M4 6h16v14H4zM4 10h16M8 3v4M16 3v4"/>`,
  print: svg`<path d="M7 8V3h10v5M5 17H3V9h18v8h-2M7 14h10v7H7z"/>`,
};


/** An icon as inline SVG; unknown names fall back to `info`. Always hidden from assistive technology. */
export function icon(name: string | undefined, size = 24): SVGTemplateResult {
  return svg`<svg class="icon" width=${size} height=${size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${PATHS[(name ?? '') as IconName] ?? PATHS.info}</svg>`;
}
