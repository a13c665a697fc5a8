import { css } from 'lit';
import { tokens } from '../styles/tokens.js';

// Layout only; colours, radius and spacing come from the public `--participe-*` tokens.
export const styles = [
  tokens,
  css`
    :host {
      --_participe-gap: calc(var(--_participe-space) * 1.25);
      max-width: 40rem;
    }
    /* FALC: bigger text and more air; only properties change. */
    :host([variant='falc']) {
      --_participe-gap: calc(var(--_participe-space) * 1.75);
      line-height: 1.6;
    }
    form,
    .confirmation,
    .step {
      display: grid;
      gap: var(--_participe-gap);
    }
    h2,
    h3,
    p,
    ul,
    dl {
      margin: 0;
    }
    h2 {
      font-size: 1.375em;
      line-height: 1.25;
    }
    h3 {
      font-size: 1.125em;
    }
    .progress-text {
      display: block;
      font-size: 0.875em;
      font-weight: 400;
      color: var(--_participe-color-muted);
    }
    progress {
      width: 100%;
      height: 0.5rem;
      accent-color: var(--_participe-color-primary);
    }
    .field {
      display: grid;
      gap: 0.375rem;
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    label,
    legend {
      font-weight: 600;
      padding: 0;
    }
    .optional,
    .hint {
      font-weight: 400;
      color: var(--_participe-color-muted);
    }
    .error {
      font-weight: 600;
      color: var(--_participe-color-danger);
    }
    textarea {
      min-height: 9rem;
      resize: vertical;
    }
    .choices {
      display: grid;
      gap: 0.25rem;
    }
    .choice {
      display: grid;
      grid-template-columns: 1.5rem 1fr;
      column-gap: 0.75rem;
      align-items: start;
      padding: 0.5rem 0;
    }
    .choice input {
      width: 1.5rem;
      height: 1.5rem;
      min-height: 0;
      margin: 0.125rem 0 0;
      padding: 0;
      accent-color: var(--_participe-color-primary);
    }
    .choice label {
      font-weight: 400;
    }
    .choice .hint {
      grid-column: 2;
    }
    .nested {
      padding-inline-start: var(--_participe-space);
      border-inline-start: 4px solid var(--_participe-color-border);
    }
    .summary,
    .notice {
      display: grid;
      gap: 0.5rem;
      padding: var(--_participe-space);
      border-radius: var(--_participe-radius);
      border: 3px solid var(--_participe-color-danger);
    }
    .notice {
      border-color: var(--_participe-color-primary);
    }
    .summary ul {
      padding-inline-start: 1.25rem;
    }
    a {
      color: var(--_participe-color-primary);
    }
    .summary a {
      color: var(--_participe-color-danger);
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_participe-space);
      justify-content: space-between;
    }
    .actions .primary {
      margin-inline-start: auto;
    }
    .review-section {
      display: grid;
      gap: 0.5rem;
      padding-bottom: var(--_participe-space);
      border-bottom: 1px solid var(--_participe-color-border);
    }
    dl {
      display: grid;
      gap: 0.25rem;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0 0 0.5rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .review-section button {
      justify-self: start;
    }
    .code {
      font-size: 1.75em;
      font-weight: 700;
      letter-spacing: 0.08em;
      overflow-wrap: anywhere;
    }
    .secret {
      font-family: ui-monospace, monospace;
      overflow-wrap: anywhere;
    }
    .warning {
      font-weight: 600;
      color: var(--_participe-color-warning);
    }
    .link {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
  `,
];
