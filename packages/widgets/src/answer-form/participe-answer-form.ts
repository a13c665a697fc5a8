import { ParticipeAnswerForm } from './answer-form.js';

customElements.define('participe-answer-form', ParticipeAnswerForm);

declare global {
  interface HTMLElementTagNameMap {
    'participe-answer-form': ParticipeAnswerForm;
  }
}
