import { ParticipeSpacesAdmin } from './spaces-admin.js';

customElements.define('participe-spaces-admin', ParticipeSpacesAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'participe-spaces-admin': ParticipeSpacesAdmin;
  }
}
