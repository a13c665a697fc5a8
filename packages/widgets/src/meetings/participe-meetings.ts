import { ParticipeMeetings } from './meetings.js';

customElements.define('participe-meetings', ParticipeMeetings);

declare global {
  interface HTMLElementTagNameMap {
    'participe-meetings': ParticipeMeetings;
  }
}
