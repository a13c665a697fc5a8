import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/** Words of Agenda. French here; English and FALC in `agenda.messages.more.ts`, loaded on demand. */
export const agendaMessages = registerCatalog(
  'agenda',
  defineCatalog({
    fr: {
      heading: 'Prochaines rencontres',
      loading: 'Chargement de l’agenda…',
      ready: 'Groupe «\u00a0{space}\u00a0»\u00a0: {count|rencontre publique prévue|rencontres publiques prévues}.',
      empty: 'Aucune rencontre publique n’est prévue pour le moment.',
      untitled: 'Rencontre du groupe',
      cancelled: 'Annulée\u00a0:',
      place: 'Lieu\u00a0: {place}',
      access: 'Pour venir\u00a0: {access}',
      add: 'Ajouter à mon agenda',
      addWhich: '\u00a0: {title}, {day}',
      subscribe: 'Suivre toutes les rencontres du groupe dans mon agenda (abonnement .ics)',
      failed: 'L’agenda n’a pas pu être affiché.',
      noSpace: 'Ce groupe n’existe pas ou n’est plus en ligne.',
    },
    more: () => import('./agenda.messages.more.js').then((m) => m.agendaMessagesMore),
  }),
);
