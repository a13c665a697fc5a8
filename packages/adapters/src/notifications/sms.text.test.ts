import { NOTIFICATION_KINDS } from '@participe/core';
import { describe, expect, it } from 'vitest';
import { createNumberHasher, isStopReply, quietUntil, toE164 } from './sms.js';
import { gsm7Length, renderSms, SMS_CODE_MAX, SMS_LINK_MAX, SMS_MAX, SMS_WORDINGS } from './sms.text.js';

const KINDS = [...new Set([...NOTIFICATION_KINDS, 'commitmentDone' as const])];
/** The longest links a message may carry: plain characters, and GSM-7 extension characters (two septets each). */
const WORST_LINKS = [
  `https://${'a'.repeat(SMS_LINK_MAX - 8)}`,
  `https://v.example/${'~'.repeat((SMS_LINK_MAX - 18) / 2)}`,
  `https://ville.example/participer/suivi/${'X'.repeat(SMS_LINK_MAX - 39)}`,
];

describe('renderSms', () => {
  it('every kind × wording × the longest link, the longest code or neither is one SMS of GSM-7 characters', () => {
    let checked = 0;
    for (const kind of KINDS) {
      for (const wording of SMS_WORDINGS) {
        const variants: { followUpUrl?: string; followUpCode?: string }[] = [
          ...WORST_LINKS.map((followUpUrl) => ({ followUpUrl, followUpCode: 'K'.repeat(SMS_CODE_MAX) })),
          { followUpCode: 'K'.repeat(SMS_CODE_MAX) },
          {},
        ];
        for (const options of variants) {
          const text = renderSms({ kind }, { wording, ...options });
          const length = gsm7Length(text);
          expect(length, `${kind} ${wording} ${text}`).not.toBeNull();
          expect(length, `${kind} ${wording} ${text}`).toBeLessThanOrEqual(SMS_MAX);
          expect(text).toContain('STOP');
          if (options.followUpUrl) expect(text).toContain(options.followUpUrl);
          else if (options.followUpCode) expect(text).toContain(options.followUpCode);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(KINDS.length * SMS_WORDINGS.length * 5);
  });

  it('gives the code instead of a link that is too long, and never user text', () => {
    const text = renderSms(
      { kind: 'answerPublished' },
      { wording: 'falc', followUpUrl: `https://${'a'.repeat(SMS_LINK_MAX)}.example`, followUpCode: 'K7P-4QX' },
    );
    expect(text).toBe(
      'On a répondu à votre message. Sur le site, tapez le code K7P-4QX. Pour ne plus avoir de SMS, répondez STOP.',
    );
    expect(renderSms({ kind: 'answerPublished' }, { wording: 'en', followUpUrl: 'https://v.example/s' })).toBe(
      'Your contribution has an answer. Read it here: https://v.example/s Reply STOP to get no more texts.',
    );
  });

  it('counts GSM-7 septets and refuses what is not GSM-7', () => {
    expect(gsm7Length('é à è ù')).toBe(7);
    expect(gsm7Length('[~]')).toBe(6);
    expect(gsm7Length('être')).toBeNull();
    expect(gsm7Length('l’avis')).toBeNull();
  });
});

describe('numbers, STOP and quiet hours', () => {
  it('reads French numbers as typed into E.164', () => {
    expect(toE164('06 12 34 56 78')).toBe('+33612345678');
    expect(toE164('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(toE164('0033612345678')).toBe('+33612345678');
    expect(toE164('33612345678')).toBe('+33612345678');
    expect(toE164('06-12')).toBeNull();
  });

  it('hashes numbers with a key: the same number, the same hash; another key, another hash', () => {
    const a = createNumberHasher('a-secret-that-is-long-enough-000000');
    expect(a('+33612345678')).toBe(a('+33612345678'));
    expect(a('+33612345678')).not.toContain('612345678');
    expect(createNumberHasher('another-secret-long-enough-0000000')('+33612345678')).not.toBe(a('+33612345678'));
  });

  it('hears STOP however it is typed', () => {
    for (const t of ['STOP', 'stop', ' Stop. ', 'STOP SMS', 'Arrêt']) expect(isStopReply(t), t).toBe(true);
    for (const t of ['Merci', 'stop le bus', '']) expect(isStopReply(t), t).toBe(false);
  });

  it('keeps messages for 08:00 Paris time between 21:00 and 08:00, across a change of clock', () => {
    // 20:59 in Paris (winter, UTC+1): allowed.
    expect(quietUntil(new Date('2026-01-15T19:59:00Z'))).toBeNull();
    expect(quietUntil(new Date('2026-01-15T20:00:00Z'))?.toISOString()).toBe('2026-01-16T07:00:00.000Z');
    expect(quietUntil(new Date('2026-07-15T03:30:00Z'))?.toISOString()).toBe('2026-07-15T06:00:00.000Z');
    // The night the clocks go back (25 October 2026): 08:00 is 07:00 UTC.
    expect(quietUntil(new Date('2026-10-24T20:30:00Z'))?.toISOString()).toBe('2026-10-25T07:00:00.000Z');
    // The night they go forward (29 March 2026): 08:00 is 06:00 UTC.
    expect(quietUntil(new Date('2026-03-28T21:30:00Z'))?.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(quietUntil(new Date('2026-01-15T23:00:00Z'), { from: 9, until: 20 })?.toISOString()).toBe(
      '2026-01-16T08:00:00.000Z',
    );
  });
});
