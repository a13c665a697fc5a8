import { ParticipeDiagnostic } from './diagnostic.js';

customElements.define('participe-diagnostic', ParticipeDiagnostic);

declare global {
  interface HTMLElementTagNameMap {
    'participe-diagnostic': ParticipeDiagnostic;
  }
}
