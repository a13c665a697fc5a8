// `participe serve` — the built command of `@participe/adapters`, as a council runs it — as a
// child process with the demo's settings; its JSON log goes to a file.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** `node_modules/@participe/adapters/bin/participe.js`: the command `npx participe` runs. */
export const PARTICIPE_BIN = join(
  dirname(createRequire(import.meta.url).resolve('@participe/adapters/package.json')),
  'bin',
  'participe.js',
);

export interface RunningServe {
  pid: number;
  /** SIGTERM, then waits for the graceful stop (requests finished, database closed). */
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** The settings, as environment variables (README, "Run it for a council"). */
  settings: Record<string, string>;
  /** Where `@participe/widgets` is installed (PARTICIPE_WIDGETS_PATH serves its dist/browser). */
  cwd: string;
  /** Where the server's JSON log lines are appended. */
  logFile: string;
}

interface LogLine {
  level?: string;
  msg?: string;
  err?: { message?: string };
}

/** Resolves once the server listens; rejects with what it said if it stops before. */
export function startParticipeServe({ settings, cwd, logFile }: ServeOptions): Promise<RunningServe> {
  const log = createWriteStream(logFile, { flags: 'a' });
  // Its own process group: Ctrl+C reaches the demo, which stops the server once, cleanly
  // (a second signal would end it at once, before the embedded database is closed).
  const child = spawn(process.execPath, [PARTICIPE_BIN, 'serve'], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      process.off('exit', killOnExit);
      log.end();
      resolve(code);
    }),
  );
  const problems: string[] = [];
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
    log.write(text);
  });
  return new Promise((resolve, reject) => {
    let rest = '';
    child.once('error', reject);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      log.write(chunk);
      rest += chunk;
      for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n')) {
        const text = rest.slice(0, nl);
        rest = rest.slice(nl + 1);
        let line: LogLine;
        try {
          line = JSON.parse(text) as LogLine;
        } catch {
          continue;
        }
        if (line.level === 'fatal' || line.level === 'error') problems.push(line.err?.message ?? line.msg ?? text);
        if (line.msg === 'listening') {
          resolve({
            pid: child.pid!,
            stop: async () => {
              if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
              await exited;
            },
          });
        }
      }
    });
    void exited.then((code) =>
      reject(
        new Error(
          `participe serve s’est arrêté au démarrage (code ${code}) : ${[...problems, stderr.trim()].filter(Boolean).join(' ; ') || `voir ${logFile}`}`,
        ),
      ),
    );
  });
}
