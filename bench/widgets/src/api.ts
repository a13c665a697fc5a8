// The real back end for the "real API" pages: the built `participe serve`, in its own
// process, on an embedded database in a temporary folder, with one space created by the
// command line, as a council would set it up. The pages call it across origins (the bench's
// pages are served from another port), as a council's site embeds the form.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const BIN = fileURLToPath(new URL('../../../packages/adapters/bin/participe.js', import.meta.url));
export const API_SPACE = 'groupe-bench';

export interface Api {
  /** The `endpoint` a page gives the form, e.g. `http://127.0.0.1:41234/api`. */
  endpoint: string;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Starts `participe serve` for pages served from `pageOrigin`; resolves when `/api/ready` says 200. */
export async function startApi(pageOrigin: string): Promise<Api> {
  const dir = mkdtempSync(join(tmpdir(), 'participe-bench-widgets-'));
  const env = {
    PATH: process.env['PATH'] ?? '',
    PARTICIPE_DATA_DIR: join(dir, 'data'),
    PARTICIPE_TOKEN_SECRET: randomBytes(32).toString('hex'),
  };
  const cli = (args: string[]) => promisify(execFile)(process.execPath, [BIN, ...args], { env, cwd: dir });
  await cli(['migrate']);
  await cli(['space', 'create', '--slug', API_SPACE, '--name', 'Groupe ressource RSA (banc d’essai)']);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [BIN, 'serve'], {
    cwd: dir,
    env: {
      ...env,
      PARTICIPE_PORT: String(port),
      PARTICIPE_PUBLIC_URL: origin,
      PARTICIPE_CORS_ORIGINS: pageOrigin,
      PARTICIPE_MAIL_DIR: join(dir, 'mail'),
      PARTICIPE_LOG_LEVEL: 'warn',
      // Every cold run asks again; the bench is not a flood.
      PARTICIPE_RATE_LIMIT: 'off',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopped = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`participe serve stopped with code ${server.exitCode}`);
    const status = await fetch(`${origin}/api/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error('participe serve was not ready after 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    endpoint: `${origin}/api`,
    async close() {
      server.kill('SIGTERM');
      await stopped;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
