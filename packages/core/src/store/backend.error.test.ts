import { describe, expect, it } from 'vitest';
import { BACKEND_ERROR_KINDS, DENIED_KINDS, isDenied, NO_BACKEND, toBackendError } from './backend.error.js';

const issues = [{ path: ['content', 'title'], message: 'Le titre manque.' }];

describe('toBackendError', () => {
  it.each(BACKEND_ERROR_KINDS)('keeps the kind %s, its message, status and field issues', (kind) => {
    expect(toBackendError({ kind, message: 'Refusé', status: 409, issues })).toEqual({
      kind,
      message: 'Refusé',
      status: 409,
      issues,
    });
    expect(toBackendError({ kind })).toEqual({ kind, message: '' });
  });

  it('never calls a 401 or a 403 rejected, whatever the back end said', () => {
    expect(toBackendError({ kind: 'rejected', status: 401, message: 'x' }).kind).toBe('unauthorized');
    expect(toBackendError({ kind: 'rejected', status: 403, message: 'x' }).kind).toBe('forbidden');
    expect(toBackendError({ kind: 'rejected', status: 400, message: 'x' }).kind).toBe('rejected');
  });

  it('keeps an Error’s own fields (a BackendFailure) but nothing it does not know', () => {
    const failure = Object.assign(new Error('Conflit'), { kind: 'conflict', status: 409, code: 'versionConflict' });
    expect(toBackendError(failure)).toEqual({ kind: 'conflict', message: 'Conflit', status: 409 });
  });

  it('drops fields of the wrong type', () => {
    expect(toBackendError({ kind: 'rejected', message: 42, status: '400', issues: 'titre' })).toEqual({
      kind: 'rejected',
      message: '',
    });
  });

  it('reads anything else as an error, with what it says', () => {
    expect(toBackendError(new TypeError('fetch failed'))).toEqual({ kind: 'error', message: 'fetch failed' });
    expect(toBackendError({ kind: 'weird', message: 'x' })).toEqual({ kind: 'error', message: '[object Object]' });
    expect(toBackendError('boom')).toEqual({ kind: 'error', message: 'boom' });
    expect(toBackendError(null)).toEqual({ kind: 'error', message: 'null' });
    expect(toBackendError(NO_BACKEND)).toEqual(NO_BACKEND);
  });
});

describe('isDenied', () => {
  it.each(BACKEND_ERROR_KINDS)('says whether %s means "not you"', (kind) => {
    expect(isDenied({ kind })).toBe((DENIED_KINDS as readonly string[]).includes(kind));
  });
});
