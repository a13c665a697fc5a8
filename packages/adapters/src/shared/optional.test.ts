import { describe, expect, it } from 'vitest';
import { loadOptional, MissingDependencyError } from './optional.js';

describe('loadOptional', () => {
  it('says which package to install when the driver itself is missing', async () => {
    const error = await loadOptional(
      'participe-no-such-driver',
      'Sending e-mail over SMTP',
      () =>
        // @ts-expect-error: the package does not exist, on purpose
        import('participe-no-such-driver'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect((error as Error).message).toBe(
      'Sending e-mail over SMTP needs the package "participe-no-such-driver", which is not installed: npm install participe-no-such-driver',
    );
  });

  it('passes on any other failure unchanged (a broken install is not a missing one)', async () => {
    const broken = Object.assign(new Error("Cannot find module 'left-pad' imported from pg"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    await expect(loadOptional('pg', 'PostgreSQL', () => Promise.reject(broken))).rejects.toBe(broken);
    const other = new Error('boom');
    await expect(loadOptional('pg', 'PostgreSQL', () => Promise.reject(other))).rejects.toBe(other);
  });

  it('returns the module when it is installed', async () => {
    const pg = await loadOptional('pg', 'PostgreSQL', () => import('pg'));
    expect(typeof pg.default.Pool).toBe('function');
  });
});
