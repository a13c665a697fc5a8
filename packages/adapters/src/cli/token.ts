// `participe token`: API tokens for integrations (machine to machine), with scopes and the
// expiry the administrator chooses; the list of those issued; revocation of one, or of
// every token of a subject. Staff sign in instead (OpenID Connect) and get sessions.
import { MEMBER_ROLES, type MemberRole } from '@participe/core';
import { API_SCOPES, type ApiScope } from '../identity/identity.types.js';
import type { Env } from './config.js';
import { expiryOf, IDENTITY_SETTINGS_USAGE, isId, parseCommand, table, usageError, withIdentity } from './identity.js';
import { storeOfOrganisation } from './org.js';

export const TOKEN_USAGE = `Usage: participe token --role <role> --space <slug>… --scope <scope>… --expires <when> [--org <slug>] [--member <id>] [--label <text>]
       participe token list [--org <slug>]
       participe token revoke <jti> [--org <slug>]
       participe token revoke --subject <subject> [--org <slug>]

Prints an API token for an integration (a JWT signed with the server's current key) on
stdout, and what it is (id, scopes, expiry) on stderr. Every token is recorded: "list"
shows them, "revoke" refuses one (its id) or every token of a subject from the next call.

  --role      ${MEMBER_ROLES.join(', ')}
  --space     a space slug or id the token acts in (repeat for several; optional with --scope edit)
  --scope     ${API_SCOPES.join(', ')}: read (GET only), answer (read + answer contributions),
              moderate (read + moderation), edit (read + the council's content and practice
              review, as one of its editors), admin (everything the role may do); repeat or use commas
  --expires   90d, 12h, or a date (2027-06-30); at most two years
  --org       the council (organisation) whose API it opens, /o/<slug>/api (default: the one at /api)
  --member    the member id recorded as who did each action (default: none)
  --subject   who the token is for, to revoke all of theirs at once (default: the member id, else the label)
  --label     what the token is for, e.g. "SIG du département"

${IDENTITY_SETTINGS_USAGE}

Example:
  participe token --role professional --space groupe-rsa-nord --scope read,answer --expires 90d --label "Tableau de bord"`;

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface TokenArgs extends Record<string, unknown> {
  role?: string;
  space?: string[];
  scope?: string[];
  expires?: string;
  member?: string;
  subject?: string;
  label?: string;
  org?: string;
}

export async function tokenCommand(argv: readonly string[], env: Env, now: Date = new Date()): Promise<CommandResult> {
  const parsed = parseCommand<TokenArgs>(
    argv,
    {
      role: { type: 'string' },
      space: { type: 'string', multiple: true },
      scope: { type: 'string', multiple: true },
      expires: { type: 'string' },
      member: { type: 'string' },
      subject: { type: 'string' },
      label: { type: 'string' },
      org: { type: 'string' },
    },
    TOKEN_USAGE,
  );
  if ('code' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${TOKEN_USAGE}\n`, stderr: '' };
  const [action, ...rest] = positionals;
  if (action === 'list') {
    if (rest.length) return usageError(`"token list" takes no argument.`, TOKEN_USAGE);
    return listTokens(env, values.config, values.org, now);
  }
  if (action === 'revoke') return revokeTokens(rest, values, env, now);
  if (action !== undefined) return usageError(`Unknown action "${action}": list or revoke.`, TOKEN_USAGE);

  const problems: string[] = [];
  if (!values.role || !(MEMBER_ROLES as readonly string[]).includes(values.role)) {
    problems.push(`--role must be one of: ${MEMBER_ROLES.join(', ')}.`);
  }
  const spaces = values.space ?? [];
  const scopes = (values.scope ?? []).flatMap((s) => s.split(',')).map((s) => s.trim());
  // An editor's integration works on the council's content, in no space in particular.
  const editor = scopes.includes('edit');
  if (spaces.length === 0 && !editor) problems.push('--space is required (e.g. --space groupe-rsa-nord).');
  if (spaces.some((s) => !isId(s))) problems.push('--space takes a slug or id: letters, digits, "-" and "_".');
  if (values.member !== undefined && !isId(values.member))
    problems.push('--member takes an id: letters, digits, "-" and "_".');
  if (values.subject !== undefined && !isId(values.subject))
    problems.push('--subject takes an id: letters, digits, "-" and "_".');
  if (scopes.length === 0) problems.push(`--scope is required: ${API_SCOPES.join(', ')} (e.g. --scope read).`);
  else if (!scopes.every((s) => (API_SCOPES as readonly string[]).includes(s)))
    problems.push(`--scope must be among: ${API_SCOPES.join(', ')}.`);
  const expiresAt = values.expires === undefined ? null : expiryOf(values.expires, now);
  if (!expiresAt) problems.push('--expires is required: 90d, 12h or a date (2027-06-30), at most two years ahead.');
  const label = values.label?.trim() || null;
  if (label !== null && label.length > 200) problems.push('--label takes at most 200 characters.');
  if (problems.length > 0) return usageError(problems.join('\n'), TOKEN_USAGE);

  const subject =
    values.subject ??
    values.member ??
    (label
      ? `api_${label
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '_')
          .slice(0, 40)}`
      : 'api');
  return withIdentity(env, values.config, now, async ({ tokens, store }) => {
    const scoped = await storeOfOrganisation(store, values.org);
    if ('problem' in scoped) return { code: 2, stdout: '', stderr: `${scoped.problem}\n` };
    const organisation = { id: scoped.organisation.id, slug: scoped.organisation.slug };
    const issued = await tokens.issueApiToken({
      organisation,
      identity: {
        role: values.role as MemberRole,
        memberId: values.member ?? null,
        spaceIds: spaces,
        ...(editor ? { editor: true } : {}),
      },
      subject,
      scopes: scopes as ApiScope[],
      expiresAt: expiresAt!,
      label,
    });
    return {
      code: 0,
      stdout: `${issued.token}\n`,
      stderr:
        `Token ${issued.jti} for ${subject}: ${values.role}${spaces.length ? ` in ${spaces.join(', ')}` : ''}` +
        `${editor ? ', editor of the council' : ''}, scopes ${scopes.join(' ')}, ` +
        `expires ${issued.expiresAt.toISOString()}` +
        `${values.org === undefined ? '' : `, for ${tokens.audienceOf(organisation)}`}. ` +
        `Revoke it with: participe token revoke ${issued.jti}\n`,
    };
  });
}

function listTokens(env: Env, config: string | undefined, org: string | undefined, now: Date): Promise<CommandResult> {
  return withIdentity(env, config, now, async ({ identity, store }) => {
    const scoped = await storeOfOrganisation(store, org);
    if ('problem' in scoped) return { code: 2, stdout: '', stderr: `${scoped.problem}\n` };
    const list = await identity.forOrganisation(scoped.organisation.id).listTokens();
    if (list.length === 0) return { code: 0, stdout: 'No API token was issued.\n', stderr: '' };
    const state = (t: (typeof list)[number]) =>
      t.revokedAt ? `revoked ${t.revokedAt}` : Date.parse(t.expiresAt) <= now.getTime() ? 'expired' : 'valid';
    const rows = [
      ['ID', 'SUBJECT', 'ROLE', 'SPACES', 'SCOPES', 'EXPIRES', 'STATE', 'LABEL'],
      ...list.map((t) => [
        t.jti,
        t.subject,
        t.role,
        t.spaceIds.join(','),
        t.scopes.join(','),
        t.expiresAt,
        state(t),
        t.label ?? '',
      ]),
    ];
    return { code: 0, stdout: `${table(rows)}\n`, stderr: '' };
  });
}

function revokeTokens(
  rest: string[],
  values: TokenArgs & { config?: string },
  env: Env,
  now: Date,
): Promise<CommandResult> | CommandResult {
  const subject = values.subject;
  if ((subject === undefined) === (rest.length !== 1) || rest.length > 1) {
    return usageError('"token revoke" takes one token id, or --subject <subject>.', TOKEN_USAGE);
  }
  const jti = rest[0];
  if ((jti !== undefined && !isId(jti)) || (subject !== undefined && !isId(subject))) {
    return usageError('A token id or subject is made of letters, digits, "-" and "_".', TOKEN_USAGE);
  }
  return withIdentity(env, values.config, now, async ({ tokens, identity, store }) => {
    const scoped = await storeOfOrganisation(store, values.org);
    if ('problem' in scoped) return { code: 2, stdout: '', stderr: `${scoped.problem}\n` };
    const organisation = { id: scoped.organisation.id, slug: scoped.organisation.slug };
    if (subject !== undefined) {
      await tokens.revokeSubject(subject, organisation);
      // A member of staff's sessions end too (their subject is their account id).
      await identity.forOrganisation(organisation.id).endSessions({ accountId: subject }, now.toISOString());
      return { code: 0, stdout: `Every token of ${subject} issued until now is refused from now on.\n`, stderr: '' };
    }
    if (!(await tokens.revoke(jti!, organisation))) {
      return { code: 1, stdout: '', stderr: `No API token has the id ${jti} ("participe token list" shows them).\n` };
    }
    return { code: 0, stdout: `Token ${jti} is refused from now on.\n`, stderr: '' };
  });
}
