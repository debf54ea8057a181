import { css } from 'lit';
import { controls } from './controls.styles.js';

/**
 * Shared look of Kompass's views: headings, cards, buttons, lists, badges. Logical properties only.
 * Filters reflow on a phone: a fieldset is as wide as its widest content by default
 * (min-inline-size: min-content), and a select as wide as its longest option; both shrink.
 */
export const viewStyles = [
  controls,
  css`
  :host {
    display: block;
    background: transparent;
  }

  h2 {
    margin-block: 0 0.75rem;
    font-size: var(--kompass-view-heading-size, 1.4rem);
    line-height: 1.25;
    color: var(--_text);
  }

  h2:focus {
    outline: none;
  }

  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }

  h3 {
    margin-block: 1.25rem 0.5rem;
    font-size: 1.1rem;
    line-height: 1.3;
  }

  p,
  ul,
  ol {
    margin-block: 0 0.75rem;
  }

  ul,
  ol {
    padding-inline-start: 1.5rem;
  }

  a {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .icon {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  .muted {
    color: var(--_text-muted);
  }

  .cards {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    margin: 0 0 1rem;
    list-style: none;
  }

  .cards.grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10.5rem), 1fr));
  }

  .card {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: var(--_target);
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--kompass-card-radius, var(--_radius));
    background: var(--kompass-card-background, var(--_surface));
    color: var(--_text);
    text-decoration: none;
  }

  a.card:hover {
    border-color: var(--_primary);
  }

  .card .title {
    font-weight: 600;
    color: var(--_primary);
  }

  .card .body {
    display: grid;
    gap: 0.15rem;
    min-inline-size: 0;
    flex: 1;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0.5rem;
    padding-inline: 0.9rem;
    border: 1px solid var(--_primary);
    border-radius: var(--kompass-button-radius, var(--_radius));
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    text-transform: none;
    letter-spacing: normal;
    cursor: pointer;
  }

  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.75rem;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding-inline: 0.5rem;
    border-radius: 1rem;
    font-size: 0.875rem;
    font-weight: 600;
    border: 1px solid currentColor;
  }

  .badge.open {
    color: var(--_open);
  }

  .badge.closed {
    color: var(--_closed);
  }

  /* By appointment: neither the open green nor the closed red. */
  .badge.appointment {
    color: var(--_text);
    border-style: dashed;
  }

  .fallback-note {
    font-size: 0.875rem;
    color: var(--_text-muted);
    font-style: italic;
  }

  .notice {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    margin-block: 0 1rem;
  }

  .notice.warning {
    border-inline-start-color: var(--_closed);
  }

  dl.facts {
    display: grid;
    grid-template-columns: minmax(0, max-content) 1fr;
    gap: 0.4rem 1rem;
    margin-block: 0 1rem;
  }

  dl.facts dt {
    font-weight: 600;
  }

  dl.facts dd {
    margin: 0;
  }

  @media (max-width: 30rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-block-end: 0.5rem;
    }
  }

  /* Filter and sort controls of a list or of the search. */
  fieldset.filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
    min-inline-size: 0;
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .filters legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }

  .filters label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    max-inline-size: 100%;
    min-block-size: var(--_target);
  }

  .filters select {
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    accent-color: var(--_primary);
    margin: 0;
  }

  @media print {
    .actions,
    .no-print {
      display: none !important;
    }
    a {
      color: inherit;
    }
    a[href^='https:']::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
      unicode-bidi: isolate;
    }
  }
`,
];
