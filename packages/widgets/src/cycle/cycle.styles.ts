import { css } from 'lit';

export const cycleStyles = css`
  /*
   * How to use the wheel with the keyboard: said to people who have one, not on a screen used
   * by touch, where it only pushes the content down (the only widget with such a hint).
   */
  @media (hover: none) and (pointer: coarse) {
    [part~='keys'] {
      display: none;
    }
  }
  [part~='intro'],
  [part~='keys'],
  [part~='legend'] {
    color: var(--_participe-color-muted);
  }
  [part~='where'] {
    display: grid;
    gap: 0.25rem;
    padding: var(--_participe-space);
    border-inline-start: 6px double var(--_participe-color-text);
    background: var(--_participe-color-surface-alt);
  }
  blockquote {
    margin: 0;
    font-style: italic;
  }
  [part~='wheel'] {
    display: block;
    width: 100%;
    max-width: 30rem;
    height: auto;
    margin-inline: auto;
    overflow: visible;
  }
  /*
   * A phone (320–480 px): the wheel would draw its labels at 8–9 px. It shows each phase's
   * number instead, about 30 px high, and the list below it says what each number is, at the
   * text's size. The container's width, not the screen's: a narrow column on a desktop too.
   */
  .wheel-box {
    container-type: inline-size;
  }
  .digit,
  .phase-key {
    display: none;
  }
  .phase-key {
    gap: 0.25rem;
    margin: var(--_participe-space) 0 0;
    padding: 0;
    list-style: none;
  }
  @container (max-width: 479px) {
    .number,
    .label {
      display: none;
    }
    .digit {
      display: inline;
    }
    .hub-text {
      font-size: 22px;
    }
    .phase-key {
      display: grid;
    }
  }
  /* The same at any width when the labels would overlap (cycle.ts, #checkLabels). */
  .numbered .number,
  .numbered .label {
    display: none;
  }
  .numbered .digit {
    display: inline;
  }
  .numbered .hub-text {
    font-size: 22px;
  }
  .numbered .phase-key {
    display: grid;
  }
  .phase-key li {
    cursor: pointer;
  }
  .phase-key .key-n {
    display: inline-block;
    min-width: 2.5em;
    font-weight: 700;
  }
  .phase-key .selected {
    font-weight: 700;
    text-decoration: underline;
  }
  [part~='phase'] {
    cursor: pointer;
    outline: none;
  }
  .sector {
    fill: var(--_participe-color-surface);
    stroke: var(--_participe-color-border);
    stroke-width: 2;
  }
  .current-ring {
    fill: none;
    stroke: var(--_participe-color-text);
    stroke-width: 5;
    stroke-dasharray: 10 5;
  }
  [part~='phase'][aria-selected='true'] .sector {
    fill: var(--_participe-color-primary);
    stroke: var(--_participe-color-primary);
  }
  [part~='phase'][aria-selected='true'] text {
    fill: var(--_participe-color-on-primary);
  }
  [part~='phase']:focus-visible .sector {
    stroke: var(--_participe-color-focus);
    stroke-width: 6;
  }
  [part~='phase']:hover .sector {
    stroke-width: 4;
  }
  text {
    fill: var(--_participe-color-text);
    font-family: inherit;
    text-anchor: middle;
  }
  .number {
    font-size: 16px;
    font-weight: 700;
  }
  .label {
    font-size: 12.5px;
  }
  .hub {
    fill: var(--_participe-color-surface-alt);
    stroke: var(--_participe-color-border);
    stroke-width: 2;
  }
  .hub-text {
    font-size: 16px;
    font-weight: 700;
  }
  .digit {
    font-size: 44px;
    font-weight: 700;
  }
  /*
   * Forced colours (Windows high contrast): the wheel is painted in system colours, its own
   * being ignored or lost. Phases on Canvas with CanvasText outlines; the open one filled
   * with Highlight; the group's current one with its dashed ring in Highlight (HighlightText
   * when it is the open one), besides its star; focus a thick ring the phase does not have.
   * Checked on screenshots by test/storybook-display.test.ts.
   */
  @media (forced-colors: active) {
    [part~='wheel'] {
      forced-color-adjust: none;
    }
    .sector,
    .hub {
      fill: Canvas;
      stroke: CanvasText;
    }
    text {
      fill: CanvasText;
    }
    .current-ring {
      stroke: Highlight;
      stroke-width: 8;
    }
    [part~='phase'][aria-selected='true'] .sector {
      fill: Highlight;
      stroke: Highlight;
    }
    [part~='phase'][aria-selected='true'] text {
      fill: HighlightText;
    }
    [part~='phase'][aria-selected='true'] .current-ring {
      stroke: HighlightText;
    }
    [part~='phase']:focus-visible .sector {
      stroke: Highlight;
    }
    [part~='phase'][aria-selected='true']:focus-visible .sector {
      stroke: CanvasText;
    }
  }
  [part~='sheet'] > header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: start;
    justify-content: space-between;
  }
  [part~='sheet-title'] {
    font-size: 1.25em;
  }
  [part~='sheet-section'] {
    display: grid;
    gap: 0.5rem;
  }
  [part~='guide'] {
    display: grid;
    gap: 0.75rem;
  }
  [part~='guide-entries'] {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  [part~='guide-question'] {
    width: 100%;
    text-align: start;
    font-weight: 600;
  }
  [part~='guide-question'][aria-expanded='true'] {
    border-style: double;
    border-width: 4px;
  }
  [part~='guide-answer'] {
    display: grid;
    gap: 0.5rem;
    padding: 0.5rem var(--_participe-space) var(--_participe-space);
  }
  [part~='journey'] .moves {
    display: grid;
    gap: var(--_participe-space);
    padding-inline-start: 1.5rem;
  }
  [part~='move'] p {
    margin: 0;
  }
  [part~='move'] blockquote,
  [part~='evaluation'] blockquote,
  [part~='evaluation'] dd {
    white-space: pre-line;
  }
  [part~='evaluation'] dt {
    font-weight: bold;
  }
  [part~='evaluation'] dd {
    margin-inline-start: 0;
    margin-block-end: 0.5rem;
  }
  [part~='steering'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_participe-space);
    border: 2px solid var(--_participe-color-primary);
    border-radius: var(--_participe-radius);
  }
  [part~='steering'] h3:focus-visible {
    outline: 3px solid var(--_participe-color-focus);
  }
  [part~='steering-status']:empty {
    display: none;
  }
  [part~='steering'] .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='steering-form'],
  [part~='steering-form'] fieldset,
  [part~='steering'] .field {
    display: grid;
    gap: 0.25rem;
  }
  [part~='steering-form'] {
    gap: var(--_participe-space);
  }
  [part~='steering'] .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='steering'] textarea {
    font: inherit;
    padding: 0.4rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
  }
  [part~='steering'] [aria-invalid='true'] {
    outline: 2px solid var(--_participe-color-danger);
  }
  [part~='steering'] .hint {
    font-size: 0.9em;
  }
  [part~='field-error'] {
    color: var(--_participe-color-danger);
    font-weight: 600;
    margin: 0;
  }
  [part~='steering'] button.primary {
    background: var(--_participe-color-primary);
    color: var(--_participe-color-on-primary);
  }
  [part~='steering'] button:disabled {
    opacity: 0.7;
    cursor: not-allowed;
  }
`;
