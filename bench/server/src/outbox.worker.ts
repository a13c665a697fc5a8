// One dispatcher process for `outbox.ts`: opens the store and the outbox on the schema it is
// given, says it is ready, waits for the word to start, then empties the outbox (a mailer that
// accepts everything, batches of 50) until nothing is left or the time is up, and reports how
// many it handled and when it started and ended.
//
// BENCH_SCHEMA: the schema; BENCH_SECONDS: the time allowed; BENCH_OUTBOX_BASELINE: a folder
// holding an older build of @participe/adapters (its `dist`), whose dispatcher and outbox are
// measured instead of this tree's.
import { pathToFileURL } from 'node:url';
import * as current from '@participe/adapters/notifications';
import { openPostgresStore, openSqlOutbox, pgDriver } from '@participe/adapters/postgres';

const url = process.env['DATABASE_URL']!;
const schema = process.env['BENCH_SCHEMA']!;
const seconds = Number(process.env['BENCH_SECONDS'] ?? 20);
const baseline = process.env['BENCH_OUTBOX_BASELINE'];

type Dispatch = typeof current.dispatchNotifications;
type OpenOutbox = typeof openSqlOutbox;
const from = (file: string) => import(pathToFileURL(`${baseline}/dist/${file}`).href);
const { dispatchNotifications } = (baseline ? await from('notifications/index.js') : current) as {
  dispatchNotifications: Dispatch;
};
const { openSqlOutbox: openOutbox } = (baseline ? await from('postgres/index.js') : { openSqlOutbox }) as {
  openSqlOutbox: OpenOutbox;
};

const driver = pgDriver({ connectionString: url, schema, max: 4 });
const store = await openPostgresStore(driver);
const outbox = await openOutbox(driver);
process.send!({ ready: true });
await new Promise((resolve) => process.once('message', resolve));

let handled = 0;
const start = Date.now();
while (Date.now() - start < seconds * 1000) {
  const r = await dispatchNotifications({
    store,
    outbox,
    mailer: { send: async () => ({}) },
    followUpUrl: 'https://departement.example/suivi',
    limit: 50,
  });
  handled += r.sent.length + r.skipped.length;
  if (r.sent.length + r.skipped.length + r.failed.length === 0) break;
}
process.send!({ handled, start, end: Date.now() });
await store.close();
process.disconnect();
