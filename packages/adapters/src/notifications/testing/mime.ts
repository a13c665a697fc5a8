// Test support: a small reader for the single-part and multipart/alternative messages our
// mailers write. Written from RFC 5322 / 2045 / 2047 rather than with the same library that
// composed them, so a test checks the bytes, not nodemailer against itself.

export interface ParsedMessage {
  /** Lower-cased names, unfolded, encoded words decoded. */
  headers: Map<string, string>;
  /** Each text part decoded to a string, by content type (`text/plain`, `text/html`). */
  parts: Map<string, string>;
}

export function parseMessage(raw: string): ParsedMessage {
  const { headers, body } = split(raw);
  const parts = new Map<string, string>();
  collect(headers, body, parts);
  const decoded = new Map([...headers].map(([k, v]) => [k, decodeWords(v)]));
  return { headers: decoded, parts };
}

function split(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  if (at < 0) throw new Error('no blank line between the headers and the body');
  const headers = new Map<string, string>();
  for (const field of raw.slice(0, at).split(/\r\n(?![ \t])/)) {
    const colon = field.indexOf(':');
    if (colon <= 0) throw new Error(`malformed header field: ${field}`);
    headers.set(
      field.slice(0, colon).trim().toLowerCase(),
      field
        .slice(colon + 1)
        .replace(/\r\n[ \t]/g, ' ')
        .trim(),
    );
  }
  return { headers, body: raw.slice(at + 4) };
}

function collect(headers: Map<string, string>, body: string, parts: Map<string, string>) {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) break;
      const inner = split(section.replace(/^\r\n/, ''));
      collect(inner.headers, inner.body.replace(/\r\n$/, ''), parts);
    }
    return;
  }
  const charset = /charset="?([^";]+)"?/i.exec(type)?.[1]?.toLowerCase() ?? 'us-ascii';
  if (charset !== 'utf-8' && charset !== 'us-ascii') throw new Error(`unexpected charset ${charset}`);
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'quoted-printable'
      ? quotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64')
        : Buffer.from(body, 'binary');
  parts.set(type.split(';')[0]!.trim().toLowerCase(), new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

function quotedPrintable(s: string): Buffer {
  const soft = s.replace(/=\r\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(soft.charCodeAt(i));
  }
  return Buffer.from(out);
}

/** RFC 2047: `=?UTF-8?Q?re=C3=A7u?=` and `=?UTF-8?B?…?=`; whitespace between two words goes. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, enc: string, text: string) => {
      const bytes = enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text.replace(/_/g, ' '));
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    });
}
