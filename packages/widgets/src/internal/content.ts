import type { ContentPack, PlainText } from '@participe/core';
import { html } from 'lit';
import type { Locale, Variant } from '../i18n/i18n.js';

/**
 * The built-in content of a language. The packs are large (phases, resource centre,
 * practice sheets): they load on demand, so a widget's first bytes stay small, and a
 * French page never downloads the English pack.
 */
export function loadContentPack(locale: Locale): Promise<ContentPack> {
  return locale === 'en'
    ? import('@participe/core/content/en').then((m) => m.en)
    : import('@participe/core/content/fr').then((m) => m.fr);
}

/**
 * What a host may give a guide widget's `content` property: parts of a content pack, or a
 * promise of them (sheets fetched from the council's own site, say).
 */
export type ContentSource = Partial<ContentPack> | PromiseLike<Partial<ContentPack>> | null;

/**
 * The parts of the content a widget reads: those the host gave in its `content` property
 * (a council's own sheets, say), the rest from the built-in pack, loaded only if needed.
 */
export async function contentFor<K extends keyof ContentPack>(
  source: ContentSource,
  locale: Locale,
  keys: readonly K[],
): Promise<Pick<ContentPack, K>> {
  const given = await source;
  const missing = keys.some((k) => given?.[k] === undefined);
  const pack = missing ? await loadContentPack(locale) : null;
  return Object.fromEntries(keys.map((k) => [k, given?.[k] ?? pack![k]])) as Pick<ContentPack, K>;
}

/** A content text in the wording asked for. */
export const wording = (text: PlainText, variant: Variant) => (variant === 'falc' ? text.falc : text.standard);

/** A content text on one line (FALC puts one idea per line), for names, titles and sentences. */
export const oneLine = (text: PlainText, variant: Variant) => wording(text, variant).replaceAll('\n', '. ');

/**
 * A content text, rendered as text. FALC puts one idea per line: the line breaks are
 * kept by the `.pt` rule of `guideStyles` (no markup is ever built from content).
 */
export const plain = (text: PlainText, variant: Variant) => html`<span class="pt">${wording(text, variant)}</span>`;

/** A link to a resource when the host gave a URL template with `{id}`, else `null`. */
export const resourceHref = (template: string, id: string) =>
  template ? template.replaceAll('{id}', encodeURIComponent(id)) : null;
