import { css } from 'lit';

/** Shared by the guide widgets (cycle, practice library, diagnostic): headings, lists, resources. */
export const guideStyles = css`
  h2,
  h3,
  h4,
  p,
  ul,
  ol {
    margin: 0;
  }
  [part~='base'] {
    display: grid;
    gap: var(--_participe-space);
  }
  [part~='heading'] {
    font-size: 1.5em;
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
  a {
    color: var(--_participe-color-primary);
    text-underline-offset: 0.15em;
  }
  .list {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 1.25rem;
  }
  [part~='resources'] {
    display: grid;
    gap: 0.75rem;
    padding: 0;
    list-style: none;
  }
  [part~='resource'] {
    display: grid;
    gap: 0.125rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_participe-color-border);
  }
  [part~='resource'] .meta {
    color: var(--_participe-color-muted);
  }
  .title {
    font-weight: 700;
  }
  /* FALC texts put one idea per line; the breaks are data, kept without building markup. */
  .pt {
    white-space: pre-line;
  }
`;
