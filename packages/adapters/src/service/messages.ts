// Every word the server says, in plain French (the default) and English: error messages,
// field issues, labels and examples. A message says what happened and what would be
// valid, in words a citizen understands; the field path is in `issues` for the developer.
// The words themselves are in `messages.fr.ts` and `messages.en.ts`, one dictionary per
// language with the same keys (the compiler and `messages.test.ts` check it).
import type { ActorRole, ApiErrorCode, ContributionStatus } from '@participe/core';
import { en } from './messages.en.js';
import { fr, type Messages } from './messages.fr.js';

export { CORE_RULES_EN } from './messages.en.js';
export type { Messages } from './messages.fr.js';

export const API_LOCALES = ['fr', 'en'] as const;
export type ApiLocale = (typeof API_LOCALES)[number];

export const MESSAGES: Readonly<Record<ApiLocale, Messages>> = { fr, en };

/** The dictionary of one language: `messagesIn(ctx.locale).issues.notInGroup()`. */
export const messagesIn = (locale: ApiLocale): Messages => MESSAGES[locale];

type Params = Record<string, string | number>;

/** The `message` of an error `code`, in `locale`. */
export const message = (locale: ApiLocale, code: ApiErrorCode, params: Params = {}): string =>
  (MESSAGES[locale].errors[code] as (p: Params) => string)(params);

export const roleLabel = (locale: ApiLocale, role: ActorRole): string => MESSAGES[locale].roles[role];
export const statusLabel = (locale: ApiLocale, status: ContributionStatus): string => MESSAGES[locale].statuses[status];

/**
 * The first supported language in an `Accept-Language` header, by quality; French otherwise.
 * `en-GB;q=0.8, fr;q=0.5` → `en`.
 */
export function negotiateLocale(header: string | null | undefined): ApiLocale {
  if (!header) return 'fr';
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, i };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.i - b.i);
  for (const r of ranked) if ((API_LOCALES as readonly string[]).includes(r.lang)) return r.lang as ApiLocale;
  return 'fr';
}
