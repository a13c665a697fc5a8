import { css } from 'lit';

/** Shared by the list and the detail: the overdue badge must look the same in both. */
export const badgeStyles = css`
  [part~='overdue-badge'] {
    display: inline-flex;
    gap: 0.5ch;
    align-items: baseline;
    margin: 0.25rem 0 0;
    padding: 0.125rem 0.5rem;
    border: 2px solid var(--_participe-color-warning);
    border-radius: var(--_participe-radius);
    color: var(--_participe-color-warning);
    background: var(--_participe-color-surface);
    font-weight: 700;
  }
`;

export const listStyles = css`
  h2,
  h3,
  p {
    margin: 0;
  }
  [part~='base'] {
    display: grid;
    gap: var(--_participe-space);
  }
  [part~='heading'] {
    font-size: 1.5em;
  }
  [part~='search'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    align-items: end;
    margin: 0;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface-alt);
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }
  label {
    display: block;
    font-weight: 600;
  }
  [part~='check'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    grid-column: 1 / -1;
  }
  [part~='check'] input {
    width: 1.5rem;
    min-height: 1.5rem;
    flex: none;
  }
  [part~='check'] label {
    font-weight: 400;
  }
  [part~='actions'],
  [part~='pagination'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='summary'] {
    font-weight: 600;
  }
  [part~='items'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* No dimming while the next page loads: faded text would fail contrast; the summary says it. */
  [part~='items'][aria-busy='true'] {
    cursor: progress;
  }
  [part~='item'] {
    display: grid;
    gap: 0.25rem;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
  }
  [part~='item-title'] {
    font-size: 1.125em;
  }
  [part~='item-link'] {
    color: var(--_participe-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button[part~='item-link'] {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
  }
  [part~='item-meta'],
  [part~='item-timing'] {
    color: var(--_participe-color-muted);
  }
  [part~='error'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-danger);
    border-radius: var(--_participe-radius);
    color: var(--_participe-color-danger);
  }
  button:disabled {
    border-color: var(--_participe-color-border);
    color: var(--_participe-color-muted);
    cursor: not-allowed;
  }
`;
