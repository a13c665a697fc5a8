// The server the crash script kills: the real handler over PGlite on disk, on loopback.
// Prints `READY <port> <token>` once it listens: the token is a professional's of the space,
// signed with the keys in this database. Not meant to be run by hand.
//   node --conditions=participe:source --import tsx/esm src/server.ts --data-dir <dir> [--port 0]
// BENCH_PGLITE_THREAD=main runs PGlite in the server's own thread (default: a worker thread).
import { parseArgs } from 'node:util';
import { openPglite, openPostgresStore, pgliteDriver, pgliteWorkerDriver } from '@participe/adapters/postgres';
import {
  createHandler,
  createTokenService,
  migrateIdentity,
  serve,
  sqlIdentityStore,
} from '@participe/adapters/server';
import { SpaceSchema } from '@participe/core';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } } });
const dataDir = values['data-dir'];
const secret = process.env['PARTICIPE_TOKEN_SECRET'];
if (!dataDir || !secret) {
  console.error('usage: PARTICIPE_TOKEN_SECRET=… server.ts --data-dir <dir> [--port 0]');
  process.exit(2);
}

// As `participe serve` (PARTICIPE_PGLITE_THREAD): PGlite in a thread of its own unless
// BENCH_PGLITE_THREAD=main. A kill -9 ends both threads at once.
const driver =
  process.env['BENCH_PGLITE_THREAD'] === 'main'
    ? pgliteDriver(await openPglite(dataDir))
    : await pgliteWorkerDriver({ dataDir });
const store = await openPostgresStore(driver);
await migrateIdentity(driver);
const tokens = createTokenService({ store: sqlIdentityStore(driver), secret, issuer: 'http://bench-crash.localhost' });
if (!(await store.getSpace('groupe-crash'))) {
  await store.putSpace(
    SpaceSchema.parse({
      id: 's_crash',
      slug: 'groupe-crash',
      name: 'Groupe de test de panne',
      policyArea: 'Insertion',
      territory: 'Banc d’essai',
      charter: { text: 'Co-responsabilité.', adoptedOn: '2026-01-15' },
      composition: {},
      createdOn: '2026-01-10',
    }),
  );
}
const served = await serve(
  createHandler({ store, tokens, rateLimit: false, onError: (e) => console.error('500:', e) }),
  { port: Number(values.port ?? 0) },
);
const { token } = await tokens.issueApiToken({
  identity: { role: 'professional', memberId: 'pro_crash', spaceIds: ['groupe-crash'] },
  subject: 'pro_crash',
  scopes: ['read'],
  expiresAt: new Date(Date.now() + 86_400_000),
});
process.stdout.write(`READY ${served.port} ${token}\n`);

process.on('SIGTERM', async () => {
  await served.close();
  await store.close();
  process.exit(0);
});
