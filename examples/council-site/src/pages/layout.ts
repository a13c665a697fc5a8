// The frame of every page: skip link, header with the council's name and menu, main,
// footer. No inline script or style anywhere: the pages run under a strict CSP.
// On a phone the six menu links took a third of the first screen: there the header keeps
// only a "Menu" link to the same menu after the content. Each copy is shown at one width
// only (display: none for the other), so a screen reader never meets two menus.
import { INSTITUTION } from '../seed/spaces.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For the few values that come from data (names, slugs) rather than from this file. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * Where `participe serve` serves the built widgets (PARTICIPE_WIDGETS_PATH): the installed
 * `@participe/widgets/dist/browser`, as README's quick start copies it to a council's site.
 */
export const WIDGETS_PATH = '/participe/';
export const THEME = 'departement-des-hautes-combes';

const MENU = [
  { href: '/', label: 'Participer' },
  { href: '/quartier', label: 'Quartier des Tilleuls' },
  { href: '/suivi', label: 'Suivre ma contribution' },
  { href: '/pratiques', label: 'Pratiques inspirantes' },
  { href: '/tableau', label: 'Les réponses en chiffres' },
  { href: '/pro', label: 'Espace professionnels' },
];

export interface PageOptions {
  /** The menu entry marked as the current page. */
  path: string;
  title: string;
  /** Page scripts, run in order before the widgets are defined. */
  scripts?: readonly string[];
  /** The built widgets module the page loads: every element (`participe.js`), one alone, or none. */
  widgets?: string | false;
  main: string;
}

export function layout({
  path,
  title,
  scripts = [],
  widgets = `${WIDGETS_PATH}participe.js`,
  main,
}: PageOptions): string {
  const modules = [...scripts, ...(widgets ? [widgets] : [])]
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('\n');
  const menu = `<ul>
${MENU.map((m) => `<li><a href="${m.href}"${m.href === path ? ' aria-current="page"' : ''}>${m.label}</a></li>`).join('\n')}
</ul>`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${INSTITUTION}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${WIDGETS_PATH}themes/${THEME}.css">
<link rel="stylesheet" href="/assets/site.css">
${modules}
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
<div class="bar">
<a class="brand" href="/">${INSTITUTION}</a>
<a class="menu-link" href="#menu">Menu</a>
<nav class="site-nav site-nav-top" aria-label="Menu principal">
${menu}
</nav>
</div>
</header>
<main id="contenu" tabindex="-1">
${main}
</main>
<nav id="menu" class="site-nav site-nav-bottom" aria-label="Menu principal" tabindex="-1">
${menu}
</nav>
<footer class="site-footer">
<p>Site de démonstration de Participe. Le département, les groupes et les personnes sont inventés.
Ce site ne dépose aucun cookie et n’appelle aucun service extérieur.</p>
</footer>
</body>
</html>
`;
}
