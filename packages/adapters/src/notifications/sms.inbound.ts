// Replies to our text messages, as the SMS provider forwards them: "STOP" puts the number's
// keyed hash on the opt-out list. The number itself is never stored, logged or echoed.
import { timingSafeEqual } from 'node:crypto';
import { isStopReply, type SmsOptOuts, toE164 } from './sms.js';

/** Where providers are told to forward replies. */
export const SMS_INBOUND_PATH = '/api/sms/inbound';

export interface SmsInboundOptions {
  /** The shared secret in the provider's callback URL (`?token=`) or as `Authorization: Bearer`. At least 16 characters. */
  token: string;
  optOuts: SmsOptOuts;
  hashNumber: (e164: string) => string;
  /** @default '33' */
  countryCode?: string;
  /** @default () => new Date() */
  now?: () => Date;
}

/** The names providers give the sender's number and the text, GET or POST, form or JSON. */
const FROM = ['from', 'sender', 'senderid', 'msisdn', 'phone', 'originator'];
const TEXT = ['text', 'message', 'body', 'content', 'msg'];

const empty = (status: number) =>
  new Response(null, {
    status,
    headers: { 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'" },
  });

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

async function fieldsOf(request: Request, url: URL): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) out[k.toLowerCase()] = v;
  if (request.method !== 'POST') return out;
  const type = request.headers.get('content-type') ?? '';
  const raw = (await request.text()).slice(0, 8192);
  if (type.includes('json')) {
    try {
      const json = JSON.parse(raw) as Record<string, unknown>;
      for (const [k, v] of Object.entries(json ?? {}))
        if (typeof v === 'string' || typeof v === 'number') out[k.toLowerCase()] = String(v);
    } catch {
      // not JSON after all: nothing read
    }
  } else {
    for (const [k, v] of new URLSearchParams(raw)) out[k.toLowerCase()] = v;
  }
  return out;
}

/**
 * Handles `SMS_INBOUND_PATH` (GET or POST); `null` for any other path, so it sits in front of
 * the API. 204 whatever the reply says (only STOP changes something), 401 without the token,
 * 400 without a number and a text.
 */
export function createSmsInbound(options: SmsInboundOptions) {
  if (options.token.length < 16) throw new TypeError('createSmsInbound: the token needs at least 16 characters');
  const now = options.now ?? (() => new Date());
  return async (request: Request): Promise<Response | null> => {
    const url = new URL(request.url);
    if (url.pathname !== SMS_INBOUND_PATH) return null;
    if (request.method !== 'GET' && request.method !== 'POST') return empty(405);
    const bearer = /^Bearer (.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    const given = bearer ?? url.searchParams.get('token') ?? '';
    if (!same(given, options.token)) return empty(401);
    const fields = await fieldsOf(request, url);
    const from = FROM.map((k) => fields[k]).find(Boolean);
    const text = TEXT.map((k) => fields[k]).find((v) => v !== undefined);
    if (!from || text === undefined) return empty(400);
    if (isStopReply(text)) {
      const number = toE164(from, options.countryCode);
      if (number) await options.optOuts.optOut(options.hashNumber(number), now());
    }
    return empty(204);
  };
}
