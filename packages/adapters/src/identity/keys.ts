// The keys that sign Participe's tokens (ES256). Each council (organisation) owns its own
// ring: its tokens are signed with its current key and checked against its keys only, so a
// key of one council never vouches for another's token. They live in the identity store, the
// private half sealed under a key derived from PARTICIPE_TOKEN_SECRET, so a copy of the
// database alone signs nothing. `rotate` starts a new key; the previous one keeps verifying
// until the last token it signed expires, then it is refused.

import { newId } from '../service/crypto.js';
import { loadOptional } from '../shared/optional.js';
import type { IdentityStore } from './identity.store.js';
import type { SigningKeyRecord } from './identity.types.js';
import { assertTokenSecret, KEY_REFRESH_SECONDS, SESSION_MAX_SECONDS } from './limits.js';

export const loadJose = () => loadOptional('jose', 'Access tokens (JWT)', () => import('jose'));

/** Loads `jose` now, so that a server missing it stops at start with its name. */
export async function requireJose(): Promise<void> {
  await loadJose();
}

type Key = Awaited<ReturnType<Awaited<ReturnType<typeof loadJose>>['importJWK']>>;

export interface KeyRing {
  /** The key new tokens are signed with; the first one is made when there is none. */
  signing(): Promise<{ kid: string; key: Key }>;
  /** The public key of `kid` while it may verify, else null. */
  verifying(kid: string, at: Date): Promise<Key | null>;
  /** Starts a new signing key; returns it and the keys it retired, with how long they still verify. */
  rotate(): Promise<{ kid: string; retired: Array<{ kid: string; verifyUntil: string }> }>;
}

export interface KeyRingOptions {
  /** The identity store of the council whose keys these are (`forOrganisation(id)`). */
  store: IdentityStore;
  /** `PARTICIPE_TOKEN_SECRET`: at least 32 characters. */
  secret: string;
  now?: () => Date;
  /** The sealing key derived from `secret`, when a caller already has it (one derivation for every council). */
  seal?: Promise<Uint8Array>;
}

const encoder = new TextEncoder();

async function sealingKey(secret: string): Promise<Uint8Array> {
  const material = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, [
    'deriveBits',
  ]);
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('participe/signing-keys'), info: encoder.encode('v1') },
    material,
    256,
  );
  return new Uint8Array(bits);
}

export function createKeyRing(options: KeyRingOptions): KeyRing {
  assertTokenSecret(options.secret);
  const now = options.now ?? (() => new Date());
  const seal = options.seal ?? sealingKey(options.secret);
  let records: SigningKeyRecord[] | null = null;
  let loadedAt = 0;
  let loading: Promise<SigningKeyRecord[]> | null = null;
  const publicKeys = new Map<string, Promise<Key>>();
  let signer: { kid: string; key: Promise<Key> } | null = null;

  // Concurrent callers share one read: a burst of tokens with unknown `kid`s is one query.
  const load = () => {
    loading ??= options.store.listKeys().then(
      (list) => {
        records = list;
        loadedAt = Date.now();
        loading = null;
        return list;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const current = async () => (records && Date.now() - loadedAt < KEY_REFRESH_SECONDS * 1000 ? records : await load());

  async function unseal(record: SigningKeyRecord): Promise<Key> {
    const jose = await loadJose();
    let jwk: Record<string, string>;
    try {
      const { plaintext } = await jose.compactDecrypt(record.sealed, await seal);
      jwk = JSON.parse(new TextDecoder().decode(plaintext)) as Record<string, string>;
    } catch {
      throw new Error(
        `The signing key ${record.kid} was sealed with another PARTICIPE_TOKEN_SECRET. ` +
          'Run "participe keys rotate" with the current secret (tokens already issued keep verifying).',
      );
    }
    return jose.importJWK(jwk, record.alg);
  }

  async function rotate() {
    const jose = await loadJose();
    const at = now();
    const { privateKey, publicKey } = await jose.generateKeyPair('ES256', { extractable: true });
    const kid = newId('k');
    const privateJwk = { ...(await jose.exportJWK(privateKey)), kid, alg: 'ES256' };
    const { kty, crv, x, y } = await jose.exportJWK(publicKey);
    const sealed = await new jose.CompactEncrypt(encoder.encode(JSON.stringify(privateJwk)))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid })
      .encrypt(await seal);
    const active = (await load()).filter((k) => k.retiredAt === null);
    // A retired key verifies until the last token it signed expires: sessions signed up to
    // the moment other servers notice the new key, and API tokens as recorded.
    const sessionsEnd = at.getTime() + (SESSION_MAX_SECONDS + KEY_REFRESH_SECONDS) * 1000;
    const retired = await Promise.all(
      active.map(async (k) => {
        const last = await options.store.lastTokenExpiry(k.kid);
        const until = Math.max(sessionsEnd, last ? Date.parse(last) : 0);
        return { kid: k.kid, verifyUntil: new Date(until).toISOString() };
      }),
    );
    await options.store.rotateKeys(
      {
        kid,
        alg: 'ES256',
        publicJwk: { kty: kty!, crv: crv!, x: x!, y: y! },
        sealed,
        createdAt: at.toISOString(),
        retiredAt: null,
        verifyUntil: null,
      },
      { at: at.toISOString(), verifyUntil: (k) => retired.find((r) => r.kid === k)?.verifyUntil ?? at.toISOString() },
    );
    signer = { kid, key: Promise.resolve(privateKey as Key) };
    await load();
    return { kid, retired };
  }

  return {
    async signing() {
      let active = (await current()).filter((k) => k.retiredAt === null).at(-1);
      if (!active) {
        await rotate();
        active = (records ?? []).filter((k) => k.retiredAt === null).at(-1);
      }
      if (!active) throw new Error('No signing key could be made');
      if (signer?.kid !== active.kid) {
        const key = unseal(active);
        signer = { kid: active.kid, key };
        key.catch(() => {
          if (signer?.key === key) signer = null;
        });
      }
      return { kid: signer.kid, key: await signer.key };
    },
    async verifying(kid, at) {
      let record = (await current()).find((k) => k.kid === kid);
      if (!record) record = (await load()).find((k) => k.kid === kid);
      if (!record) return null;
      if (record.verifyUntil !== null && Date.parse(record.verifyUntil) <= at.getTime()) return null;
      let key = publicKeys.get(kid);
      if (!key) {
        const { importJWK } = await loadJose();
        key = importJWK({ ...record.publicJwk, alg: record.alg }, record.alg) as Promise<Key>;
        publicKeys.set(kid, key);
      }
      return key;
    },
    rotate,
  };
}

/** Every council's key ring, over the server's identity store. */
export interface CouncilKeyRings {
  /** The ring of `organisation` (its id); the same ring for the same council while it is in use. */
  of(organisation: string): KeyRing;
}

/**
 * How many councils' rings stay in memory. A token names its council before its signature is
 * checked, so a flood of made-up councils must not grow the map without end: the least
 * recently used ring is dropped (and read again from the store if that council comes back).
 */
const MAX_RINGS = 256;

export function createCouncilKeyRings(options: KeyRingOptions): CouncilKeyRings {
  assertTokenSecret(options.secret);
  const seal = options.seal ?? sealingKey(options.secret);
  const rings = new Map<string, KeyRing>();
  return {
    of(organisation) {
      let ring = rings.get(organisation);
      if (ring) rings.delete(organisation);
      else {
        ring = createKeyRing({ ...options, store: options.store.forOrganisation(organisation), seal });
        if (rings.size >= MAX_RINGS) rings.delete(rings.keys().next().value!);
      }
      rings.set(organisation, ring);
      return ring;
    },
  };
}
