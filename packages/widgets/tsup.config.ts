import { defineConfig } from 'tsup';

// `participe.js` registers every element; one `participe-*.js` per element for pages that
// need only one. Shared code lands in common chunks, loaded once.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    participe: 'src/participe.ts',
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
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  external: ['@participe/core', '@participe/adapters', 'lit', 'xstate'],
});
