import { LitElement, type PropertyDeclarations } from 'lit';
import { I18nController, type Variant } from '../i18n/i18n.js';

/**
 * What every Participe element declares, as Shoelace's `ShoelaceElement` does: the reading
 * variant (reflected, so `:host([variant='falc'])` enlarges the text) and the controller that
 * re-renders the element when its English or FALC tables, loaded on demand, arrive.
 * Properties are `static properties` with `declare` fields, defaults in the constructor (see
 * the package README: no decorators).
 */
export class ParticipeElement extends LitElement {
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
  };

  /** `falc`: easy-to-read wording and larger text. */
  declare variant: Variant;

  /** Re-renders when the English or FALC tables, loaded on demand, arrive. */
  protected readonly i18n = new I18nController(this);

  constructor() {
    super();
    this.variant = 'standard';
  }
}
