// Starts the demo as a council would run Participe, with fictional data: the data folder's
// database is seeded when new, the demo's people invited and their API tokens signed; then
// `participe serve` (the built command of @participe/adapters, a child process) serves the
// API, the built widgets and the demo's pages, with the demo's test identity provider for
// staff sign-in. `main.ts` runs it from the command line; the end-to-end tests start it on a
// temporary folder.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTokenService } from '@participe/adapters/server';
import { DEFAULT_DATA_DIR, dataFolder, lockFolder, PACKAGE_DIR, type SeedRecord, tokenSecret } from './data-folder.js';
import { type DemoProvider, inviteDemoPeople, startDemoProvider } from './identity.js';
import { type DemoLogin, signLogins } from './logins.js';
import { WIDGETS_PATH } from './pages/layout.js';
import { type RunningServe, startParticipeServe } from './participe-serve.js';
import { DEFAULT_SITE_DIR, writeSite } from './site-folder.js';
import { openDemoStore } from './store.js';

export interface DemoOptions {
  /** @default examples/council-site/.data */
  dataDir?: string;
  /** Where the pages are written for `participe serve` (PARTICIPE_STATIC_DIR). @default examples/council-site/dist/site */
  siteDir?: string;
  /** 0: any free port. @default 3000 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Where `PARTICIPE_TOKEN_SECRET` and `PARTICIPE_LOG_LEVEL` are read. @default process.env */
  env?: NodeJS.ProcessEnv;
}

export interface Demo {
  url: string;
  /** The port asked for was taken; `url` has the one the system picked. */
  fellBack: boolean;
  dataDir: string;
  /** `true` on the first start on this folder. */
  seededNow: boolean;
  seed: SeedRecord | null;
  logins: Array<DemoLogin & { token: string }>;
  /** The demo's identity provider, where `/pro` signs people in (no password). */
  providerUrl: string;
  /** Where the e-mails to authors are written (one `.eml` file each): nothing leaves the machine. */
  mailDir: string;
  /** The JSON log of `participe serve`. */
  logFile: string;
  /** The `participe serve` process. */
  serverPid: number;
  close(): Promise<void>;
}

/** The port asked for when free, else one the system picks (checked now, taken by the server just after). */
function pickPort(port: number, host: string): Promise<{ port: number; fellBack: boolean }> {
  const probe = (p: number) =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(p, host, () => {
        const { port: got } = server.address() as { port: number };
        server.close(() => resolve(got));
      });
    });
  return probe(port).then(
    (got) => ({ port: got, fellBack: false }),
    (error: NodeJS.ErrnoException) => {
      if (port === 0 || error.code !== 'EADDRINUSE') throw error;
      return probe(0).then((got) => ({ port: got, fellBack: true }));
    },
  );
}

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const env = options.env ?? process.env;
  const host = options.host ?? '127.0.0.1';
  const folder = dataFolder(options.dataDir ?? DEFAULT_DATA_DIR);
  const release = lockFolder(folder);
  let provider: DemoProvider | null = null;
  let server: RunningServe | null = null;
  try {
    const secret = tokenSecret(folder, env);
    const { port, fellBack } = await pickPort(options.port ?? 3000, host);
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    // The site's address is the tokens' issuer (PARTICIPE_PUBLIC_URL), and `pnpm … token` reads it here.
    writeFileSync(join(folder.dir, 'public-url'), `${url}\n`);
    const siteDir = options.siteDir ?? DEFAULT_SITE_DIR;
    // The database (seeded when new), the pages and the identity provider are independent.
    const [opening, site, started] = await Promise.allSettled([
      openDemoStore(folder, new Date()),
      writeSite(siteDir, url),
      startDemoProvider(url),
    ]);
    if (started.status === 'fulfilled') provider = started.value;
    if (opening.status === 'rejected') throw opening.reason;
    const opened = opening.value;
    let logins: Array<DemoLogin & { token: string }>;
    try {
      if (site.status === 'rejected') throw site.reason;
      if (started.status === 'rejected') throw started.reason;
      await inviteDemoPeople(opened.identity);
      // Signed as `participe token` would, with the keys the server will verify them with.
      logins = await signLogins(createTokenService({ store: opened.identity, secret, issuer: url }));
    } finally {
      // The embedded database takes one process: closed before the server opens it.
      await opened.store.close();
    }
    const mailDir = join(folder.dir, 'mail');
    const logFile = join(folder.dir, 'serve.log');
    const idp = provider!;
    server = await startParticipeServe({
      cwd: PACKAGE_DIR,
      logFile,
      settings: {
        PARTICIPE_DATA_DIR: folder.dir,
        PARTICIPE_TOKEN_SECRET: secret,
        PARTICIPE_HOST: host,
        PARTICIPE_PORT: String(port),
        PARTICIPE_PUBLIC_URL: url,
        PARTICIPE_STATIC_DIR: siteDir,
        PARTICIPE_WIDGETS_PATH: WIDGETS_PATH,
        // E-mails to authors who left a contact: written as files, every 5 seconds.
        PARTICIPE_MAIL_DIR: mailDir,
        PARTICIPE_MAIL_FROM: 'Département des Hautes-Combes <participation@hautes-combes.example>',
        PARTICIPE_FOLLOW_UP_URL: `${url}/suivi`,
        PARTICIPE_NOTIFY_INTERVAL: '5',
        PARTICIPE_OIDC_ISSUER: idp.issuer,
        PARTICIPE_OIDC_CLIENT_ID: idp.client.clientId,
        PARTICIPE_OIDC_CLIENT_SECRET: idp.client.clientSecret,
        PARTICIPE_STAFF_HOME: '/pro',
        PARTICIPE_LOG_LEVEL: env['PARTICIPE_LOG_LEVEL'] || 'info',
      },
    });
    const running = server;
    return {
      url,
      fellBack,
      dataDir: folder.dir,
      seededNow: opened.seededNow,
      seed: opened.seed,
      logins,
      providerUrl: idp.issuer,
      mailDir,
      logFile,
      serverPid: running.pid,
      close: async () => {
        try {
          await running.stop();
          await idp.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    await server?.stop();
    await provider?.close();
    release();
    throw error;
  }
}
