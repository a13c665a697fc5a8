import { css } from 'lit';

export const diagnosticStyles = css`
  [part~='intro'],
  [part~='step'],
  [part~='review'],
  [part~='results'],
  [part~='group'] {
    display: grid;
    /* One column no wider than the widget: a wide table scrolls in its region, the page not (RGAA 10.11). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_participe-space);
  }
  [part~='notice'] {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_participe-color-primary);
    background: var(--_participe-color-surface-alt);
  }
  [part~='progress-label'] {
    font-weight: 600;
  }
  [part~='progress'] {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_participe-color-primary);
  }
  [part~='step-title'] {
    font-size: 1.25em;
  }
  fieldset,
  [part~='question'] {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
  }
  legend,
  [part~='question-label'] {
    padding: 0;
    font-weight: 700;
  }
  .required,
  [part~='help'],
  [part~='hint'] {
    color: var(--_participe-color-muted);
    font-weight: 400;
  }
  [part~='choices'] {
    display: grid;
    gap: 0.25rem;
  }
  [part~='choice'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 44px;
  }
  [part~='choice'] input {
    flex: none;
    width: 1.5rem;
    min-height: 1.5rem;
    margin: 0;
  }
  [part~='field-error'],
  [part~='step-error'] {
    color: var(--_participe-color-danger);
    font-weight: 600;
  }
  [part~='step-error'] {
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_participe-color-danger);
    border-radius: var(--_participe-radius);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='answers'] {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  [part~='answer'] {
    display: grid;
    gap: 0.25rem;
    padding-block-end: 0.5rem;
    border-bottom: 1px solid var(--_participe-color-border);
  }
  dt {
    font-weight: 600;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0;
  }
  .typed {
    white-space: pre-wrap;
  }
  [part~='figure'] {
    display: grid;
    gap: 0.5rem;
    justify-items: center;
    margin: 0;
  }
  [part~='radar'] {
    width: 100%;
    max-width: 26rem;
    height: auto;
  }
  .grid polygon,
  .grid line {
    fill: none;
    stroke: var(--_participe-color-border);
    stroke-width: 1;
  }
  .axis {
    fill: var(--_participe-color-text);
    /* In the radar's own units: about 14 px on screen when it is drawn 290 px wide on a phone. */
    font-size: 17px;
    font-weight: 700;
    text-anchor: middle;
  }
  .series polygon,
  .series line {
    fill: none;
    stroke: var(--_participe-color-text);
    stroke-width: 2.5;
  }
  .series.filled polygon {
    fill: var(--_participe-color-primary);
    fill-opacity: 0.25;
    stroke: var(--_participe-color-primary);
  }
  .series circle,
  .series rect,
  .series path {
    fill: var(--_participe-color-text);
    stroke: var(--_participe-color-surface);
    stroke-width: 1;
  }
  .series path.open {
    fill: none;
    stroke: var(--_participe-color-text);
    stroke-width: 2.5;
  }
  .series-1 polygon,
  .series-1 line {
    stroke: var(--_participe-color-primary);
  }
  .series-1 circle,
  .series-1 rect,
  .series-1 path:not(.open) {
    fill: var(--_participe-color-primary);
  }
  .series-2 polygon,
  .series-2 line {
    stroke: var(--_participe-color-warning);
  }
  .series-2 circle,
  .series-2 rect,
  .series-2 path:not(.open) {
    fill: var(--_participe-color-warning);
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    padding: 0;
    list-style: none;
  }
  [part~='legend'] li {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~='legend'] .sample {
    flex: none;
  }
  /* A data table a keyboard can scroll when it is wider than the widget; it fits where it can. */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  [part~='table'] {
    width: 100%;
    border-collapse: collapse;
  }
  [part~='table'] caption {
    font-weight: 700;
    text-align: start;
    padding-block-end: 0.5rem;
  }
  [part~='table'] th,
  [part~='table'] td {
    padding: 0.375rem 0.5rem;
    /* Long words (a dimension's name, a level's sentence) wrap rather than widen the table. */
    overflow-wrap: break-word;
    hyphens: auto;
    border-bottom: 1px solid var(--_participe-color-border);
    text-align: start;
    vertical-align: top;
  }
  [part~='table'] thead th {
    border-bottom-width: 2px;
  }
  [part~='recommendations'] {
    display: grid;
    gap: var(--_participe-space);
  }
  [part~='recommendation'] {
    display: grid;
    gap: 0.375rem;
  }
  [part~='share'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_participe-space);
    border: 1px solid var(--_participe-color-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-color-surface-alt);
  }
`;
