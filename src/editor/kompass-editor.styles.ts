import { css } from 'lit';

/** `<kompass-editor>`'s own look; its buttons come from `editor-buttons.styles.ts`, shared with its fields. */

export const styles = css`
  :host {
    --_editor-max: var(--kompass-editor-max-width, 72rem);
    container-type: inline-size;
  }

  .frame {
    max-inline-size: var(--_editor-max);
    margin-inline: auto;
    padding: var(--kompass-editor-padding, var(--_space));
    /* Long words and addresses wrap instead of pushing the page sideways on a phone. */
    overflow-wrap: anywhere;
  }

  fieldset,
  label,
  select,
  input {
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  /* A table wider than a phone (the translations matrix) scrolls inside the page, not the page. */
  .table-scroll {
    position: relative; /* also holds the cells' visually hidden texts, which are positioned */
    max-inline-size: 100%;
    overflow-x: auto;
  }

  h1 {
    flex: 1 1 12rem;
    margin: 0;
    font-size: 1.4rem;
  }

  h2 {
    font-size: 1.2rem;
    margin-block: 1rem 0.5rem;
  }

  h3 {
    font-size: 1.05rem;
    margin-block: 0.75rem 0.25rem;
  }

  select,
  input,
  textarea {
    font: inherit;
    color: var(--_text);
  }

  :is(button, input, select, textarea, a, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  input,
  select,
  textarea {
    box-sizing: border-box;
    padding-block: 0.4rem;
  }

  /* 24 × 24 px at least (WCAG 2.2, 2.5.8), also in a row that is short of room. */
  input[type='checkbox'],
  input[type='radio'] {
    min-block-size: auto;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }

  textarea {
    inline-size: 100%;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_closed);
    border-width: 2px;
  }

  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
  }

  .required,
  .error,
  .messages .error,
  .sev.error {
    color: var(--_closed);
  }

  .messages {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
    font-size: 0.9rem;
  }

  .messages .warning,
  .sev.warning {
    color: var(--_text-muted);
  }

  .help {
    margin: 0.2rem 0 0;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }

  .notice:empty {
    display: none;
  }

  .connection.offline,
  .publish.queued .publish-state {
    font-weight: 700;
    color: var(--_closed);
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block: 0.75rem;
  }

  .tabs button[aria-current='page'],
  .tabs button.active {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .badge {
    display: inline-block;
    padding-inline: 0.4rem;
    border-radius: 1rem;
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.8rem;
  }

  .badge.error {
    background: var(--_closed);
    color: var(--_on-primary);
  }

  .publish {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .publish-form,
  .filters,
  .form-top {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }

  .filters label,
  .publish-form label:not(.check) {
    display: flex;
    flex-direction: column;
    max-inline-size: 100%;
  }

  /* A long choice ("Mit fehlenden Übersetzungen") must not widen the list past a 320 px screen. */
  .filters select,
  .filters input {
    max-inline-size: 100%;
  }

  .items {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }

  .item-link {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    inline-size: 100%;
    text-align: start;
    color: var(--_text);
  }

  .item-name {
    font-weight: 600;
  }

  .item-id {
    font-size: 0.85rem;
    font-weight: 400;
    color: var(--_text-muted);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    margin-block: 0.6rem;
  }

  .field label,
  legend {
    font-weight: 600;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    min-block-size: var(--_target);
  }

  fieldset {
    margin-block: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Not as wide as its widest content (the default): nested fieldsets would widen a 320 px screen. */
    min-inline-size: 0;
  }

  .pair {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 0.75rem;
    align-items: start;
    border-block-start: 1px dashed var(--_border);
  }

  @container (max-width: 40rem) {
    .pair {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .source-text {
    padding: 0.5rem;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .source-text pre {
    white-space: pre-wrap;
    font: inherit;
    margin: 0;
  }

  .pair-label {
    display: block;
    font-size: 0.85rem;
    color: var(--_text-muted);
  }

  .state {
    display: inline-block;
    margin-block: 0.25rem;
    padding-inline: 0.4rem;
    border-radius: 1rem;
    font-size: 0.8rem;
    border: 1px solid currentColor;
  }

  .state.missing,
  .cell.missing,
  .cell .cell-button.missing {
    color: var(--_closed);
  }

  .state.outdated,
  .cell.outdated,
  .cell .cell-button.outdated {
    color: #8a4b00;
  }

  .state.machine,
  .cell.machine,
  .cell .cell-button.machine {
    color: #5b3a99;
  }

  .state.done,
  .cell.done,
  .cell .cell-button.done {
    color: var(--_open);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }

  .preview {
    margin-block-start: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .hours-preview table,
  table.matrix,
  table.diff {
    border-collapse: collapse;
    margin-block: 0.5rem;
  }

  /*
   * The matrix keeps its words whole (the frame's overflow-wrap: anywhere would let a table
   * squeeze a column to one letter a line): on a phone it scrolls sideways in its region instead.
   */
  table.matrix {
    overflow-wrap: normal;
  }

  table.matrix th[scope='row'] {
    min-inline-size: 10rem;
  }

  /* Field, before, after: three columns that share the width, whatever the texts. */
  table.diff {
    table-layout: fixed;
    inline-size: 100%;
  }

  th,
  td {
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  /* The space of the matrix rows not drawn (virtual-rows.ts). */
  tr.spacer > td {
    padding: 0;
    border: 0;
  }

  tr.today {
    font-weight: 700;
  }

  .now.open {
    color: var(--_open);
    font-weight: 700;
  }

  .now.closed {
    color: var(--_closed);
    font-weight: 700;
  }

  mark {
    background: var(--_closed);
    color: var(--_on-primary);
    padding-inline: 0.1rem;
  }

  .cell-button {
    min-inline-size: 6rem;
    color: inherit;
  }

  .cell-fields {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }

  ul.chosen {
    list-style: none;
    margin: 0 0 0.25rem;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }

  ul.chosen li {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding-inline-start: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
  }

  ul.chosen .remove {
    min-inline-size: 24px;
    min-block-size: 24px;
    border-radius: 1rem;
  }

  .merge-table textarea {
    display: block;
    inline-size: 100%;
    min-inline-size: 14rem;
    margin-block-start: 0.25rem;
  }

  tr.conflict {
    background: var(--_surface-alt);
  }

  del {
    color: var(--_closed);
  }

  ins {
    color: var(--_open);
    text-decoration: none;
  }

  .summary {
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_closed);
    border-radius: var(--_radius);
  }

  .danger {
    margin-block-start: 1.5rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }


  .signin {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    max-inline-size: 32rem;
  }

  details.advanced {
    margin-block: 1rem;
  }
  details.advanced > summary {
    cursor: pointer;
    min-block-size: 24px;
    padding-block: 0.25rem;
  }

  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
    }
  }
`;
