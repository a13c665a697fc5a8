import { css } from 'lit';

/** The widget's own rules, after `tokens` and `frameStyles` (headings, base, heading, error box). */
export const agendaStyles = css`
  [part~='status']:empty {
    display: none;
  }
  [part~='list'] {
    display: grid;
    gap: var(--_participe-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='meeting'] {
    display: grid;
    gap: 0.25rem;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
  }
  [part~='title'] {
    font-size: 1.125em;
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
