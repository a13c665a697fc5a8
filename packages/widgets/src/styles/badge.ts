import { css } from 'lit';

/** The overdue badge: it must look the same wherever a contribution is shown (list, detail, answer form). */
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
