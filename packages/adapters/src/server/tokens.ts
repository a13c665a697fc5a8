// Access tokens for members: `pt1.<payload>.<signature>`, the payload a base64url JSON
// document and the signature an HMAC-SHA-256 of `pt1.<payload>` with the server's secret.
// Web Crypto only, so tokens can be checked wherever the handler runs (Node, workers).
import { MEMBER_ROLES } from '@participe/core';
import * as z from 'zod/mini';
import type { Identity } from '../service/api.js';
import { base64url, fromBase64url } from '../service/crypto.js';

const PREFIX = 'pt1';
/** Shorter secrets are guessable offline from one token. */
export const MIN_SECRET_LENGTH = 32;

const PayloadSchema = z.object({
  role: z.enum(MEMBER_ROLES),
  memberId: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))),
  spaceIds: z.array(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))).check(z.maxLength(100)),
  /** Issued at and expires, in seconds since 1970. */
  iat: z.int(),
  exp: z.int(),
});

export type TokenPayload = z.output<typeof PayloadSchema>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const keyOf = (secret: string, usage: 'sign' | 'verify') =>
  globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);

export function assertTokenSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`PARTICIPE_TOKEN_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
}

export async function signToken(
  secret: string,
  identity: Identity,
  opts: { days?: number; now?: Date } = {},
): Promise<string> {
  assertTokenSecret(secret);
  const iat = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  const payload: TokenPayload = PayloadSchema.parse({
    role: identity.role,
    memberId: identity.memberId,
    spaceIds: [...identity.spaceIds],
    iat,
    exp: iat + Math.round((opts.days ?? 30) * 86_400),
  });
  const body = `${PREFIX}.${base64url(encoder.encode(JSON.stringify(payload)))}`;
  const signature = await globalThis.crypto.subtle.sign('HMAC', await keyOf(secret, 'sign'), encoder.encode(body));
  return `${body}.${base64url(new Uint8Array(signature))}`;
}

export type TokenCheck = { ok: true; identity: Identity } | { ok: false; reason: 'badToken' | 'tokenExpired' };

/** Checks the signature (constant time, by Web Crypto) before reading anything in the payload. */
export async function verifyToken(secret: string, token: string, now: Date = new Date()): Promise<TokenCheck> {
  const parts = token.length <= 4096 ? token.split('.') : [];
  if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false, reason: 'badToken' };
  const payloadBytes = fromBase64url(parts[1]!);
  const signature = fromBase64url(parts[2]!);
  if (!payloadBytes || !signature) return { ok: false, reason: 'badToken' };
  const valid = await globalThis.crypto.subtle.verify(
    'HMAC',
    await keyOf(secret, 'verify'),
    signature,
    encoder.encode(`${parts[0]}.${parts[1]}`),
  );
  if (!valid) return { ok: false, reason: 'badToken' };
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(payloadBytes));
  } catch {
    return { ok: false, reason: 'badToken' };
  }
  const payload = PayloadSchema.safeParse(json);
  if (!payload.success) return { ok: false, reason: 'badToken' };
  if (payload.data.exp * 1000 <= now.getTime()) return { ok: false, reason: 'tokenExpired' };
  const { role, memberId, spaceIds } = payload.data;
  return { ok: true, identity: { role, memberId, spaceIds } };
}
