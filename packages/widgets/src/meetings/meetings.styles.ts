import { css } from 'lit';

export const meetingsStyles = css`
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='row-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='attendance'] .choices {
    display: grid;
    gap: 0.25rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  [part~='conflict'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-warning);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
  }
  [part~='conflict'] > p:first-child {
    color: var(--_participe-color-warning);
    font-weight: 700;
  }
  /* Term beside value where there is room; at 320 px both columns shrink and long words wrap. */
  [part~='theirs'] {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
  }
  [part~='theirs'] dt {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part~='theirs'] dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  [part~='captured'] {
    display: grid;
    gap: 0.25rem;
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-success);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface);
  }
`;
