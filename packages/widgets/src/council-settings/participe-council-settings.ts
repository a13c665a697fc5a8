import { ParticipeCouncilSettings } from './council-settings.js';

customElements.define('participe-council-settings', ParticipeCouncilSettings);

declare global {
  interface HTMLElementTagNameMap {
    'participe-council-settings': ParticipeCouncilSettings;
  }
}
