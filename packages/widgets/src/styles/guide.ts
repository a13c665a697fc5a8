import { css } from 'lit';

/** Shared by the guide widgets (cycle, practice library, diagnostic), after `frameStyles`: lists, links, resources, the sheet. */
export const guideStyles = css`
  ul,
  ol {
    margin: 0;
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
  [part~='sheet'] {
    display: grid;
    gap: var(--_participe-space);
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-primary);
    border-radius: var(--_participe-radius);
  }
  /* FALC texts put one idea per line; the breaks are data, kept without building markup. */
  .pt {
    white-space: pre-line;
  }
`;
