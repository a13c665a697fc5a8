import { css } from 'lit';

/** The widget's own rules, after `tokens`, `frameStyles` and `listStyles` (the items and their title). */
export const agendaStyles = css`
  [part~='status']:empty {
    display: none;
  }
  [part~='cancelled'] {
    color: var(--_participe-color-danger);
  }
  [part~='when'] {
    font-weight: 600;
  }
  [part~='access'],
  [part~='empty'] {
    color: var(--_participe-color-muted);
  }
  a {
    color: var(--_participe-color-primary);
    text-underline-offset: 0.15em;
  }
`;
