import { css } from 'lit';

export const pageViewStyles = css`
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
  }
  nav li:not(:first-child)::before {
    /* A slash reads the same in both directions, so right-to-left needs nothing special. */
    content: '/';
    margin-inline-end: 0.5rem;
    color: var(--_text-muted);
  }
  nav a {
    display: inline-block;
    padding-block: 0.25rem;
  }
  .text {
    margin-block-end: 1rem;
  }
  .card .icon {
    color: var(--_primary);
    flex: none;
  }
`;
