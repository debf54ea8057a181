import { css } from 'lit';

export const reportFormStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: 0.35rem;
    max-inline-size: 40rem;
  }
  label {
    font-weight: 600;
    margin-block-start: 0.5rem;
  }
  textarea,
  input {
    box-sizing: border-box;
    inline-size: 100%;
    padding-block: 0.4rem;
  }
  textarea {
    min-block-size: 7rem;
    resize: vertical;
  }
  .hint {
    margin: 0;
    font-size: 0.875rem;
  }
  .error {
    margin: 0;
    color: var(--_closed);
    font-weight: 600;
  }
  [part='status']:empty {
    display: none;
  }
`;
