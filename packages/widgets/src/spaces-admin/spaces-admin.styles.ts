import { css } from 'lit';

/** The widget's own rules, after `tokens`, `frameStyles` and the administration's form rules. */
export const spacesAdminStyles = css`
  [part~='status']:empty {
    display: none;
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part~='list'] li {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_participe-space);
    padding: 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
  }
  [part~='list'] li.archived {
    border-style: dashed;
  }
  .facts {
    font-size: 0.9em;
  }
  .badge {
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
    font-size: 0.85em;
  }
`;
