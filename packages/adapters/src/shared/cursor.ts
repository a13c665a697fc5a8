/** Keyset cursor over (createdAt desc, id desc), opaque to clients. */
export interface CursorKey {
  createdAt: string;
  id: string;
}

const toBase64Url = (s: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(s)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (s: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  );

export const encodeCursor = (key: CursorKey): string => toBase64Url(JSON.stringify([key.createdAt, key.id]));

/** `null` for a cursor that was not made by `encodeCursor` (the API answers 400). */
export function decodeCursor(cursor: string): CursorKey | null {
  try {
    const value: unknown = JSON.parse(fromBase64Url(cursor));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  return null;
}

/** Lower-case, accents removed: "Crèche" and "creche" match. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
