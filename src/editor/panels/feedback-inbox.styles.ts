import { css } from 'lit';

/** Styles of the readers' reports (feedback-inbox.ts), inside the editor's shadow root. */
export const feedbackStyles = css`
  .feedback-inbox .reports {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }

  .feedback-inbox .report {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .feedback-inbox .report p {
    margin-block: 0.25rem;
  }

  .report-meta {
    font-size: 0.875rem;
  }

  .report-message {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .report-contact {
    overflow-wrap: anywhere;
  }
`;
