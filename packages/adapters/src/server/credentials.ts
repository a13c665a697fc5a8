import type { Caller, Identity } from '../service/api.js';
import type { ServiceContext } from '../service/context.js';
import { fail } from '../service/context.js';
import { verifyToken } from './tokens.js';

export type Authenticate = (request: Request) => Promise<Identity | null> | Identity | null;

export interface Credentials {
  caller: Caller;
  /** The follow-up secret of a contribution, when the author acts. */
  secret: string | undefined;
}

/**
 * Reads who is calling: a member by `Authorization: Bearer <token>` (checked by the
 * pluggable `authenticate`, or by the HMAC tokens of `participe token`), an author by
 * `Authorization: Secret <secret>` or `X-Participe-Secret`, or nobody (an anonymous citizen).
 */
export async function readCredentials(
  request: Request,
  ctx: Pick<ServiceContext, 'locale' | 'now'>,
  opts: { authenticate?: Authenticate | undefined; tokenSecret?: string | undefined },
): Promise<Credentials> {
  const authorization = request.headers.get('authorization')?.trim() ?? '';
  const [scheme = '', ...rest] = authorization.split(/\s+/);
  const value = rest.join(' ');
  const secretHeader = request.headers.get('x-participe-secret')?.trim();
  const secret = secretHeader || (scheme.toLowerCase() === 'secret' && value ? value : undefined);

  if (opts.authenticate) return { caller: await opts.authenticate(request), secret };
  if (scheme.toLowerCase() !== 'bearer') return { caller: null, secret };
  if (!opts.tokenSecret || !value) throw fail(ctx, 401, 'badToken', {}, [], { 'WWW-Authenticate': 'Bearer' });
  const check = await verifyToken(opts.tokenSecret, value, ctx.now());
  if (!check.ok) throw fail(ctx, 401, check.reason, {}, [], { 'WWW-Authenticate': 'Bearer' });
  return { caller: check.identity, secret };
}
