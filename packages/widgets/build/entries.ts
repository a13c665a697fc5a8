/**
 * The files a page loads: `participe.js` registers every element, `participe-citizen.js` the
 * three citizen ones, and one `participe-*.js` per element. tsup builds them for bundlers
 * (`dist/`), `build/browser.ts` ready to serve (`dist/browser/`).
 */
export const ENTRIES: Record<string, string> = {
  participe: 'src/participe.ts',
  'participe-citizen': 'src/participe-citizen.ts',
  // The administration widgets, apart: `participe.js` stays what a citizen page may load.
  'participe-admin': 'src/participe-admin.ts',
  'participe-contribution-form': 'src/contribution-form/participe-contribution-form.ts',
  'participe-contribution-list': 'src/contribution-list/participe-contribution-list.ts',
  'participe-contribution-detail': 'src/contribution-detail/participe-contribution-detail.ts',
  'participe-cycle': 'src/cycle/participe-cycle.ts',
  'participe-diagnostic': 'src/diagnostic/participe-diagnostic.ts',
  'participe-practice-library': 'src/practice-library/participe-practice-library.ts',
  'participe-moderation-queue': 'src/moderation-queue/participe-moderation-queue.ts',
  'participe-answer-form': 'src/answer-form/participe-answer-form.ts',
  'participe-space-composition': 'src/space-composition/participe-space-composition.ts',
  'participe-meetings': 'src/meetings/participe-meetings.ts',
  'participe-attestation': 'src/attestation/participe-attestation.ts',
  'participe-board': 'src/board/participe-board.ts',
  'participe-agenda': 'src/agenda/participe-agenda.ts',
  'participe-spaces-admin': 'src/spaces-admin/participe-spaces-admin.ts',
  'participe-council-settings': 'src/council-settings/participe-council-settings.ts',
  'participe-staff-admin': 'src/staff-admin/participe-staff-admin.ts',
  'participe-practice-editor': 'src/practice-editor/participe-practice-editor.ts',
  'participe-resource-centre': 'src/resource-centre/participe-resource-centre.ts',
  'participe-content-editor': 'src/content-editor/participe-content-editor.ts',
};
