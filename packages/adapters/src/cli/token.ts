import { parseArgs } from 'node:util';
import { MEMBER_ROLES, type MemberRole } from '@participe/core';
import { MIN_SECRET_LENGTH, signToken } from '../server/tokens.js';

export const TOKEN_USAGE = `Usage: participe token --role <role> --space <slug> [--space <slug>…] [--member <id>] [--days 30]

Prints a signed access token for the Participe API. The secret comes from the
environment variable PARTICIPE_TOKEN_SECRET (at least ${MIN_SECRET_LENGTH} characters), the
same one the server is started with.

  --role     ${MEMBER_ROLES.join(', ')}
  --space    a space slug or id the token acts in (repeat for several)
  --member   the member id, recorded as who did each action
  --days     validity in days (default 30)

Example:
  PARTICIPE_TOKEN_SECRET=… participe token --role professional --space groupe-rsa-nord --member pro_12`;

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function tokenCommand(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  now: Date = new Date(),
): Promise<CommandResult> {
  let values: { role?: string; space?: string[]; member?: string; days?: string; help?: boolean };
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        role: { type: 'string' },
        space: { type: 'string', multiple: true },
        member: { type: 'string' },
        days: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${(e as Error).message}\n\n${TOKEN_USAGE}\n` };
  }
  if (values.help) return { code: 0, stdout: `${TOKEN_USAGE}\n`, stderr: '' };
  const problems: string[] = [];
  const secret = env['PARTICIPE_TOKEN_SECRET'] ?? '';
  if (secret.length < MIN_SECRET_LENGTH) {
    problems.push(`PARTICIPE_TOKEN_SECRET must be set, at least ${MIN_SECRET_LENGTH} characters.`);
  }
  if (!values.role || !(MEMBER_ROLES as readonly string[]).includes(values.role)) {
    problems.push(`--role must be one of: ${MEMBER_ROLES.join(', ')}.`);
  }
  const spaces = values.space ?? [];
  if (spaces.length === 0) problems.push('--space is required (e.g. --space groupe-rsa-nord).');
  const badId = (s: string) => !/^[A-Za-z0-9_-]{1,64}$/.test(s);
  if (spaces.some(badId)) problems.push('--space takes a slug or id: letters, digits, "-" and "_".');
  if (values.member !== undefined && badId(values.member))
    problems.push('--member takes an id: letters, digits, "-" and "_".');
  const days = values.days === undefined ? 30 : Number(values.days);
  if (!Number.isFinite(days) || days <= 0 || days > 366)
    problems.push('--days must be a number of days from 1 to 366.');
  if (problems.length > 0) return { code: 2, stdout: '', stderr: `${problems.join('\n')}\n\n${TOKEN_USAGE}\n` };

  const token = await signToken(
    secret,
    { role: values.role as MemberRole, memberId: values.member ?? null, spaceIds: spaces },
    { days, now },
  );
  return { code: 0, stdout: `${token}\n`, stderr: '' };
}
