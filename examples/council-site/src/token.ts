// `pnpm --filter @participe/example-council-site token --role … --space … --scope … --expires …`:
// the `participe token` command on the demo's database, with the demo's secret and issuer.
// Runs the adapters' command from source, so no build is needed. The embedded database takes
// one process: stop the demo first (the tokens it prints at start need nothing).
import { tokenCommand } from '../../../packages/adapters/src/cli/token.js';
import { dataFolder, lockFolder, tokenSecret } from './data-folder.js';
import { DEMO_ISSUER } from './demo.js';

const folder = dataFolder();
const secret = tokenSecret(folder);
const release = lockFolder(folder);
try {
  const result = await tokenCommand(process.argv.slice(2), {
    ...process.env,
    PARTICIPE_TOKEN_SECRET: secret,
    PARTICIPE_DATA_DIR: folder.dir,
    PARTICIPE_PUBLIC_URL: DEMO_ISSUER,
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} finally {
  release();
}
