import { css } from 'lit';

/** The widget's own rules, after `tokens`, `frameStyles`, `listStyles` (the search box) and `guideStyles` (lists, resources, FALC lines). */
export const resourceCentreStyles = css`
  [part~='status']:empty {
    display: none;
  }
  h5 {
    margin: 0;
    font-size: 1em;
  }
  .hint,
  [part~='empty'],
  .meta {
    color: var(--_participe-color-muted);
  }
  [part~='questions'],
  [part~='phases'],
  [part~='results'] {
    display: grid;
    gap: calc(var(--_participe-space) * 0.5);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  .choices button {
    text-align: start;
  }
  [part~='chosen'] {
    background: var(--_participe-color-primary);
    border-color: var(--_participe-color-primary);
    color: var(--_participe-color-on-primary);
  }
  [part~='resources'] {
    display: grid;
    gap: var(--_participe-space);
    padding: 0;
    list-style: none;
  }
  [part~='resource'] {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_participe-color-border);
  }
  [part~='resource-details'] {
    display: grid;
    gap: 0.25rem;
  }
  summary {
    cursor: pointer;
    color: var(--_participe-color-primary);
    font-weight: 600;
  }
`;
