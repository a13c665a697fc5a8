import { ParticipeAgenda } from './agenda.js';

customElements.define('participe-agenda', ParticipeAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'participe-agenda': ParticipeAgenda;
  }
}
