// Whatever an administrator's client sends to the administration, the answer is a 2xx or a
// 4xx whose issues name fields of the request, never a 500; and what a 2xx writes reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createHandler } from '../server/handler.js';
import { space } from '../testing/fixtures.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');

const ROUTES = [
  { path: '/api/admin/spaces', ifMatch: null },
  { path: '/api/admin/spaces/groupe-rsa-nord', ifMatch: '"1"' },
  { path: '/api/admin/spaces/groupe-rsa-nord/archive', ifMatch: '"1"' },
  { path: '/api/admin/staff', ifMatch: null },
  { path: '/api/admin/settings', ifMatch: '"0"' },
] as const;

/** Near-valid values: the right keys with values of any kind, or anything at all. */
const value = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.integer({ min: -5, max: 400 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('groupe-rsa-sud', 'Participation <p@cd93.example>', 'a@b.example', 'professional', 'monthly'),
  fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.record({ id: fc.string(), label: fc.string() })), {
    maxLength: 3,
  }),
);
const KEYS = [
  'slug',
  'name',
  'policyArea',
  'territory',
  'answerWithinDays',
  'premoderation',
  'themes',
  'meetingCadence',
  'renewalMonths',
  'archived',
  'email',
  'role',
  'spaceIds',
  'admin',
  'displayName',
  'mailFrom',
] as const;
const body = fc.oneof(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }), fc.anything({ maxDepth: 3 }));

describe('administration input', () => {
  it('answers 2xx or 4xx with field paths, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), body, async (route, sent) => {
        const store = new MemoryStore();
        await store.putSpace(space());
        const handle = createHandler({
          store,
          now: () => NOW,
          rateLimit: false,
          authenticate: () => ({ role: 'professional', memberId: 'acc_admin', spaceIds: [], admin: true }),
        });
        const res = await handle(
          new Request(`http://api.test${route.path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(route.ifMatch ? { 'if-match': route.ifMatch } : {}) },
            body: JSON.stringify(sent),
          }),
        );
        expect(res.status, JSON.stringify(sent)).toBeLessThan(500);
        const out = (await res.json()) as { error?: { issues: Array<{ path: string }> } };
        if (res.status === 422) {
          expect(out.error!.issues.length).toBeGreaterThan(0);
          for (const issue of out.error!.issues) expect(typeof issue.path).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
