import { ParticipeContributionDetail } from './contribution-detail.js';

customElements.define('participe-contribution-detail', ParticipeContributionDetail);

declare global {
  interface HTMLElementTagNameMap {
    'participe-contribution-detail': ParticipeContributionDetail;
  }
}
