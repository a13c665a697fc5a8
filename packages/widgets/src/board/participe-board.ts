import { ParticipeBoard } from './board.js';

customElements.define('participe-board', ParticipeBoard);

declare global {
  interface HTMLElementTagNameMap {
    'participe-board': ParticipeBoard;
  }
}
