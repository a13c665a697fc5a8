// Test support: Participe's real token service over a memory identity store, and a
// `sign(identity)` that stands for `participe token` (an API token with every scope).
import { createMemoryIdentityStore } from '../identity/identity.store.js';
import type { ApiScope } from '../identity/identity.types.js';
import { createTokenService, type TokenOrganisation } from '../server/tokens.js';
import type { Identity } from '../service/api.js';

export const TEST_TOKEN_SECRET = 'test-secret-that-is-long-enough-0123456789';
export const TEST_ISSUER = 'http://participe.test';

export function testTokens(options: { now?: () => Date; issuer?: string } = {}) {
  const store = createMemoryIdentityStore();
  const now = options.now ?? (() => new Date());
  const service = createTokenService({
    store,
    secret: TEST_TOKEN_SECRET,
    issuer: options.issuer ?? TEST_ISSUER,
    now,
  });
  /** An API token for `identity`, valid `days` from now (by the service's clock), with `scopes`. */
  const sign = async (
    identity: Identity,
    opts: { days?: number; scopes?: readonly ApiScope[]; subject?: string; organisation?: TokenOrganisation } = {},
  ): Promise<string> => {
    const expiresAt = new Date(now().getTime() + (opts.days ?? 30) * 86_400_000);
    const issued = await service.issueApiToken({
      identity,
      subject: opts.subject ?? identity.memberId ?? 'integration',
      scopes: opts.scopes ?? ['admin'],
      expiresAt,
      ...(opts.organisation ? { organisation: opts.organisation } : {}),
    });
    return issued.token;
  };
  return { store, service, sign };
}
