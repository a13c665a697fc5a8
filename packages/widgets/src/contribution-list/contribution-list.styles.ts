import { css } from 'lit';

/** The list's own rules; the search form and the items are `listStyles` (styles/list.ts). */
export const contributionListStyles = css`
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
  legend {
    padding: 0 0.25rem;
    font-weight: 700;
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
  [part~='pagination'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
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
