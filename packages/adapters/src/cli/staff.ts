// `participe staff`: who may sign in. An invitation waits for the person's first sign-in
// with that e-mail; removing someone ends their sessions and refuses their tokens at once.
import { MEMBER_ROLES, type MemberRole } from '@participe/core';
import { invitation } from '../identity/access.js';
import type { Env } from './config.js';
import {
  IDENTITY_SETTINGS_USAGE,
  type IdentityContext,
  isId,
  parseCommand,
  table,
  usageError,
  withIdentity as withServerIdentity,
} from './identity.js';
import { storeOfOrganisation } from './org.js';
import type { CommandResult } from './token.js';

export const STAFF_USAGE = `Usage: participe staff invite --email <address> --role <role> --space <slug>… [--editor] [--member <id>] [--name <text>] [--org <slug>]
       participe staff remove --email <address> [--org <slug>]
       participe staff list [--org <slug>]

--org    the council (organisation) whose staff this is; its people sign in at /o/<slug>/auth/
         and are unknown to every other council (default: the server's own, at /auth/)

invite   lets this person in: their first sign-in with this e-mail (verified by the identity
         provider) activates the account. Inviting again changes the role and spaces.
  --role    ${MEMBER_ROLES.join(', ')}
  --space   a space slug or id they act in (repeat for several)
  --editor  also an editor of the council: edits its content and publishes, returns or shares
            practice sheets (not its administration: see participe admin)
  --member  their member id in the space, recorded as who did each action (default: the account id)
  --name    the name shown (default: the one the identity provider gives)
remove   ends their sessions and refuses every token of theirs from the next call.
list     every account: e-mail, role, spaces, state.

${IDENTITY_SETTINGS_USAGE}

Example:
  participe staff invite --email camille.martin@departement.example --role professional --space groupe-rsa-nord`;

const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]+\.[^\s@<>]{2,}$/;

interface StaffArgs extends Record<string, unknown> {
  email?: string;
  role?: string;
  space?: string[];
  member?: string;
  name?: string;
  org?: string;
  editor?: boolean;
}

export async function staffCommand(argv: readonly string[], env: Env, now: Date = new Date()): Promise<CommandResult> {
  const parsed = parseCommand<StaffArgs>(
    argv,
    {
      email: { type: 'string' },
      role: { type: 'string' },
      space: { type: 'string', multiple: true },
      member: { type: 'string' },
      name: { type: 'string' },
      org: { type: 'string' },
      editor: { type: 'boolean' },
    },
    STAFF_USAGE,
  );
  if ('code' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${STAFF_USAGE}\n`, stderr: '' };
  const [action, ...rest] = positionals;
  if (rest.length || !['invite', 'remove', 'list'].includes(action ?? '')) {
    return usageError(
      action ? `Unknown action "${positionals.join(' ')}".` : 'Say invite, remove or list.',
      STAFF_USAGE,
    );
  }
  // The council's part of the identity store, and its tokens.
  const withIdentity = (
    e: Env,
    config: string | undefined,
    at: Date,
    fn: (ctx: IdentityContext) => Promise<CommandResult>,
  ): Promise<CommandResult> =>
    withServerIdentity(e, config, at, async (ctx) => {
      const scoped = await storeOfOrganisation(ctx.store, values.org);
      if ('problem' in scoped) return { code: 2, stdout: '', stderr: `${scoped.problem}\n` };
      const { id, slug } = scoped.organisation;
      return fn({
        ...ctx,
        identity: ctx.identity.forOrganisation(id),
        tokens: {
          ...ctx.tokens,
          revokeSubject: (subject: string) => ctx.tokens.revokeSubject(subject, { id, slug }),
        },
      });
    });
  const email = values.email?.trim().toLowerCase();
  if (action !== 'list' && (!email || !EMAIL.test(email))) {
    return usageError('--email is required: an e-mail address, e.g. camille.martin@departement.example.', STAFF_USAGE);
  }

  if (action === 'list') {
    return withIdentity(env, values.config, now, async ({ identity }) => {
      const accounts = await identity.listAccounts();
      if (accounts.length === 0) return { code: 0, stdout: 'No staff account yet.\n', stderr: '' };
      const rows = [
        ['E-MAIL', 'ROLE', 'SPACES', 'MEMBER', 'STATE', 'VIA'],
        ...accounts.map((a) => [
          a.email,
          // The council's role, when there is one, beside the role in the spaces.
          a.admin ? `${a.role}+admin` : a.editor ? `${a.role}+editor` : a.role,
          a.spaceIds.join(','),
          a.memberId,
          a.status,
          a.via,
        ]),
      ];
      return { code: 0, stdout: `${table(rows)}\n`, stderr: '' };
    });
  }

  if (action === 'remove') {
    return withIdentity(env, values.config, now, async ({ identity, tokens }) => {
      const account = await identity.findAccount({ email: email! });
      if (!account) return { code: 1, stdout: '', stderr: `No staff account has the e-mail ${email}.\n` };
      await identity.putAccount({ ...account, status: 'removed', removedAt: now.toISOString() });
      await identity.endSessions({ accountId: account.id }, now.toISOString());
      await tokens.revokeSubject(account.id);
      return { code: 0, stdout: `${email} is removed: signed out, and refused from the next call.\n`, stderr: '' };
    });
  }

  const problems: string[] = [];
  if (!values.role || !(MEMBER_ROLES as readonly string[]).includes(values.role))
    problems.push(`--role must be one of: ${MEMBER_ROLES.join(', ')}.`);
  const spaces = values.space ?? [];
  if (spaces.length === 0 || !spaces.every(isId))
    problems.push('--space is required: a slug or id (letters, digits, "-" and "_"), e.g. --space groupe-rsa-nord.');
  if (values.member !== undefined && !isId(values.member))
    problems.push('--member takes an id: letters, digits, "-" and "_".');
  const name = values.name?.trim() || null;
  if (name !== null && name.length > 120) problems.push('--name takes at most 120 characters.');
  if (problems.length) return usageError(problems.join('\n'), STAFF_USAGE);

  return withIdentity(env, values.config, now, async ({ identity }) => {
    const existing = await identity.findAccount({ email: email! });
    const role = values.role as MemberRole;
    if (existing) {
      // A removed person comes back as invited: their next sign-in activates them again.
      await identity.putAccount({
        ...existing,
        role,
        spaceIds: spaces,
        // Inviting again says again whether they edit: without --editor, they no longer do.
        editor: values.editor === true,
        via: 'invitation',
        ...(values.member ? { memberId: values.member } : {}),
        ...(name ? { displayName: name } : {}),
        ...(existing.status === 'removed' ? { status: 'invited', removedAt: null, providerSubject: null } : {}),
      });
      return {
        code: 0,
        stdout: `${email}: now ${role}${values.editor ? ' and editor' : ''} in ${spaces.join(', ')} (from their next sign-in).\n`,
        stderr: '',
      };
    }
    await identity.putAccount(
      invitation({
        email: email!,
        role,
        spaceIds: spaces,
        memberId: values.member ?? null,
        displayName: name,
        editor: values.editor === true,
        now,
      }),
    );
    const as = values.editor ? `${role} and editor` : role;
    return { code: 0, stdout: `${email} is invited as ${as} in ${spaces.join(', ')}.\n`, stderr: '' };
  });
}
