// English and FALC tables, loaded on first use so a French page never downloads them.
// `defineCatalog` checks at compile time that they have every key of the French table.
import type { MoreTables } from '../i18n/i18n.js';

export const agendaMessagesMore = {
  en: {
    heading: 'Next meetings',
    loading: 'Loading the agenda…',
    ready: 'Group “{space}”: {count|public meeting planned|public meetings planned}.',
    empty: 'No public meeting is planned for now.',
    untitled: 'Group meeting',
    cancelled: 'Cancelled:',
    place: 'Where: {place}',
    access: 'Getting there: {access}',
    add: 'Add to my calendar',
    addWhich: ': {title}, {day}',
    subscribe: 'Follow all the group’s meetings in my calendar (.ics subscription)',
    failed: 'The agenda could not be shown.',
    noSpace: 'This group does not exist or is no longer online.',
  },
  falc: {
    fr: {
      heading: 'Les prochaines réunions',
      loading: 'Chargement en cours.',
      ready: 'Le groupe «\u00a0{space}\u00a0» a {count|réunion ouverte à tous|réunions ouvertes à tous}.',
      empty: 'Il n’y a pas de réunion prévue pour le moment.',
      untitled: 'Réunion du groupe',
      cancelled: 'Annulée\u00a0:',
      place: 'Où\u00a0: {place}',
      access: 'Comment venir\u00a0: {access}',
      add: 'Mettre dans mon agenda',
      addWhich: '\u00a0: {title}, {day}',
      subscribe: 'Mettre toutes les réunions du groupe dans mon agenda',
      failed: 'Il y a un problème. L’agenda ne s’affiche pas.',
      noSpace: 'Ce groupe n’existe pas.',
    },
    en: {
      heading: 'The next meetings',
      loading: 'Loading.',
      ready: 'The group “{space}” has {count|meeting open to all|meetings open to all}.',
      empty: 'There is no meeting planned for now.',
      untitled: 'Group meeting',
      cancelled: 'Cancelled:',
      place: 'Where: {place}',
      access: 'How to come: {access}',
      add: 'Put it in my calendar',
      addWhich: ': {title}, {day}',
      subscribe: 'Put all the group’s meetings in my calendar',
      failed: 'There is a problem. The agenda does not show.',
      noSpace: 'This group does not exist.',
    },
  },
} satisfies MoreTables<string>;
