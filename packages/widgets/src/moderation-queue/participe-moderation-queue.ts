import { ParticipeModerationQueue } from './moderation-queue.js';

customElements.define('participe-moderation-queue', ParticipeModerationQueue);

declare global {
  interface HTMLElementTagNameMap {
    'participe-moderation-queue': ParticipeModerationQueue;
  }
}
