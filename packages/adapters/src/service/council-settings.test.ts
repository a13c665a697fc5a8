import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createMemoryAdminStore } from './admin.store.js';
import { councilSettingsOf } from './council-settings.js';

describe('councilSettingsOf', () => {
  it("reads the back office's settings first, then the organisation's, field by field", async () => {
    const store = new MemoryStore();
    await store.createOrganisation({
      id: 'o_lyon',
      slug: 'lyon',
      name: 'Métropole',
      kind: 'métropole',
      settings: { mailFrom: 'Participation <p@lyon.example>', answerWithinDays: 45 },
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const admin = createMemoryAdminStore();
    const sources = { organisations: store, admin };
    expect(await councilSettingsOf('o_lyon', sources)).toEqual({
      mailFrom: 'Participation <p@lyon.example>',
      answerWithinDays: 45,
    });
    // The administrator changes the sender in the back office: that one is used; the delay stays the organisation's.
    expect(await admin.putSettings('o_lyon', { mailFrom: 'Métropole <citoyens@lyon.example>' }, 0)).toBe(true);
    expect(await councilSettingsOf('o_lyon', sources)).toEqual({
      mailFrom: 'Métropole <citoyens@lyon.example>',
      answerWithinDays: 45,
    });
    // A council of neither: none (the server's own apply); no source at all is fine.
    expect(await councilSettingsOf('o_nowhere', sources)).toEqual({});
    expect(await councilSettingsOf('o_lyon', {})).toEqual({});
  });
});
