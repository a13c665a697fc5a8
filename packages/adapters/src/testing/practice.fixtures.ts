// A practice sheet a group could submit: every field of the fiche structure filled, with
// fictional places and no one's identity (the contact is a role).
import type { PracticeContent } from '@participe/core';

export const practiceContent = (overrides: Partial<PracticeContent> = {}): PracticeContent => ({
  title: 'Un minibus solidaire pour les réunions du soir',
  territory: 'Communauté de communes du Haut-Lizon',
  territoryType: 'rural',
  themes: ['mobilite'],
  public: ['allocataires du RSA'],
  startDate: '2024-09',
  context: 'Sans voiture, plusieurs membres du groupe ne pouvaient pas venir aux réunions du soir.',
  sharedDiagnostic: 'Le groupe a compté les trajets impossibles après 18 heures : la mobilite est le premier frein.',
  problemStatement: 'Nous, habitants, considérons que notre problème principal est de ne pas pouvoir rentrer le soir.',
  objectives: ['Permettre à chacun de venir aux réunions'],
  actions: ['Un minibus du centre social passe prendre les membres', 'Un planning partagé des trajets'],
  evaluation: 'La présence aux réunions est passée de la moitié aux trois quarts du groupe en six mois.',
  transformations: {
    residents: ['Des membres qui viennent à toutes les réunions'],
    professionals: ['Des horaires de réunion choisis avec le groupe'],
    elected: ['Un élu qui finance le carburant sur le budget de la commune'],
    partners: ['Le centre social prête son minibus'],
  },
  keysOfSuccess: ['Un chauffeur bénévole régulier'],
  vigilance: ['Prévoir un remplaçant au chauffeur'],
  perspectives: 'Étendre le minibus aux rendez-vous de la maison des solidarités.',
  contactRole: 'Animatrice du groupe, service insertion',
  sources: [{ title: 'Compte rendu de la réunion de bilan, juin 2025' }],
  phases: ['mobilise', 'act'],
  resourceIds: ['frais-de-transport'],
  testimonies: [
    { viewpoint: 'residents', role: 'une habitante du bourg', text: 'Avant, je ne venais jamais le soir.' },
  ],
  ...overrides,
});
