// Every schema of Participe is built from this module, so `jitless` is set before any
// schema exists: zod never tries `new Function`, and the library runs under a strict
// CSP. `zod/mini` keeps the citizen widgets inside their size budget (see README).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
