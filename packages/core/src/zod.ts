// Every schema of Participe is built through this module, so `jitless` is set before any
// schema exists: zod never tries `new Function`, and the library runs under a strict CSP.
// `zod/mini` keeps the citizen widgets inside their size budget (see README). Re-exporting
// with `export *` (not a namespace object) lets bundlers drop what is not used.
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
