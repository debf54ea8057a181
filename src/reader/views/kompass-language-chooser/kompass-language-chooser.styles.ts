import { css } from 'lit';

export const styles = css`
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: 1rem;
  }
  .search input {
    inline-size: 100%;
    box-sizing: border-box;
    font-size: 1.1rem;
  }
  ul {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: 0.5rem;
  }
  button {
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.5rem 0.75rem;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.1rem;
    border: 2px solid var(--_border);
    border-radius: var(--kompass-button-radius, var(--_radius));
    background: var(--kompass-card-background, var(--_surface));
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  button[aria-current='true'] {
    border-color: var(--_primary);
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .endonym {
    font-size: 1.2rem;
    font-weight: 600;
  }
  .name {
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
`;
