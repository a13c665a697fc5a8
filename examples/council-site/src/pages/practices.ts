// Inspiring practices: the council's published sheets and those shared with it, from its API,
// through the practice library loaded alone (its own module, not the whole `participe.js`).
import { layout, WIDGETS_PATH } from './layout.js';

export function practicesPage(): string {
  return layout({
    path: '/pratiques',
    title: 'Pratiques inspirantes',
    widgets: `${WIDGETS_PATH}participe-practice-library.js`,
    main: `<h1>Pratiques inspirantes</h1>
<p class="lead">Ce que d’autres groupes ont fait avec les personnes concernées, et ce qui a changé pour
chacun : habitants, professionnels, élus, partenaires. De quoi trouver des idées pour votre groupe.</p>
<participe-practice-library endpoint="/api"></participe-practice-library>`,
  });
}
