// `pnpm --filter @participe/example-council-site token --role … --space … [--member …]`:
// the `participe token` command, with the demo's secret (PARTICIPE_TOKEN_SECRET, else the
// one kept in .data/). Runs the adapters' command from source, so no build is needed.
import { tokenCommand } from '../../../packages/adapters/src/cli/token.js';
import { dataFolder, tokenSecret } from './data-folder.js';

const secret = tokenSecret(dataFolder());
const result = await tokenCommand(process.argv.slice(2), { ...process.env, PARTICIPE_TOKEN_SECRET: secret });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
