import { ParticipeContributionForm } from './contribution-form.js';

export { ParticipeContributionForm };

if (!customElements.get('participe-contribution-form')) {
  customElements.define('participe-contribution-form', ParticipeContributionForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'participe-contribution-form': ParticipeContributionForm;
  }
}
