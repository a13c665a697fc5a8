import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/**
 * Words of the public board. French here; English and FALC in `board.messages.more.ts`, loaded
 * on demand. Sentences are whole (one key per case) so each reads right in every language;
 * `{days}`, `{percent}` and dates come already formatted (core's `formatDays`, `formatPercent`).
 */
export const boardMessages = registerCatalog(
  'board',
  defineCatalog({
    fr: {
      heading: 'Les réponses de l’institution',
      'scope.space': 'Groupe\u00a0: {space}',
      'scope.council': 'Tous les groupes',
      'scope.year': 'Messages reçus en {year}',
      loading: 'Chargement…',
      failed: 'Les chiffres n’ont pas pu être affichés.',
      noSpace: 'Ce groupe n’existe pas ou n’est plus en ligne.',
      'summary.empty': 'Aucun message reçu pour le moment.',
      'summary.emptyYear': 'Aucun message reçu en {year}.',
      'summary.all':
        'Sur {received|message reçu|messages reçus}, {answered|a reçu une réponse|ont reçu une réponse}, en {mean} en moyenne.',
      'summary.year':
        'Sur {received|message reçu|messages reçus} en {year}, {answered|a reçu une réponse|ont reçu une réponse}, en {mean} en moyenne.',
      'summary.noAnswer': 'Sur {received|message reçu|messages reçus}, aucun n’a encore reçu de réponse.',
      'summary.noAnswerYear': 'Sur {received|message reçu|messages reçus} en {year}, aucun n’a encore reçu de réponse.',
      'summary.delays': 'La moitié des réponses arrive en {median} ou moins\u202f; neuf sur dix en {p90} ou moins.',
      'summary.overdueNone': 'Aucun message n’attend au-delà du délai promis.',
      'summary.overdue': '{n|message attend|messages attendent} une réponse au-delà du délai promis.',
      'figure.share': 'Messages avec une réponse',
      'figure.median': 'Délai médian de réponse',
      'figure.p90': 'Neuf réponses sur dix en',
      'figure.overdue': 'Messages en retard',
      'overdue.heading': 'Messages en retard, du plus ancien au plus récent',
      'overdue.waiting': 'Publié le {date}, attend depuis {days}',
      'overdue.more': 'Et {n|autre message|autres messages} en retard.',
      'verdicts.heading': 'Les décisions',
      'verdicts.summary': 'Décision la plus fréquente\u00a0: {verdict}, pour {n|réponse|réponses} sur {total}.',
      'verdicts.none': 'Aucune réponse publiée pour le moment.',
      'themes.heading': 'Par thème',
      'themes.summary': 'Le thème le plus abordé\u00a0: {theme}, avec {n|message|messages} sur {total}.',
      'months.heading': 'Par mois',
      'months.summary': 'Le mois le plus chargé\u00a0: {month}, avec {n|message reçu|messages reçus}.',
      'table.verdict': 'Décision',
      'table.count': 'Nombre',
      'table.theme': 'Thème',
      'table.month': 'Mois',
      'table.received': 'Reçus',
      'table.answered': 'Avec réponse',
      'table.chart': 'Graphique',
      'commitments.heading': 'Les engagements et leur avancement',
      'commitments.none': 'Aucun engagement pour le moment.',
      'commitments.summary': '{n|engagement pris|engagements pris}\u00a0: {done|tenu|tenus}, {late} en retard.',
      'commitment.for': 'En réponse à\u00a0: {title}',
      'commitment.owner': 'Porté par\u00a0: {owner}',
      'commitment.due': 'Prévu pour le {date}',
      'commitment.progress': 'Avancement\u00a0: {percent}',
      'commitment.done': 'Tenu',
      'commitment.late': 'En retard',
      'commitment.onTime': 'Dans les temps',
      'milestones.heading': 'Étapes prévues',
      'milestone.met': '{label}, faite le {date}',
      'milestone.late': '{label}, prévue le {date}\u00a0: en retard',
      'milestone.planned': '{label}, prévue le {date}',
    },
    more: () => import('./board.messages.more.js').then((m) => m.boardMessagesMore),
  }),
);
