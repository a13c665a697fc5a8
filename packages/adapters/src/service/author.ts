import type { ServiceContext } from './context.js';
import { sameDigest, sha256Hex } from './crypto.js';

/** Secrets are 32 characters; a longer string is not worth hashing. */
const MAX_SECRET = 200;

/**
 * Whether `secret` is the follow-up secret of the contribution: its SHA-256 against the
 * stored hash, compared in constant time. An erased contribution has no hash left, so
 * no secret opens it any more.
 */
export async function isAuthor(
  ctx: ServiceContext,
  contributionId: string,
  secret: string | undefined,
): Promise<boolean> {
  if (!secret || secret.length > MAX_SECRET) return false;
  const priv = await ctx.store.getPrivate(contributionId);
  if (!priv || priv.secretHash === '') return false;
  return sameDigest(await sha256Hex(secret), priv.secretHash);
}
