import { ParticipeCycle } from './cycle.js';

customElements.define('participe-cycle', ParticipeCycle);

declare global {
  interface HTMLElementTagNameMap {
    'participe-cycle': ParticipeCycle;
  }
}
