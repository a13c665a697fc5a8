// Test support: `participe` run as a child process from its TypeScript sources (tsx), as a
// service manager would start it.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ENTRY = fileURLToPath(new URL('../participe.ts', import.meta.url));
// Absolute, so that a child started in another folder still finds tsx.
const TSX = pathToFileURL(
  join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/index.mjs'),
);
export const NODE_ARGS = ['--conditions=participe:source', '--import', TSX.href, ENTRY];

/** The environment a child gets: PATH and HOME only, so no setting leaks in from the test run. */
export const baseEnv = (): Record<string, string> => ({
  PATH: process.env['PATH'] ?? '',
  HOME: process.env['HOME'] ?? '',
});

export function startCli(args: readonly string[], env: Record<string, string>, cwd?: string): ChildProcess {
  return spawn(process.execPath, [...NODE_ARGS, ...args], {
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd ? { cwd } : {}),
  });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Collects what the child prints until it exits. */
export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export const runCli = (args: readonly string[], env: Record<string, string>, cwd?: string) =>
  finished(startCli(args, env, cwd));
