import { normalizeSecretCode } from '@participe/core';
import type { ServiceContext } from './context.js';
import { sameDigest, sha256Hex } from './crypto.js';

/** Six words are at most 53 characters as stored; typed with spaces and accents, a little more. */
const MAX_SECRET = 200;

/**
 * Whether `secret` is the secret code of the contribution: its SHA-256 against the stored
 * hash, compared in constant time. A code of six words is read as the person may have typed
 * it (capitals, accents, spaces or hyphens: `normalizeSecretCode`); an older secret (32
 * characters) is compared as it is. An erased contribution has no hash left, so no secret
 * opens it any more.
 */
export async function isAuthor(
  ctx: ServiceContext,
  contributionId: string,
  secret: string | undefined,
): Promise<boolean> {
  if (!secret || secret.length > MAX_SECRET) return false;
  const priv = await ctx.store.getPrivate(contributionId);
  if (!priv || priv.secretHash === '') return false;
  return sameDigest(await sha256Hex(normalizeSecretCode(secret) ?? secret), priv.secretHash);
}
