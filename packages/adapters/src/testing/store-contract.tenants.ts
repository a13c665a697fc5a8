// Councils as tenants, in the store contract: what one organisation's store writes, another's
// never reads or changes; the outbox stays server-wide. Registered inside
// `describeStoreContract`, so the memory store, PGlite and the PostgreSQL server all run it.
import type { Organisation, OrganisationStore, ParticipeStore } from '@participe/core';
import { expect, it } from 'vitest';
import type { CouncilSettingsPlace } from '../service/council-settings.js';
import { author, contribution, space } from './fixtures.js';

type Open = () => ParticipeStore;

export const organisation = (over: Partial<Organisation> = {}): Organisation => ({
  id: 'o_cd93',
  slug: 'cd93',
  name: 'Conseil départemental',
  kind: 'département',
  settings: {},
  createdAt: '2026-02-01T09:00:00.000Z',
  ...over,
});

export function storeContractTenants(open: Open) {
  const registry = () => open() as ParticipeStore & OrganisationStore;

  it('keeps the organisations: default first, by id or slug, settings replaced, no duplicate', async () => {
    const store = registry();
    await store.createOrganisation(organisation());
    expect((await store.listOrganisations()).map((o) => o.slug)).toEqual(['default', 'cd93']);
    expect(await store.getOrganisation('cd93')).toEqual(organisation());
    expect(await store.getOrganisation('o_cd93')).toEqual(organisation());
    expect(await store.getOrganisation('nope')).toBeNull();
    await expect(store.createOrganisation(organisation({ id: 'o_other' }))).rejects.toThrow(/cd93/);
    expect(await store.putOrganisationSettings('o_cd93', { answerWithinDays: 45 })).toBe(true);
    expect((await store.getOrganisation('cd93'))?.settings).toEqual({ answerWithinDays: 45 });
    expect(await store.putOrganisationSettings('o_nope', {})).toBe(false);
    // The registry is server-wide: a scoped store sees the same organisations.
    const scoped = store.forOrganisation('o_cd93') as ParticipeStore & OrganisationStore;
    expect((await scoped.listOrganisations()).length).toBe(2);
  });

  it('keeps each council’s settings with the count of their changes, written only from the count read', async () => {
    const store = registry() as ParticipeStore & OrganisationStore & CouncilSettingsPlace;
    await store.createOrganisation(organisation({ settings: { mailFrom: 'CD <cd@cd93.example>' } }));
    expect(await store.getCouncilSettings('o_cd93')).toEqual({
      settings: { mailFrom: 'CD <cd@cd93.example>' },
      version: 0,
    });
    expect(await store.putCouncilSettings('o_cd93', { answerWithinDays: 30 }, 0)).toBe(true);
    expect(await store.putCouncilSettings('o_cd93', { answerWithinDays: 10 }, 0)).toBe(false);
    // The CLI's write (whatever the count) is a change too.
    expect(await store.putOrganisationSettings('o_cd93', { answerWithinDays: 20 })).toBe(true);
    expect(await store.getCouncilSettings('o_cd93')).toEqual({ settings: { answerWithinDays: 20 }, version: 2 });
    expect((await (store.forOrganisation('o_other') as typeof store).getOrganisation('cd93'))?.settings).toEqual({
      answerWithinDays: 20,
    });
    expect(await store.getCouncilSettings('cd93')).toBeNull();
    expect(await store.putCouncilSettings('o_nope', {}, 0)).toBe(false);
  });

  it('shows one organisation nothing of another, and lets it use the same slugs and ids', async () => {
    const store = registry();
    await store.createOrganisation(organisation());
    const other = store.forOrganisation('o_cd93');
    const c = contribution({ title: 'Le bus du marché', apply: [{ type: 'contribution.submit', actor: author }] });
    await store.createContribution({ view: c.initialView, events: [c.created], private: c.private });

    expect(await other.getSpace('s_nord')).toBeNull();
    expect(await other.getSpace('groupe-rsa-nord')).toBeNull();
    expect(await other.listSpaces()).toEqual([]);
    expect(await other.getContribution(c.id)).toBeNull();
    expect(await other.getEvents(c.id)).toEqual([]);
    expect(await other.getPrivate(c.id)).toBeNull();
    expect(await other.findByFollowUpCode(c.private.followUpCode)).toBeNull();
    expect((await other.listContributions({})).items).toEqual([]);
    expect((await other.listContributions({ q: 'marché' })).items).toEqual([]);
    expect((await other.stats('s_nord', { now: '2026-06-01T00:00:00.000Z', answerWithinDays: 30 })).total).toBe(0);
    // Writing to the other organisation's contribution finds nothing to write to.
    const step = c.steps[0]!;
    expect(
      await other.appendEvent({ contributionId: c.id, expectedVersion: 1, event: step.event, view: step.view }),
    ).toEqual({ ok: false, reason: 'notFound' });
    expect(await other.eraseAuthorData(c.id, '2026-06-01T00:00:00.000Z')).toBe(false);
    expect((await store.getContribution(c.id))?.version).toBe(1);

    // Same space id and slug in the second organisation: two spaces, one in each.
    await other.putSpace(space({ name: 'Comité des usagers' }));
    expect((await other.getSpace('groupe-rsa-nord'))?.name).toBe('Comité des usagers');
    expect((await store.getSpace('groupe-rsa-nord'))?.name).toBe('Groupe ressource du secteur Nord');
    expect(await store.listSpaces()).toHaveLength(1);
  });

  it('sends every organisation’s notifications from any store (the outbox is server-wide)', async () => {
    const store = registry();
    await store.createOrganisation(organisation());
    const other = store.forOrganisation('o_cd93');
    const c = contribution({ apply: [{ type: 'contribution.submit', actor: author }] });
    await other.createContribution({ view: c.initialView, events: [c.created], private: c.private });
    const step = c.steps[0]!;
    const notice = {
      id: `n_tenant_${c.id}`,
      contributionId: c.id,
      kind: 'answerPublished' as const,
      to: { email: 'personne@example.org', consent: true as const },
      payload: { title: 'Un titre' },
      createdAt: '2026-01-20T10:00:00.000Z',
      sentAt: null,
    };
    await other.appendEvent({
      contributionId: c.id,
      expectedVersion: 1,
      event: step.event,
      view: step.view,
      notifications: [notice],
    });
    expect(await store.listNotifications(c.id)).toEqual([]);
    expect((await store.listPendingNotifications(10)).map((n) => n.id)).toEqual([notice.id]);
    expect(await store.markNotificationSent(notice.id, '2026-01-20T10:01:00.000Z')).toBe(true);
    expect((await other.listNotifications(c.id))[0]?.sentAt).toBe('2026-01-20T10:01:00.000Z');
  });
}
