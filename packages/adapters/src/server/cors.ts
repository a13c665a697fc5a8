// CORS by allow-list. No cookies are ever used, so `Access-Control-Allow-Credentials` is
// never sent; `*` is accepted in the list for fully public deployments and is safe for
// the same reason (a token travels in a header the page sets itself).

const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept-Language, Idempotency-Key, If-Match, X-Participe-Secret';
const EXPOSED_HEADERS = 'ETag, Location, Retry-After, Idempotent-Replayed';

export function corsHeaders(origin: string | null, allowList: readonly string[]): Record<string, string> | null {
  if (!origin) return {};
  if (allowList.includes('*'))
    return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED_HEADERS };
  if (!allowList.includes(origin)) return null;
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS, Vary: 'Origin' };
}

export const preflightHeaders = (methods: string): Record<string, string> => ({
  'Access-Control-Allow-Methods': methods,
  'Access-Control-Allow-Headers': ALLOWED_HEADERS,
  'Access-Control-Max-Age': '600',
});
