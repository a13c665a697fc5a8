import { ParticipeContentEditor } from './content-editor.js';

customElements.define('participe-content-editor', ParticipeContentEditor);

declare global {
  interface HTMLElementTagNameMap {
    'participe-content-editor': ParticipeContentEditor;
  }
}
