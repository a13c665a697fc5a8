// Starts the whole demo in this process: data folder, database (seeded when new), assets,
// API and pages on one node:http server. `main.ts` runs it from the command line; the
// end-to-end test starts it on a temporary folder.

import { join } from 'node:path';
import { createFileMailer, startNotificationDispatcher } from '@participe/adapters/notifications';
import type { PostgresStore } from '@participe/adapters/postgres';
import { createHandler, createTokenService } from '@participe/adapters/server';
import { buildAssets, DEFAULT_ASSETS_DIR } from './assets.js';
import { DEFAULT_DATA_DIR, dataFolder, lockFolder, type SeedRecord, tokenSecret } from './data-folder.js';
import { type DemoIdentity, startDemoIdentity } from './identity.js';
import { listen } from './listen.js';
import { type DemoLogin, signLogins } from './logins.js';
import { type Pages, renderPages } from './pages/index.js';
import { createSite } from './site.js';
import { openDemoStore } from './store.js';

/** `iss` of the demo's tokens: stable across starts, whatever port the demo gets. */
export const DEMO_ISSUER = 'http://participe-demo.localhost';

export interface DemoOptions {
  /** @default examples/council-site/.data */
  dataDir?: string;
  /** @default examples/council-site/dist/assets */
  assetsDir?: string;
  /** 0: any free port. @default 3000 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Where `PARTICIPE_TOKEN_SECRET` is read. @default process.env */
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
  close(): Promise<void>;
}

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const folder = dataFolder(options.dataDir ?? DEFAULT_DATA_DIR);
  const release = lockFolder(folder);
  let store: PostgresStore | undefined;
  let identityProvider: DemoIdentity | null = null;
  try {
    const secret = tokenSecret(folder, options.env ?? process.env);
    const assetsDir = options.assetsDir ?? DEFAULT_ASSETS_DIR;
    // The bundle and the database are independent: build while PGlite starts.
    const [built, opening] = await Promise.allSettled([buildAssets(assetsDir), openDemoStore(folder, new Date())]);
    if (opening.status === 'fulfilled') store = opening.value.store;
    if (built.status === 'rejected') throw built.reason;
    if (opening.status === 'rejected') throw opening.reason;
    const opened = opening.value;
    // The tokens' issuer is the site's address, known once listening: the demo's own name instead.
    const tokens = createTokenService({ store: opened.identity, secret, issuer: DEMO_ISSUER });
    const api = createHandler({
      store: opened.store,
      admin: opened.admin,
      tokens,
      onError: (error, request) => console.error(`Erreur sur ${request.method} ${request.url} :`, error),
    });
    // Pages name the site's address, known once listening; set before any request can arrive.
    let pages: Pages | null = null;
    const logins = await signLogins(tokens);
    let signIn: DemoIdentity | null = null;
    const site = createSite({ api, assetsDir, pages: () => pages!, auth: () => signIn?.handler ?? null });
    const { served, fellBack } = await listen(site, options.port ?? 3000, options.host ?? '127.0.0.1');
    pages = renderPages(served.url);
    try {
      signIn = await startDemoIdentity({ identity: opened.identity, tokens, siteUrl: served.url });
    } catch (error) {
      await served.close();
      throw error;
    }
    identityProvider = signIn;
    // E-mails to authors who left a contact: written as files, every 5 seconds.
    const mailDir = join(folder.dir, 'mail');
    const dispatcher = startNotificationDispatcher({
      store: opened.store,
      mailer: createFileMailer({
        dir: mailDir,
        from: { name: 'Département des Hautes-Combes', address: 'participation@hautes-combes.example' },
      }),
      followUpUrl: ({ followUpCode }) =>
        `${served.url}/suivi${followUpCode ? `?code=${encodeURIComponent(followUpCode)}` : ''}`,
      intervalMs: 5_000,
      onError: (error) => console.error('Envoi des e-mails :', error),
    });
    return {
      url: served.url,
      fellBack,
      dataDir: folder.dir,
      seededNow: opened.seededNow,
      seed: opened.seed,
      logins,
      providerUrl: signIn.providerUrl,
      mailDir,
      close: async () => {
        await dispatcher.stop();
        await served.close();
        await signIn?.close();
        await opened.store.close();
        release();
      },
    };
  } catch (error) {
    await identityProvider?.close();
    await store?.close();
    release();
    throw error;
  }
}
