// `participe keys`: the keys that sign tokens, each council's own. `rotate` starts a new one;
// the previous one keeps verifying until the last token it signed expires (sessions: an
// hour; API tokens: their own expiry), so nobody is signed out by a rotation.
import type { Organisation } from '@participe/core';
import type { Env } from './config.js';
import { IDENTITY_SETTINGS_USAGE, parseCommand, table, usageError, withIdentity } from './identity.js';
import { storeOfOrganisation } from './org.js';
import type { CommandResult } from './token.js';

export const KEYS_USAGE = `Usage: participe keys rotate [--org <slug>]
       participe keys list [--org <slug>]

Each council (organisation) signs its tokens with its own keys; a token is only checked
against the keys of the council it is for.

rotate   signs new tokens with a new key (ES256): the council's given by --org, or, without
         --org, every council's (each gets its own new key). Tokens already issued keep
         working: the previous key verifies until the last token it signed expires. A
         running server signs with the new key within a minute. Also what to do after
         changing PARTICIPE_TOKEN_SECRET (keys are sealed with it): run it without --org.
list     the keys of the council given by --org, or of every council: when each was made,
         retired, and until when it verifies.

  --org    the council's slug (participe org list shows them)

${IDENTITY_SETTINGS_USAGE}`;

export async function keysCommand(argv: readonly string[], env: Env, now: Date = new Date()): Promise<CommandResult> {
  const parsed = parseCommand<{ org?: string }>(argv, { org: { type: 'string' } }, KEYS_USAGE);
  if ('code' in parsed) return parsed;
  if (parsed.values.help) return { code: 0, stdout: `${KEYS_USAGE}\n`, stderr: '' };
  const [action, ...rest] = parsed.positionals;
  if (rest.length || (action !== 'rotate' && action !== 'list')) {
    return usageError(action ? `Unknown action "${[action, ...rest].join(' ')}".` : 'Say rotate or list.', KEYS_USAGE);
  }
  const slug = parsed.values.org;
  return withIdentity(env, parsed.values.config, now, async ({ tokens, identity, store }) => {
    let councils: Organisation[];
    if (slug === undefined) councils = await store.listOrganisations();
    else {
      const scoped = await storeOfOrganisation(store, slug);
      if ('problem' in scoped) return { code: 2, stdout: '', stderr: `${scoped.problem}\n` };
      councils = [scoped.organisation];
    }
    if (action === 'rotate') {
      const lines: string[] = [];
      // One council after the other: a failure stops here, and what is done is said.
      for (const council of councils) {
        let rotated: Awaited<ReturnType<typeof tokens.rotateKeys>>;
        try {
          rotated = await tokens.rotateKeys(council);
        } catch (error) {
          const done = lines.length ? `${lines.join('\n')}\n` : '';
          return { code: 1, stdout: done, stderr: `${council.slug}: ${(error as Error).message}\n` };
        }
        const { kid, retired } = rotated;
        lines.push(
          `${council.slug}: new signing key ${kid}.`,
          ...retired.map((r) => `${council.slug}: key ${r.kid} verifies until ${r.verifyUntil}.`),
        );
      }
      return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
    }
    const rows = [['COUNCIL', 'KEY', 'CREATED', 'STATE']];
    for (const council of councils) {
      for (const k of await identity.forOrganisation(council.id).listKeys()) {
        rows.push([
          council.slug,
          k.kid,
          k.createdAt,
          k.retiredAt === null
            ? 'signs'
            : Date.parse(k.verifyUntil ?? k.retiredAt) > now.getTime()
              ? `verifies until ${k.verifyUntil}`
              : 'expired',
        ]);
      }
    }
    if (rows.length === 1)
      return { code: 0, stdout: 'No key yet: the first is made with the first token.\n', stderr: '' };
    return { code: 0, stdout: `${table(rows)}\n`, stderr: '' };
  });
}
