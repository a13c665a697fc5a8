import { ParticipeSpaceComposition } from './space-composition.js';

customElements.define('participe-space-composition', ParticipeSpaceComposition);

declare global {
  interface HTMLElementTagNameMap {
    'participe-space-composition': ParticipeSpaceComposition;
  }
}
