// Widget tests start with every English and FALC table loaded, so what they assert does not
// depend on when a lazy table arrives (i18n.test.ts covers the lazy path itself).
/// <reference types="vite/client" />
import { type Catalog, loadMore } from './i18n/i18n.js';

const modules = import.meta.glob<Record<string, unknown>>(['./**/*.messages.ts'], { eager: true });
await Promise.all(
  Object.values(modules).flatMap((mod) =>
    Object.values(mod)
      .filter((v): v is Catalog<string> => typeof v === 'object' && v !== null && 'more' in v)
      .map((c) => loadMore(c)),
  ),
);
