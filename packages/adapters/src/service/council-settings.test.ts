import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createMemoryAdminStore } from './admin.store.js';
import { councilSettingsOf } from './council-settings.js';

describe('councilSettingsOf', () => {
  it('reads the one place the back office and `participe org settings` both write', async () => {
    const store = new MemoryStore();
    await store.createOrganisation({
      id: 'o_lyon',
      slug: 'lyon',
      name: 'Métropole',
      kind: 'métropole',
      settings: { mailFrom: 'Participation <p@lyon.example>', answerWithinDays: 45 },
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const admin = createMemoryAdminStore(undefined, store);
    const sources = { organisations: store, admin };
    expect(await councilSettingsOf('o_lyon', sources)).toEqual({
      mailFrom: 'Participation <p@lyon.example>',
      answerWithinDays: 45,
    });
    // The administrator replaces the settings in the back office: every reader gets these,
    // whichever source it was given.
    expect(await admin.putSettings('o_lyon', { mailFrom: 'Métropole <citoyens@lyon.example>' }, 0)).toBe(true);
    expect(await councilSettingsOf('o_lyon', sources)).toEqual({ mailFrom: 'Métropole <citoyens@lyon.example>' });
    expect(await councilSettingsOf('o_lyon', { organisations: store })).toEqual({
      mailFrom: 'Métropole <citoyens@lyon.example>',
    });
    expect(await councilSettingsOf('o_lyon', { admin })).toEqual({ mailFrom: 'Métropole <citoyens@lyon.example>' });
    // The operator changes them from the CLI: the back office reads that too.
    expect(await store.putOrganisationSettings('o_lyon', { answerWithinDays: 30 })).toBe(true);
    expect(await councilSettingsOf('o_lyon', { admin })).toEqual({ answerWithinDays: 30 });
    expect(await admin.getSettings('o_lyon')).toEqual({ settings: { answerWithinDays: 30 }, version: 2 });
    // Found by id only (a slug is no id), a council of neither: none (the server's own apply);
    // no source at all is fine.
    expect(await councilSettingsOf('lyon', sources)).toEqual({});
    expect(await councilSettingsOf('o_nowhere', sources)).toEqual({});
    expect(await councilSettingsOf('o_lyon', {})).toEqual({});
  });
});
