// The public board: whether the Département answers, and how fast, for each group and for all
// of them — the few lines a council pastes into its own site.
import { NEIGHBOURHOOD, RSA_GROUP } from '../seed/spaces.js';
import { escapeHtml, layout } from './layout.js';

export function boardPage(): string {
  const rsa = escapeHtml(RSA_GROUP.space.slug);
  const tilleuls = escapeHtml(NEIGHBOURHOOD.space.slug);
  return layout({
    path: '/tableau',
    title: 'Les réponses en chiffres',
    main: `<h1>Les réponses du Département, en chiffres</h1>
<p class="lead">Chaque message reçoit une réponse publique. Voici, groupe par groupe, combien ont reçu
une réponse, en combien de temps, ceux qui attendent encore et ce que le Département a promis.</p>
<participe-board endpoint="/api"></participe-board>
<participe-board endpoint="/api" space="${rsa}"></participe-board>
<participe-board endpoint="/api" space="${tilleuls}"></participe-board>`,
  });
}
