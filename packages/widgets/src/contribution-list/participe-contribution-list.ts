import { ParticipeContributionList } from './contribution-list.js';

customElements.define('participe-contribution-list', ParticipeContributionList);

declare global {
  interface HTMLElementTagNameMap {
    'participe-contribution-list': ParticipeContributionList;
  }
}
