import { css } from 'lit';

/**
 * The look every Kompass surface shares for its header bar and form fields — the reader's
 * frame, its views and the editor — so a select or search field looks the same everywhere
 * and a fix lands once. Reads the private `--_*` tokens of `tokens.styles.ts`.
 */
export const controls = css`
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding-block-end: 0.5rem;
    border-block-end: 3px solid var(--_primary);
  }

  select,
  input[type='search'],
  input[type='text'],
  input[type='url'],
  input[type='tel'],
  input[type='email'],
  input[type='password'],
  input[type='date'],
  input[type='time'],
  input[type='number'],
  input:not([type]),
  textarea {
    min-block-size: var(--_target);
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
`;
