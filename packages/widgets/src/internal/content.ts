import type { ContentPack } from '@participe/core';
import type { Locale } from '../i18n/i18n.js';

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

// Texts as a council keeps them, in a module of their own: a widget that reads its content
// from the API imports them from `council-text.js` and never reaches the packs' lazy chunks
// (a bundler emits a chunk for every `import()` it sees, used or not).
export { oneLine, plain, resourceHref, wording } from './council-text.js';
