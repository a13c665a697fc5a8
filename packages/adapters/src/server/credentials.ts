import type { OperationId } from '../contract/endpoints.js';
import { scopeAllows, scopesFor } from '../identity/scopes.js';
import type { Caller, Identity } from '../service/api.js';
import type { ServiceContext } from '../service/context.js';
import { fail } from '../service/context.js';
import type { Incoming } from './incoming.js';
import type { TokenOrganisation, TokenVerifier } from './tokens.js';

export type Authenticate = (request: Request) => Promise<Identity | null> | Identity | null;

export interface Credentials {
  caller: Caller;
  /** The secret code of a contribution, when the author acts. */
  secret: string | undefined;
}

const BEARER = { 'WWW-Authenticate': 'Bearer' };

/**
 * Reads who is calling: a member by `Authorization: Bearer <token>` (checked by the
 * pluggable `authenticate`, or by Participe's JWTs: sessions and API tokens), an author by
 * `Authorization: Secret <secret>` or `X-Participe-Secret`, or nobody (an anonymous citizen).
 * An API token's scopes must allow `operation`.
 */
export async function readCredentials(
  request: Pick<Incoming, 'headers' | 'request'>,
  ctx: Pick<ServiceContext, 'locale' | 'now'>,
  opts: { authenticate?: Authenticate | undefined; tokens?: TokenVerifier | undefined },
  operation: OperationId,
  /** The organisation whose API is called: a token must be issued for it. */
  organisation?: TokenOrganisation,
): Promise<Credentials> {
  const authorization = request.headers.get('authorization')?.trim() ?? '';
  const [scheme = '', ...rest] = authorization.split(/\s+/);
  const value = rest.join(' ');
  const secretHeader = request.headers.get('x-participe-secret')?.trim();
  const secret = secretHeader || (scheme.toLowerCase() === 'secret' && value ? value : undefined);

  if (opts.authenticate) return { caller: await opts.authenticate(request.request()), secret };
  if (scheme.toLowerCase() !== 'bearer') return { caller: null, secret };
  if (!opts.tokens || !value) throw fail(ctx, 401, 'badToken', {}, [], BEARER);
  const check = await opts.tokens.verify(value, ctx.now(), organisation);
  // A revoked token reads as not valid: the holder asks for a new one either way.
  if (!check.ok) {
    const code =
      check.reason === 'tokenExpired'
        ? 'tokenExpired'
        : check.reason === 'otherOrganisation'
          ? 'otherOrganisationToken'
          : 'badToken';
    throw fail(ctx, 401, code, {}, [], BEARER);
  }
  if (check.scopes && !scopeAllows(check.scopes, operation)) {
    const en = ctx.locale === 'en';
    throw fail(ctx, 403, 'roleForbidden', {
      role: `${en ? 'A token with scope' : 'Un jeton de portée'} ${check.scopes.join(', ')}`,
      type: operation,
      allowed: `${en ? 'a token with scope' : 'un jeton de portée'} ${[...new Set([...scopesFor(operation), 'admin'])].join(en ? ' or ' : ' ou ')}`,
    });
  }
  return { caller: check.identity, secret };
}
