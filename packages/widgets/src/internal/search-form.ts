import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** What the list widgets' search form says (from the widget's catalog) and does; its filters are the widget's own. */
export interface SearchForm {
  t: (key: 'searchLegend' | 'q' | 'apply' | 'clear') => string;
  /** What the words field holds. */
  value: string;
  onSubmit: (e: SubmitEvent) => void;
  onClear: () => void;
}

/**
 * The search form of the contribution list and the practice library: a search landmark named
 * by a visually hidden legend, the words field, the widget's filters, then Show and Clear.
 * Nothing happens until Show (RGAA 7.4).
 */
export const searchForm = (o: SearchForm, filters: TemplateResult | TemplateResult[]) =>
  html`<form part="search" role="search" aria-labelledby="search-legend" @submit=${o.onSubmit}>
    <p id="search-legend" class="visually-hidden">${o.t('searchLegend')}</p>
    <div>
      <label for="q">${o.t('q')}</label>
      <input id="q" name="q" type="search" autocomplete="off" .value=${live(o.value)} />
    </div>
    ${filters}
    <div part="actions">
      <button class="primary" type="submit">${o.t('apply')}</button>
      <button type="button" @click=${o.onClear}>${o.t('clear')}</button>
    </div>
  </form>`;
