#!/usr/bin/env node
// `participe`: the command line of @participe/adapters. One command for now: `token`.
import { type CommandResult, TOKEN_USAGE, tokenCommand } from './token.js';

const USAGE = `Usage: participe <command>

Commands:
  token    print a signed access token for a member (see: participe token --help)

${TOKEN_USAGE}`;

export async function main(argv: readonly string[], env: Record<string, string | undefined>): Promise<CommandResult> {
  const [command, ...rest] = argv;
  if (command === 'token') return tokenCommand(rest, env);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return {
      code: command === undefined ? 2 : 0,
      stdout: command === undefined ? '' : `${USAGE}\n`,
      stderr: command === undefined ? `${USAGE}\n` : '',
    };
  }
  return { code: 2, stdout: '', stderr: `Unknown command "${command}".\n\n${USAGE}\n` };
}

const result = await main(process.argv.slice(2), process.env);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
