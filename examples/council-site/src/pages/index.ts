import { boardPage } from './board.js';
import { contributionPage, followUpPage, notFoundPage } from './follow.js';
import { homePage, neighbourhoodPage } from './participate.js';
import { practicesPage } from './practices.js';
import { proPage } from './pro.js';

export interface Pages {
  byPath: Readonly<Record<string, string>>;
  notFound: string;
}

/** Every page, rendered once at start: they depend only on the site's address. */
export function renderPages(origin: string): Pages {
  return {
    byPath: {
      '/': homePage(),
      '/quartier': neighbourhoodPage(),
      '/suivi': followUpPage(),
      '/contribution': contributionPage(),
      '/pratiques': practicesPage(),
      '/tableau': boardPage(),
      '/pro': proPage(origin),
    },
    notFound: notFoundPage(),
  };
}
