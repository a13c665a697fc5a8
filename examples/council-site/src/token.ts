// `pnpm --filter @participe/example-council-site token --role … --space … --scope … --expires …`:
// the built `participe token` command on the demo's database, with the demo's secret and the
// address of its last start (the tokens' issuer). The embedded database takes one process:
// stop the demo first (the tokens it prints at start need nothing).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFolder, lockFolder, tokenSecret } from './data-folder.js';
import { PARTICIPE_BIN } from './participe-serve.js';

const folder = dataFolder();
const secret = tokenSecret(folder);
const urlFile = join(folder.dir, 'public-url');
const publicUrl = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : 'http://127.0.0.1:3000';
const release = lockFolder(folder);
try {
  const run = spawnSync(process.execPath, [PARTICIPE_BIN, 'token', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      PARTICIPE_TOKEN_SECRET: secret,
      PARTICIPE_DATA_DIR: folder.dir,
      PARTICIPE_PUBLIC_URL: publicUrl,
    },
  });
  process.exitCode = run.status ?? 1;
} finally {
  release();
}
