import { css } from 'lit';

/** The page tree, the event's time rows and the notice's state: logical properties only, so right-to-left needs nothing more. */
export const contentFormStyles = css`
  .items.tree .items.tree {
    margin-inline-start: 1.5rem;
    margin-block-start: 0.25rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 2px solid var(--_border);
  }

  .tree-row {
    display: flex;
    gap: 0.25rem;
    align-items: stretch;
  }

  .tree-row .item-link {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .tree-move {
    display: flex;
    gap: 0.25rem;
    flex: none;
  }

  .field select,
  .month-day select {
    max-inline-size: 100%;
  }

  .date-row,
  .month-day,
  .weekdays {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }

  .next-dates ol {
    margin-block: 0.25rem;
    padding-inline-start: 1.5rem;
  }

  .notice-state {
    font-weight: 600;
  }
`;
