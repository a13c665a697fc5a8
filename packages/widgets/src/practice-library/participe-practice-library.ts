import { ParticipePracticeLibrary } from './practice-library.js';

customElements.define('participe-practice-library', ParticipePracticeLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'participe-practice-library': ParticipePracticeLibrary;
  }
}
