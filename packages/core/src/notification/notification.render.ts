import { VERDICTS } from '../contribution/contribution.constants.js';
import type { NotificationRecord } from '../store/store.port.js';
import { NOTIFICATION_COPY } from './notification.messages.js';
import type {
  NotificationCopy,
  NotificationLocale,
  RenderedNotification,
  RenderNotificationOptions,
} from './notification.types.js';

type Verdict = (typeof VERDICTS)[number];

/** A paragraph is lines; a link paragraph ends with a clickable address. */
type Paragraph = { lines: string[]; url?: string };

/**
 * Turns a stored notification into the e-mail its author receives: plain words, the
 * follow-up link or code, nothing that tracks the reader. Pure: the same record and
 * options always give the same message, so a message sent again says the same thing.
 */
export function renderNotification(
  record: Pick<NotificationRecord, 'kind' | 'payload'>,
  options: RenderNotificationOptions,
): RenderedNotification {
  const copy = NOTIFICATION_COPY[options.locale];
  if (!copy) throw new TypeError(`renderNotification: unknown locale "${options.locale}", expected "fr" or "en"`);
  const url = options.followUpUrl === undefined ? undefined : checkedUrl(options.followUpUrl);
  const code = line(options.followUpCode);
  const spaceName = line(options.spaceName);

  const paragraphs: Paragraph[] = [{ lines: [copy.hello] }, { lines: body(record, copy) }];
  if (url) paragraphs.push({ lines: [readLine(record.kind, copy)], url });
  if (code) paragraphs.push({ lines: url ? [copy.code(code)] : [copy.code(code), copy.useCode] });
  else if (!url) paragraphs.push({ lines: [copy.useCode] });
  paragraphs.push({ lines: [copy.why, copy.automatic] });
  if (spaceName) paragraphs.push({ lines: [spaceName] });

  const subject = spaceName ? `${copy.subject[record.kind]} – ${spaceName}` : copy.subject[record.kind];
  return {
    subject,
    text: `${paragraphs.map(toText).join('\n\n')}\n`,
    html: toHtml(subject, paragraphs, options.locale),
    headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': options.locale },
  };
}

function body(record: Pick<NotificationRecord, 'kind' | 'payload'>, copy: NotificationCopy): string[] {
  const p = record.payload;
  const title = line(p['title']);
  switch (record.kind) {
    case 'answerPublished': {
      const verdict = VERDICTS.includes(p['verdict'] as Verdict)
        ? copy.answerPublished.verdict[p['verdict'] as Verdict]
        : null;
      const service = line(p['service']);
      return present([
        copy.answerPublished.intro(title),
        verdict,
        service ? copy.answerPublished.service(service) : null,
      ]);
    }
    case 'progressReported': {
      const update = (p['update'] ?? {}) as Record<string, unknown>;
      const text = block(update['text']);
      const percent = update['percent'];
      const known = typeof percent === 'number' && Number.isInteger(percent) && percent >= 0 && percent <= 100;
      const done = p['status'] === 'done' || percent === 100;
      return present([
        copy.progressReported.intro(title),
        text ? copy.progressReported.update(text) : null,
        known && !done ? copy.progressReported.percent(percent) : null,
        done ? copy.progressReported.done : null,
      ]);
    }
    case 'contributionHidden': {
      const reason = block(p['reason']);
      return present([
        copy.contributionHidden.intro(title),
        reason ? copy.contributionHidden.reason(reason) : null,
        copy.contributionHidden.disagree,
      ]);
    }
    case 'contributionRestored': {
      const reason = block(p['reason']);
      return present([
        copy.contributionRestored.intro(title),
        reason ? copy.contributionRestored.reason(reason) : null,
      ]);
    }
    case 'commitmentDone': {
      const commitment = (p['commitment'] ?? {}) as Record<string, unknown>;
      const what = line(commitment['what']);
      return present([
        copy.commitmentDone.intro(title),
        what ? copy.commitmentDone.what(what, line(commitment['owner'])) : null,
      ]);
    }
    default:
      throw new TypeError(`renderNotification: unknown notification kind "${String(record.kind)}"`);
  }
}

const readLine = (kind: NotificationRecord['kind'], copy: NotificationCopy) => copy[kind].read;

const present = (lines: (string | null)[]): string[] => lines.filter((l): l is string => l !== null);

// Bidi overrides could make a title read as something else; other controls have no place in a message.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_NEWLINE = /(?![\n])[\p{Cc}\u2028\u2029]/gu;
const MAX = 4000;

/** User text that may keep its line breaks, or `null` when there is none. */
function block(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const clean = value
    .replace(/\r\n?/g, '\n')
    .replace(BIDI, '')
    .replace(CONTROL_BUT_NEWLINE, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return clean ? clean.slice(0, MAX) : null;
}

/** User text on one line (titles, names, the subject). */
function line(value: unknown): string | null {
  const b = block(value);
  return b ? b.replace(/\s+/g, ' ') : null;
}

function checkedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(
      `renderNotification: followUpUrl "${value}" is not an absolute URL (example: https://ville.example/suivi)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`renderNotification: followUpUrl must use http: or https:, got "${url.protocol}"`);
  }
  return url.href;
}

const toText = (p: Paragraph): string => [...p.lines, ...(p.url ? [p.url] : [])].join('\n');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const htmlLine = (s: string): string => escapeHtml(s).replace(/\n/g, '<br>\n');

function toHtml(subject: string, paragraphs: Paragraph[], locale: NotificationLocale): string {
  const ps = paragraphs.map((p) => {
    const lines = p.lines.map(htmlLine);
    if (p.url) lines.push(`<a href="${escapeHtml(p.url)}">${escapeHtml(p.url)}</a>`);
    return `<p>${lines.join('<br>\n')}</p>`;
  });
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body>',
    ...ps,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
