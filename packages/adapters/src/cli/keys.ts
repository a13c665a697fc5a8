// `participe keys`: the keys that sign tokens. `rotate` starts a new one; the previous one
// keeps verifying until the last token it signed expires (sessions: an hour; API tokens:
// their own expiry), so nobody is signed out by a rotation.
import type { Env } from './config.js';
import { IDENTITY_SETTINGS_USAGE, parseCommand, table, usageError, withIdentity } from './identity.js';
import type { CommandResult } from './token.js';

export const KEYS_USAGE = `Usage: participe keys rotate
       participe keys list

rotate   signs new tokens with a new key (ES256). Tokens already issued keep working: the
         previous key verifies until the last token it signed expires. A running server
         signs with the new key within a minute. Also what to do after changing
         PARTICIPE_TOKEN_SECRET (keys are sealed with it).
list     every key: when it was made, retired, and until when it verifies.

${IDENTITY_SETTINGS_USAGE}`;

export async function keysCommand(argv: readonly string[], env: Env, now: Date = new Date()): Promise<CommandResult> {
  const parsed = parseCommand(argv, {}, KEYS_USAGE);
  if ('code' in parsed) return parsed;
  if (parsed.values.help) return { code: 0, stdout: `${KEYS_USAGE}\n`, stderr: '' };
  const [action, ...rest] = parsed.positionals;
  if (rest.length || (action !== 'rotate' && action !== 'list')) {
    return usageError(action ? `Unknown action "${[action, ...rest].join(' ')}".` : 'Say rotate or list.', KEYS_USAGE);
  }
  return withIdentity(env, parsed.values.config, now, async ({ tokens, identity }) => {
    if (action === 'rotate') {
      const { kid, retired } = await tokens.rotateKeys();
      const lines = [`New signing key ${kid}.`, ...retired.map((r) => `Key ${r.kid} verifies until ${r.verifyUntil}.`)];
      return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
    }
    const keys = await identity.listKeys();
    if (keys.length === 0)
      return { code: 0, stdout: 'No key yet: the first is made with the first token.\n', stderr: '' };
    const rows = [
      ['KEY', 'CREATED', 'STATE'],
      ...keys.map((k) => [
        k.kid,
        k.createdAt,
        k.retiredAt === null
          ? 'signs'
          : Date.parse(k.verifyUntil ?? k.retiredAt) > now.getTime()
            ? `verifies until ${k.verifyUntil}`
            : 'expired',
      ]),
    ];
    return { code: 0, stdout: `${table(rows)}\n`, stderr: '' };
  });
}
