import { describe, expect, it } from 'vitest';
import { FAILURE_CASES, type FailureCase, type FailureLike, failureCase, failureMessage } from './failure.js';

/** Each rung's own words, so a test sees which one was chosen. */
const ALL_WORDS = {
  failed: 'failed',
  offline: 'offline',
  denied: 'denied',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  notFound: 'notFound',
  conflict: 'conflict',
  rejected: 'rejected',
  busy: 'busy',
  server: 'server',
} as const;

/** A failure as a back end gives it (kind and status), and as the API client gives it (status only). */
const EXAMPLES: Array<[FailureCase, FailureLike, FailureLike]> = [
  ['offline', { kind: 'offline', status: 0 }, { status: 0 }],
  ['unauthorized', { kind: 'unauthorized', status: 401 }, { status: 401 }],
  ['forbidden', { kind: 'forbidden', status: 403 }, { status: 403 }],
  ['notFound', { kind: 'notFound', status: 404 }, { status: 404 }],
  ['conflict', { kind: 'conflict', status: 409 }, { status: 412 }],
  ['rejected', { kind: 'rejected', status: 422 }, { status: 400 }],
  ['busy', { kind: 'error', status: 429 }, { status: 429 }],
  ['server', { kind: 'error', status: 503 }, { status: 500 }],
  ['failed', { kind: 'error' }, { status: 418 }],
];

describe('failureCase and failureMessage: a failure → the widget’s words', () => {
  it('every rung is reached, from a back end’s kind or from a status alone', () => {
    expect(EXAMPLES.map(([rung]) => rung)).toEqual([...FAILURE_CASES]);
    for (const [rung, backend, api] of EXAMPLES) {
      expect(failureCase(backend), JSON.stringify(backend)).toBe(rung);
      expect(failureCase(api), JSON.stringify(api)).toBe(rung);
      expect(failureMessage(backend, ALL_WORDS)).toBe(rung);
      expect(failureMessage(api, ALL_WORDS)).toBe(rung);
    }
  });

  it('a 401 or 403 is a refusal of the person, whatever the back end called it', () => {
    expect(failureCase({ kind: 'rejected', status: 401 })).toBe('unauthorized');
    expect(failureCase({ kind: 'error', status: 403 })).toBe('forbidden');
  });

  it('a rung without words of its own says `denied` for a refusal, `failed` for anything else', () => {
    const few = { failed: 'Échec', denied: 'Pas pour ce compte' };
    expect(failureMessage({ kind: 'unauthorized' }, few)).toBe('Pas pour ce compte');
    expect(failureMessage({ status: 403 }, few)).toBe('Pas pour ce compte');
    for (const kind of ['offline', 'notFound', 'conflict', 'rejected'] as const)
      expect(failureMessage({ kind }, few), kind).toBe('Échec');
    expect(failureMessage({ kind: 'error', status: 429 }, few)).toBe('Échec');
    expect(failureMessage({ kind: 'error', status: 502 }, few)).toBe('Échec');
    expect(failureMessage({ kind: 'forbidden' }, { failed: 'Échec' })).toBe('Échec');
  });

  it('a refusal of the input may be worded from the back end’s own sentences', () => {
    const words = {
      failed: 'Échec',
      rejected: (f: FailureLike) => (f.issues ?? []).map((i) => i.message).join(' '),
    };
    const failure = { kind: 'rejected', status: 422, issues: [{ message: 'Le nom est pris.' }] } as const;
    expect(failureMessage(failure, words)).toBe('Le nom est pris.');
    // Nothing to say: the general words, never an empty alert.
    expect(failureMessage({ kind: 'rejected', issues: [] }, words)).toBe('Échec');
  });

  it('no failure, no words', () => {
    expect(failureMessage(null, ALL_WORDS)).toBe('');
    expect(failureMessage(undefined, ALL_WORDS)).toBe('');
  });
});
