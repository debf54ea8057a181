import { css } from 'lit';

/** `<kompass-hours-editor>`: the week grid, closures, preview and expert field; fits 320 px. */
export const hoursEditorStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }

  fieldset {
    margin: 0.5rem 0;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }

  legend {
    font-weight: 600;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.25rem 0.5rem;
  }

  .range {
    margin-block: 0.25rem;
  }

  label.stack {
    display: flex;
    flex-direction: column;
    font-size: 0.9rem;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-block-size: var(--_target);
  }

  /* The editor's buttons (editor-buttons.styles.ts), narrower for the week grid. */
  button {
    padding-inline: 0.6rem;
    max-inline-size: 100%;
    white-space: normal;
  }

  input,
  textarea {
    font: inherit;
    max-inline-size: 100%;
    box-sizing: border-box;
  }

  input[type='text'] {
    inline-size: 100%;
  }

  /* 24 × 24 px at least (WCAG 2.2, 2.5.8). */
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }

  textarea {
    inline-size: 100%;
    min-block-size: 4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .help {
    margin: 0.2rem 0 0;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }

  .error {
    color: var(--_closed);
    margin: 0.2rem 0;
  }

  .preview table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  .preview caption {
    text-align: start;
    font-weight: 600;
  }

  .preview th,
  .preview td {
    text-align: start;
    padding: 0.2rem 0.4rem 0.2rem 0;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }

  .preview td.closed {
    color: var(--_text-muted);
  }

  summary {
    cursor: pointer;
    min-block-size: var(--_target);
    display: flex;
    align-items: center;
  }

  mark {
    background: var(--_closed);
    color: var(--_on-primary);
  }
`;
