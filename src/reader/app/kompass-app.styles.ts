import { css } from 'lit';

export const styles = css`
  :host {
    min-block-size: 12rem;
    border-radius: var(--kompass-app-radius, var(--_radius));
    container-type: inline-size;
    /* Inherited by every view: a long word (German compounds, URLs) breaks rather than
       pushing the page sideways, and counts so in flex and grid sizing. */
    overflow-wrap: anywhere;
  }

  .frame {
    padding: var(--kompass-app-padding, var(--_space));
  }

  [part='header'] {
    margin-block-end: 0.5rem;
  }

  /* One row on a phone: back, the town's name (shortened with … on inner pages), the
     language picker and the gear. */
  [part='header'] {
    flex-wrap: nowrap;
  }

  .brand {
    flex: 1 1 0;
    min-inline-size: 0;
    display: flex;
    align-items: center;
    min-block-size: var(--_target);
    font-size: var(--kompass-heading-size, 1.25rem);
    font-weight: 700;
    color: var(--_text);
    text-decoration: none;
  }

  .inner .brand {
    display: block;
    align-content: center;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    line-height: var(--_target);
  }

  .icon-button {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_target);
    block-size: var(--_target);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }

  /* Mirror the back arrow for right-to-left languages. */
  [dir='rtl'] .icon-button.back svg {
    transform: scaleX(-1);
  }

  .language {
    position: relative;
    flex: 0 1 auto;
    min-inline-size: 0;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    color: var(--_primary);
  }

  select {
    min-inline-size: 0;
    max-inline-size: 12rem;
  }

  /* Narrow (a phone, or large text): the picker is the globe, 44 px, with the native select
     laid over it (transparent), so tapping it opens the device's own list. */
  @container (max-width: 30rem) {
    .language {
      flex: none;
      justify-content: center;
      inline-size: var(--_target);
      block-size: var(--_target);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .language select {
      position: absolute;
      inset: -1px; /* over the border too: the whole 44 px square is the control */
      inline-size: auto;
      min-block-size: 0;
      max-inline-size: none;
      opacity: 0;
      cursor: pointer;
    }

    .language:focus-within {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.4rem;
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }

  .status .dot {
    inline-size: 0.6rem;
    block-size: 0.6rem;
    border-radius: 50%;
    background: var(--_open);
  }

  .status.offline .dot {
    background: var(--_closed);
  }

  .status progress {
    inline-size: 6rem;
  }

  /* Inner pages: one short line (online/offline, progress while syncing); the time of the
     last update is on home and in settings. */
  .status.compact {
    margin-block-end: 0.25rem;
    font-size: 0.8rem;
  }

  .status.compact .muted {
    display: none;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    margin: 0 0 0.75rem;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .notice.error {
    border-inline-start-color: var(--_closed);
  }

  .link {
    min-block-size: var(--_target);
    padding-inline: 0.5rem;
    border: none;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .button {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    padding-inline: 1rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  h2 {
    margin-block: 0 0.75rem;
    font-size: 1.4rem;
  }

  [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin-block-start: 1.5rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875rem;
  }

  [part='footer'] a {
    color: var(--_primary);
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }

  @media print {
    [part='header'] select,
    .icon-button,
    .status,
    .live {
      display: none;
    }
  }
`;
