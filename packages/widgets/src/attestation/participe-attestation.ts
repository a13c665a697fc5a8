import { ParticipeAttestation } from './attestation.js';

customElements.define('participe-attestation', ParticipeAttestation);

declare global {
  interface HTMLElementTagNameMap {
    'participe-attestation': ParticipeAttestation;
  }
}
