import type { CouncilText } from '@participe/core';
import { html } from 'lit';
import type { Variant } from '../i18n/i18n.js';

/**
 * A content text in the wording asked for. A council may save a text without its FALC
 * version (the API flags it in `falcMissing`): the standard one stands in for it.
 */
export const wording = (text: CouncilText, variant: Variant) =>
  (variant === 'falc' ? text.falc?.trim() : undefined) || text.standard;

/** A content text on one line (FALC puts one idea per line), for names, titles and sentences. */
export const oneLine = (text: CouncilText, variant: Variant) => wording(text, variant).replaceAll('\n', '. ');

/**
 * A content text, rendered as text. FALC puts one idea per line: the line breaks are
 * kept by the `.pt` rule of `guideStyles` (no markup is ever built from content).
 */
export const plain = (text: CouncilText, variant: Variant) => html`<span class="pt">${wording(text, variant)}</span>`;

/** A link to a resource when the host gave a URL template with `{id}`, else `null`. */
export const resourceHref = (template: string, id: string) =>
  template ? template.replaceAll('{id}', encodeURIComponent(id)) : null;
