import { css } from 'lit';

/**
 * The editor's buttons (plain, primary, danger, link), one set of rules for `<kompass-editor>`
 * and the fields it renders in their own shadow roots (`<kompass-hours-editor>`). Reads the
 * private `--_*` tokens of `tokens.styles.ts`; comes before a component's own styles.
 */
export const editorButtons = css`
  button {
    min-block-size: var(--_target);
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
  }

  button:disabled {
    color: var(--_text-muted);
    cursor: not-allowed;
  }

  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }

  button.primary:disabled {
    background: var(--_surface-alt);
    color: var(--_text-muted);
  }

  button.danger-button {
    border-color: var(--_closed);
    color: var(--_closed);
  }

  button.link {
    min-block-size: auto;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    text-decoration: underline;
  }
`;
