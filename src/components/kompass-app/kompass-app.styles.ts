import { css } from 'lit';

export const styles = css`
  :host {
    min-block-size: 12rem;
    padding: var(--kompass-app-padding, var(--_space));
    border-radius: var(--kompass-app-radius, var(--_radius));
  }

  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1rem;
    padding-block-end: 0.75rem;
    border-block-end: 2px solid var(--_primary);
    margin-block-end: var(--_space);
  }

  h1 {
    margin: 0;
    font-size: var(--kompass-heading-size, 1.5rem);
    line-height: 1.2;
    color: var(--_text);
  }

  p {
    margin-block: 0 0.75rem;
  }

  .notice {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_closed);
    background: var(--_surface-alt);
  }
`;
