import type { ResourceEntry } from '@participe/core';
import { html } from 'lit';
import { type Locale, translator, type Variant } from '../i18n/i18n.js';
import { plain, resourceHref } from './council-text.js';
import { resourceMessages } from './resource-list.messages.js';

export interface ResourceListOptions {
  locale: Locale;
  variant: Variant;
  /** The host's `resource-url`: a link per resource when set, e.g. `/ressources/{id}`. */
  urlTemplate: string;
}

/**
 * Resource-centre entries as a list: title (a link when the host has resource pages), kind
 * and duration, and what it is. Parts: `resources`, `resource`, `resource-link`.
 */
export function resourceList(
  resources: readonly Pick<ResourceEntry, 'id' | 'type' | 'title' | 'summary' | 'duration'>[],
  o: ResourceListOptions,
) {
  const t = translator(resourceMessages, o.locale, o.variant);
  return html`<ul part="resources">
    ${resources.map((r) => {
      const href = resourceHref(o.urlTemplate, r.id);
      const title = plain(r.title, o.variant);
      return html`<li part="resource">
        <span class="title">${href ? html`<a part="resource-link" href=${href}>${title}</a>` : title}</span>
        <span class="meta">${t(r.type)} · ${t('duration', { duration: r.duration })}</span>
        ${plain(r.summary, o.variant)}
      </li>`;
    })}
  </ul>`;
}
