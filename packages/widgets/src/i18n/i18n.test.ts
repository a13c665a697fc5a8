import { describe, expect, it } from 'vitest';
import { common } from './common.messages.js';
import { format, localeOf, translator } from './i18n.js';

describe('i18n', () => {
  it('follows the nearest lang, then the document, French by default', () => {
    const outer = document.createElement('div');
    outer.lang = 'en-GB';
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    expect(localeOf(inner)).toBe('en');
    outer.lang = 'fr';
    expect(localeOf(inner)).toBe('fr');
    outer.remove();
  });

  it('fills placeholders and plural forms by the locale’s rules', () => {
    expect(format('Réponse sous {n|jour|jours}', { n: 1 }, 'fr')).toBe('Réponse sous 1 jour');
    expect(format('Réponse sous {n|jour|jours}', { n: 0 }, 'fr')).toBe('Réponse sous 0 jour');
    expect(format('Answer within {n|day|days}', { n: 0 }, 'en')).toBe('Answer within 0 days');
    expect(format('Bonjour {name}', { name: '<b>x</b>' })).toBe('Bonjour <b>x</b>');
  });

  it('picks the FALC variant', () => {
    expect(translator(common, 'fr', 'falc')('loading')).toBe('Attendez un peu.');
    expect(translator(common, 'en', 'standard')('loading')).toBe('Loading…');
  });
});
