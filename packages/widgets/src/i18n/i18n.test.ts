import { html, LitElement } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { common } from './common.messages.js';
import { defineCatalog, format, I18nController, loadMore, localeOf, translator } from './i18n.js';

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

  it('fills placeholders and plural forms by the locale’s rules, the number kept with its word', () => {
    expect(format('Réponse sous {n|jour|jours}', { n: 1 }, 'fr')).toBe('Réponse sous 1\u00a0jour');
    expect(format('Réponse sous {n|jour|jours}', { n: 3 }, 'fr')).toBe('Réponse sous 3\u00a0jours');
    expect(format('Answer within {n|day|days}', { n: 0 }, 'en')).toBe('Answer within 0\u00a0days');
    // A zero form: never "0 jour".
    expect(format('En attente depuis {n|jour|jours|aujourd’hui}', { n: 0 }, 'fr')).toBe(
      'En attente depuis aujourd’hui',
    );
    expect(format('En attente depuis {n|jour|jours|aujourd’hui}', { n: 2 }, 'fr')).toBe(
      'En attente depuis 2\u00a0jours',
    );
    expect(format('Bonjour {name}', { name: '<b>x</b>' })).toBe('Bonjour <b>x</b>');
  });

  it('picks the FALC variant once loaded', async () => {
    await loadMore(common);
    expect(translator(common, 'fr', 'falc')('loading')).toBe('Attendez un peu.');
    expect(translator(common, 'en', 'standard')('loading')).toBe('Loading…');
    expect(translator(common, 'fr', 'standard')('loading')).toBe('Chargement…');
  });

  it('answers in French until the English table arrives, then re-renders the element', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const lazy = defineCatalog({
      fr: { hello: 'Bonjour' },
      more: async () => {
        await gate;
        return { en: { hello: 'Hello' }, falc: { fr: { hello: 'Bonjour à vous' }, en: { hello: 'Hello to you' } } };
      },
    });
    class LazyHello extends LitElement {
      i18n = new I18nController(this);
      override render() {
        return html`<p>${translator(lazy, localeOf(this), 'standard')('hello')}</p>`;
      }
    }
    customElements.define('lazy-hello', LazyHello);
    const wrap = document.createElement('div');
    wrap.lang = 'en';
    const el = document.createElement('lazy-hello') as LazyHello;
    wrap.append(el);
    document.body.append(wrap);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).toBe('Bonjour');
    release();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('p')!.textContent).toBe('Hello'));
    wrap.remove();
  });
});
