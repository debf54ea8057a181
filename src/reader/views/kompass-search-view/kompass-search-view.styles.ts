import { css } from 'lit';

/** The search view: the field, filters, results with highlighted words, suggestions. Logical properties only. */
/** The search field is never narrower than 10rem (it grows with the text): with large text the button moves below it. */
export const styles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }

  form input {
    flex: 1 1 10rem;
    min-inline-size: min(100%, 10rem);
    min-block-size: var(--_target);
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }

  select {
    min-block-size: var(--_target);
    font: inherit;
  }

  /* Bold and underlined on the alternative surface: legible in light and dark mode alike. */
  mark {
    background: var(--kompass-search-mark-background, var(--_surface-alt));
    color: inherit;
    font-weight: 700;
    text-decoration: underline 2px var(--_primary);
    text-underline-offset: 0.2em;
    border-radius: 0.15em;
  }

  .kind {
    font-size: 0.85rem;
  }

  .summary {
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    font-size: 0.9rem;
  }

  .recent {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }

  button.link {
    min-block-size: var(--_target);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
