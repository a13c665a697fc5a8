import { ParticipeStaffAdmin } from './staff-admin.js';

customElements.define('participe-staff-admin', ParticipeStaffAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'participe-staff-admin': ParticipeStaffAdmin;
  }
}
