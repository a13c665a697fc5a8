// The floor for the same first step: a hand-written LitElement showing what the form's
// first step shows (heading, progress, four radio choices with hints, a button), asking the
// real API for the space as the form does. No state machine, no translations, no drafts.
import { css, html, LitElement } from 'lit';
import { askForSpace, STEP } from './first-step.js';

class BenchBareStep extends LitElement {
  static override styles = css`
    :host { display: block; max-width: 40rem; font: inherit; }
    fieldset { border: 0; padding: 0; margin: 1rem 0; }
    legend { font-weight: 600; margin-block-end: 0.5rem; }
    .choice { display: grid; grid-template-columns: auto 1fr; gap: 0 0.5rem; margin-block: 0.5rem; }
    .hint { grid-column: 2; color: #555; }
    button { margin-top: 1rem; padding: 0.5rem 1rem; font: inherit; }
  `;

  override connectedCallback() {
    super.connectedCallback();
    void askForSpace();
  }

  override render() {
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
      <h2>${STEP.title}</h2>
      <p>${STEP.progress}</p>
      <fieldset>
        <legend>${STEP.legend}</legend>
        ${STEP.choices.map(
          ([value, label, hint]) => html`<div class="choice">
            <input type="radio" id=${value} name="kind" value=${value} aria-describedby=${`${value}-hint`} />
            <label for=${value}>${label}</label><span class="hint" id=${`${value}-hint`}>${hint}</span>
          </div>`,
        )}
      </fieldset>
      <button type="submit">${STEP.next}</button>
    </form>`;
  }
}

customElements.define('bench-bare-step', BenchBareStep);
document.body.append(document.createElement('bench-bare-step'));
