import { describe, expect, it } from 'vitest';
import { type AccessRule, admit, invitation, type ProviderPerson } from './access.js';
import { createMemoryIdentityStore } from './identity.store.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const RULES: AccessRule[] = [
  { emailDomain: 'departement.example', role: 'professional', spaces: ['groupe-rsa-nord'] },
  { claim: 'organizational_unit', equals: 'DSOL', role: 'facilitator', spaces: ['s_nord'] },
];
const person = (over: Partial<ProviderPerson> = {}): ProviderPerson => ({
  providerSubject: 'https://idp.example|u1',
  email: 'camille@departement.example',
  emailVerified: true,
  displayName: 'Camille Martin',
  claims: {},
  ...over,
});

describe('who may sign in', () => {
  it('activates an invitation at the first sign-in, then recognises the person by their subject', async () => {
    const store = createMemoryIdentityStore();
    await store.putAccount(
      invitation({ email: 'Camille@Ailleurs.example', role: 'facilitator', spaceIds: ['s_sud'], now: NOW }),
    );
    const first = await admit(store, RULES, person({ email: 'camille@ailleurs.example' }), NOW);
    expect(first).toMatchObject({ ok: true, firstSignIn: true, account: { role: 'facilitator', status: 'active' } });
    // A new address at the provider later: the subject is what counts.
    const again = await admit(store, RULES, person({ email: 'c.martin@ailleurs.example' }), NOW);
    expect(again).toMatchObject({ ok: true, firstSignIn: false, account: { email: 'camille@ailleurs.example' } });
  });

  it('lets rules in by domain or claim, reads them again at every sign-in, refuses the rest', async () => {
    const store = createMemoryIdentityStore();
    expect(await admit(store, RULES, person(), NOW)).toMatchObject({
      ok: true,
      account: { role: 'professional', via: 'rule' },
    });
    expect(
      await admit(
        store,
        RULES,
        person({ providerSubject: 'x|2', email: 'a@b.example', claims: { organizational_unit: ['DRH', 'DSOL'] } }),
        NOW,
      ),
    ).toMatchObject({ ok: true, account: { role: 'facilitator', spaceIds: ['s_nord'] } });
    // The domain rule is gone: the person made by it is refused.
    expect(await admit(store, RULES.slice(1), person(), NOW)).toEqual({ ok: false, reason: 'unknown' });
    expect(await admit(store, RULES, person({ providerSubject: 'x|3', email: 'z@autre.example' }), NOW)).toEqual({
      ok: false,
      reason: 'unknown',
    });
    expect(await store.findAccount({ email: 'z@autre.example' })).toBeNull();
  });

  it('makes an editor of the council by invitation or by rule, and a rule that no longer says so takes it back', async () => {
    const store = createMemoryIdentityStore();
    await store.putAccount(
      invitation({ email: 'alex@ailleurs.example', role: 'professional', spaceIds: [], editor: true, now: NOW }),
    );
    const invited = await admit(store, RULES, person({ providerSubject: 'x|9', email: 'alex@ailleurs.example' }), NOW);
    expect(invited).toMatchObject({ ok: true, account: { editor: true, status: 'active' } });
    expect(invited.ok && invited.account.admin).toBeFalsy();

    const editors: AccessRule[] = [{ ...RULES[0]!, editor: true }];
    expect(await admit(store, editors, person(), NOW)).toMatchObject({ ok: true, account: { editor: true } });
    const plain = await admit(store, RULES, person(), NOW);
    expect(plain.ok && plain.account.editor).toBeFalsy();
  });

  it('needs a verified e-mail; never hands an activated account to another subject; refuses a removed one', async () => {
    const store = createMemoryIdentityStore();
    expect(await admit(store, RULES, person({ email: null }), NOW)).toEqual({ ok: false, reason: 'noEmail' });
    expect(await admit(store, RULES, person({ emailVerified: false }), NOW)).toEqual({
      ok: false,
      reason: 'emailNotVerified',
    });
    const ok = await admit(store, RULES, person(), NOW);
    expect(await admit(store, RULES, person({ providerSubject: 'https://idp.example|other' }), NOW)).toEqual({
      ok: false,
      reason: 'otherPerson',
    });
    if (!ok.ok) throw new Error('admitted above');
    await store.putAccount({ ...ok.account, status: 'removed', removedAt: NOW.toISOString() });
    expect(await admit(store, RULES, person(), NOW)).toEqual({ ok: false, reason: 'removed' });
  });
});
