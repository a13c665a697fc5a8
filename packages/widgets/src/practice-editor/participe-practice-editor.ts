import { ParticipePracticeEditor } from './practice-editor.js';

customElements.define('participe-practice-editor', ParticipePracticeEditor);

declare global {
  interface HTMLElementTagNameMap {
    'participe-practice-editor': ParticipePracticeEditor;
  }
}
