import { css } from 'lit';

/** The widget's own rules, after `tokens`, `frameStyles` and the administration's form rules. */
export const staffAdminStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  select {
    font: inherit;
    padding: 0.4rem 0.5rem;
    max-width: 36rem;
  }
  select:focus-visible {
    outline: 3px solid var(--_participe-color-focus);
    outline-offset: 2px;
  }
`;
