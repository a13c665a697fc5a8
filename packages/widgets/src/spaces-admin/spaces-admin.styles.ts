import { css } from 'lit';

/** The widget's own rules, after `tokens`, `frameStyles` and the administration's form rules. */
export const spacesAdminStyles = css`
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
