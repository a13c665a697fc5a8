import { boardPage } from './board.js';
import { contributionPage, followUpPage } from './follow.js';
import { homePage, neighbourhoodPage } from './participate.js';
import { practicesPage } from './practices.js';
import { proPage } from './pro.js';

/** Every page by its path, rendered once at start: they depend only on the site's address. */
export function renderPages(origin: string): Readonly<Record<string, string>> {
  return {
    '/': homePage(),
    '/quartier': neighbourhoodPage(),
    '/suivi': followUpPage(),
    '/contribution': contributionPage(),
    '/pratiques': practicesPage(),
    '/tableau': boardPage(),
    '/pro': proPage(origin),
  };
}
