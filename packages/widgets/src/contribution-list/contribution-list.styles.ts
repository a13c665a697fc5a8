import { css } from 'lit';

/** The list's own rules, after `frameStyles` and `listStyles` (the search form and the items). */
export const contributionListStyles = css`
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
  button:disabled {
    border-color: var(--_participe-color-border);
    color: var(--_participe-color-muted);
    cursor: not-allowed;
  }
`;
