import { ParticipeResourceCentre } from './resource-centre.js';

customElements.define('participe-resource-centre', ParticipeResourceCentre);

declare global {
  interface HTMLElementTagNameMap {
    'participe-resource-centre': ParticipeResourceCentre;
  }
}
