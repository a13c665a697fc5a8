/**
 * Puts a stylesheet `<link>` in the preview's head (or points the existing one at `href`)
 * and resolves once it is applied. A linked file, not a `<style>` or a `style` attribute,
 * so the stories hold under a strict Content-Security-Policy (`style-src 'self'`).
 */
export function linkStylesheet(id: string, href: string): Promise<void> {
  let link = document.getElementById(id) as HTMLLinkElement | null;
  if (link?.getAttribute('href') === href && link.sheet) return Promise.resolve();
  if (!link) {
    link = document.createElement('link');
    link.id = id;
    link.rel = 'stylesheet';
    document.head.append(link);
  }
  const target = link;
  return new Promise((resolve, reject) => {
    target.onload = () => resolve();
    target.onerror = () => reject(new Error(`stylesheet ${href} could not be loaded`));
    target.href = href;
  });
}

/** The three themes in src/themes/, served at `themes/` (see `staticDirs` in main.ts). */
export const THEMES = {
  neutral: 'Neutre',
  'ville-de-valbrume': 'Ville de Valbrume',
  'departement-des-hautes-combes': 'Département des Hautes-Combes',
} as const;
export type Theme = keyof typeof THEMES;

export const themeHref = (theme: string) => `themes/${theme in THEMES ? theme : 'neutral'}.css`;
