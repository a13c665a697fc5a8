// Who may sign in, and as what: a person the provider vouches for becomes a member of staff
// by invitation (`participe staff invite`, activated at their first sign-in) or by an access
// rule of the configuration (an e-mail domain, or a claim such as `organizational_unit`).
// Anyone else is refused, and no account is made for them.
import { MEMBER_ROLES } from '@participe/core';
import * as z from 'zod/mini';
import { newId } from '../service/crypto.js';
import type { IdentityStore } from './identity.store.js';
import type { StaffAccount } from './identity.types.js';

const SpaceRef = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const Grant = {
  role: z.enum(MEMBER_ROLES),
  spaces: z.array(SpaceRef).check(z.minLength(1), z.maxLength(100)),
  /** Also an editor of the council's content and practice sheets (never its administrator: that is by invitation). */
  editor: z.optional(z.boolean()),
};

/** One access rule of `PARTICIPE_OIDC_ACCESS`; the first that matches gives the role and spaces. */
export const AccessRuleSchema = z.union([
  z.strictObject({
    /** `departement.example`: every verified address `…@departement.example`. */
    emailDomain: z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i)),
    ...Grant,
  }),
  z.strictObject({
    /** A claim of the ID token or userinfo, e.g. `organizational_unit`, and the value it must have (or hold, for a list). */
    claim: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,100}$/)),
    equals: z.string().check(z.minLength(1), z.maxLength(200)),
    ...Grant,
  }),
]);
export type AccessRule = z.output<typeof AccessRuleSchema>;
export const AccessRulesSchema = z.array(AccessRuleSchema).check(z.maxLength(100));

/** What the provider says about the person, after the ID token and userinfo are checked. */
export interface ProviderPerson {
  /** `issuer|sub`: stable at one provider. */
  providerSubject: string;
  email: string | null;
  /** `email_verified` when the provider sends it. */
  emailVerified: boolean | undefined;
  displayName: string | null;
  claims: Record<string, unknown>;
}

export const REFUSALS = ['noEmail', 'emailNotVerified', 'unknown', 'removed', 'otherPerson'] as const;
export type Refusal = (typeof REFUSALS)[number];

export type Admission = { ok: true; account: StaffAccount; firstSignIn: boolean } | { ok: false; reason: Refusal };

function ruleFor(rules: readonly AccessRule[], person: ProviderPerson): AccessRule | null {
  const domain = person.email?.split('@')[1]?.toLowerCase();
  for (const rule of rules) {
    if ('emailDomain' in rule) {
      if (domain !== undefined && domain === rule.emailDomain.toLowerCase()) return rule;
    } else {
      const value = person.claims[rule.claim];
      if (value === rule.equals || (Array.isArray(value) && value.includes(rule.equals))) return rule;
    }
  }
  return null;
}

/**
 * Decides whether `person` may sign in, and records it: an invitation is activated (bound to
 * the provider's subject), a rule makes or updates an account. Rules are read again at every
 * sign-in, so a person who no longer matches is refused. An e-mail the provider says is not
 * verified never matches an invitation or a domain.
 */
export async function admit(
  store: IdentityStore,
  rules: readonly AccessRule[],
  person: ProviderPerson,
  now: Date,
): Promise<Admission> {
  const at = now.toISOString();
  const email = person.email?.trim().toLowerCase() || null;
  const bound = await store.findAccount({ providerSubject: person.providerSubject });
  const byEmail = bound ?? (email ? await store.findAccount({ email }) : null);
  if (byEmail?.status === 'removed') return { ok: false, reason: 'removed' };
  if (!bound) {
    if (!email) return { ok: false, reason: 'noEmail' };
    if (person.emailVerified === false) return { ok: false, reason: 'emailNotVerified' };
  }
  // Someone else already signed in with this e-mail: same address, another person at the provider.
  if (byEmail && !bound && byEmail.providerSubject !== null) return { ok: false, reason: 'otherPerson' };

  const rule = ruleFor(rules, { ...person, email });
  if (byEmail?.via === 'invitation') {
    const account: StaffAccount = {
      ...byEmail,
      status: 'active',
      providerSubject: person.providerSubject,
      displayName: byEmail.displayName ?? person.displayName,
      activatedAt: byEmail.activatedAt ?? at,
    };
    await store.putAccount(account);
    return { ok: true, account, firstSignIn: byEmail.status === 'invited' };
  }
  if (!rule) return { ok: false, reason: 'unknown' };
  const id = byEmail?.id ?? newId('acc');
  const account: StaffAccount = {
    id,
    email: email ?? byEmail!.email,
    displayName: person.displayName ?? byEmail?.displayName ?? null,
    role: rule.role,
    spaceIds: [...rule.spaces],
    // Read again at every sign-in, as the role is: a rule that no longer says so takes it back.
    ...(rule.editor ? { editor: true } : {}),
    memberId: byEmail?.memberId ?? id,
    status: 'active',
    via: 'rule',
    providerSubject: person.providerSubject,
    createdAt: byEmail?.createdAt ?? at,
    activatedAt: byEmail?.activatedAt ?? at,
    removedAt: null,
  };
  await store.putAccount(account);
  return { ok: true, account, firstSignIn: !byEmail };
}

/** An invitation: the account waits, inactive, for the first sign-in with this e-mail. */
export function invitation(input: {
  email: string;
  role: StaffAccount['role'];
  spaceIds: readonly string[];
  memberId?: string | null;
  displayName?: string | null;
  /** An editor of the council's content and practice sheets. @default false */
  editor?: boolean;
  now: Date;
}): StaffAccount {
  const id = newId('acc');
  return {
    id,
    email: input.email.trim().toLowerCase(),
    displayName: input.displayName ?? null,
    role: input.role,
    spaceIds: [...input.spaceIds],
    ...(input.editor ? { editor: true } : {}),
    memberId: input.memberId ?? id,
    status: 'invited',
    via: 'invitation',
    providerSubject: null,
    createdAt: input.now.toISOString(),
    activatedAt: null,
    removedAt: null,
  };
}
