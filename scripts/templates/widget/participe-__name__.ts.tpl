import { Participe{{Name}} } from './{{name}}.js';

customElements.define('participe-{{name}}', Participe{{Name}});

declare global {
  interface HTMLElementTagNameMap {
    'participe-{{name}}': Participe{{Name}};
  }
}
