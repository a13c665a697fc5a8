// Crash test of the API on PGlite:
//
//   pnpm --filter @participe/bench-crash crash            (from the repository root)
//   pnpm --filter @participe/bench-crash crash --requests 800 --concurrency 24 --kill-after 300
//
// 1. starts the server (src/server.ts) as a child process on a PGlite data directory;
// 2. sends a create load, each request with its own Idempotency-Key;
// 3. kill -9 the server in the middle of the load;
// 4. restarts it on the same data directory and retries, with the same key and body,
//    every request that got no answer, plus a sample of those that did;
// 5. checks that every contribution that got a 201 is stored exactly once, submitted, with
//    a history as long as its version, and that no retried key made a second one.
// Prints the counts; exits 1 if any check fails.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const args = process.argv.slice(2);
const { values } = parseArgs({
  // `pnpm run crash -- --requests 800` passes the `--` along.
  args: args[0] === '--' ? args.slice(1) : args,
  options: {
    requests: { type: 'string', default: '600' },
    concurrency: { type: 'string', default: '16' },
    'kill-after': { type: 'string', default: '200' },
    'keep-data': { type: 'boolean', default: false },
  },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const KILL_AFTER = Number(values['kill-after']);
const SECRET = `crash-test-${randomUUID()}`;
const SERVER = fileURLToPath(new URL('./server.ts', import.meta.url));

interface Job {
  n: number;
  key: string;
  body: string;
  /** Contribution id of each 201 this key got: more than one distinct id is a duplicate. */
  ids: string[];
  answered: boolean;
  /** The server answered from its idempotency record: the request had been stored before. */
  replayed: boolean;
}

function start(dataDir: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=participe:source', '--import', 'tsx/esm', SERVER, '--data-dir', dataDir],
    { env: { ...process.env, PARTICIPE_TOKEN_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\d+) (\S+)\n/.exec(out);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}/api`, token: m[2]! });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready`)));
  });
}

async function post(url: string, job: Job): Promise<'answered' | 'noAnswer'> {
  try {
    const res = await fetch(`${url}/contributions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': job.key },
      body: job.body,
      signal: AbortSignal.timeout(15_000),
    });
    const json = (await res.json()) as { contribution?: { id: string } };
    if (res.status !== 201 || !json.contribution) throw new Error(`unexpected ${res.status}: ${JSON.stringify(json)}`);
    job.ids.push(json.contribution.id);
    job.answered = true;
    job.replayed = res.headers.get('idempotent-replayed') === 'true';
    return 'answered';
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('unexpected')) throw e;
    return 'noAnswer'; // connection refused or reset: the server died with the request
  }
}

type Stored = { id: string; status: string; version: number; content: { title: string } };

/** Every contribution of the test space, as a professional of it sees them (drafts included). */
async function listAll(url: string, auth: Record<string, string>): Promise<Stored[]> {
  const stored: Stored[] = [];
  let cursor: string | null = null;
  do {
    const qs = new URLSearchParams({ space: 'groupe-crash', limit: '100', ...(cursor ? { cursor } : {}) });
    const page = (await (await fetch(`${url}/contributions?${qs}`, { headers: auth })).json()) as {
      items: Stored[];
      nextCursor: string | null;
    };
    stored.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return stored;
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'participe-crash-'));
  const jobs: Job[] = Array.from({ length: REQUESTS }, (_, n) => ({
    n,
    key: randomUUID(),
    body: JSON.stringify({
      spaceId: 'groupe-crash',
      kind: 'proposal',
      title: `Proposition n° ${n}`,
      body: `Texte de la proposition ${n}, envoyée pendant le test de panne.`,
      theme: 'mobilite',
      author: { pseudonym: `Personne ${n}` },
    }),
    ids: [],
    answered: false,
    replayed: false,
  }));

  // Phase 1: the load, and kill -9 in the middle of it.
  const first = await start(dataDir);
  let next = 0;
  let acked = 0;
  let killed = false;
  let inFlightAtKill = 0;
  let inFlight = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (!killed && next < jobs.length) {
        const job = jobs[next++]!;
        inFlight += 1;
        const outcome = await post(first.url, job);
        inFlight -= 1;
        // Kill a few milliseconds after the threshold, not on an answer: some requests are
        // then committed without their answer having left the server.
        if (outcome === 'answered' && ++acked === KILL_AFTER) {
          setTimeout(
            () => {
              killed = true;
              inFlightAtKill = inFlight;
              first.child.kill('SIGKILL');
            },
            5 + Math.random() * 40,
          );
        }
      }
    }),
  );
  if (!killed) first.child.kill('SIGKILL');
  await new Promise((r) =>
    first.child.exitCode !== null || first.child.signalCode ? r(null) : first.child.once('exit', r),
  );
  const sentBeforeKill = next;
  const answeredBeforeKill = jobs.filter((j) => j.answered).length;
  const unanswered = jobs.slice(0, sentBeforeKill).filter((j) => !j.answered);

  // Phase 2: restart on the same data, retry every request that got no answer, and replay
  // a sample of answered ones: the same key must give the same contribution.
  const restartedAt = Date.now();
  const second = await start(dataDir);
  const restartMs = Date.now() - restartedAt;
  const auth = { authorization: `Bearer ${second.token}` };
  // What the kill left: requests with no answer may still have been stored, whole or halfway.
  const afterKill = new Map((await listAll(second.url, auth)).map((s) => [s.content.title, s.status]));
  const titleOf = (job: Job) => (JSON.parse(job.body) as { title: string }).title;
  const foundAfterKill = unanswered.filter((j) => afterKill.has(titleOf(j)));
  const draftsAfterKill = foundAfterKill.filter((j) => afterKill.get(titleOf(j)) === 'draft').length;
  for (const job of unanswered) {
    for (let attempt = 0; (await post(second.url, job)) === 'noAnswer'; attempt++) {
      if (attempt > 5) throw new Error(`request ${job.n} still unanswered after a restart`);
    }
  }
  const storedBeforeKill = unanswered.filter((j) => j.replayed).length;
  const replayed = jobs.filter((j) => j.answered && !unanswered.includes(j)).slice(0, 100);
  for (const job of replayed) await post(second.url, job);
  // The rest of the load, on the restarted server.
  const rest = jobs.slice(sentBeforeKill);
  let cursorJob = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (cursorJob < rest.length) {
        const job = rest[cursorJob++]!;
        if ((await post(second.url, job)) === 'noAnswer') throw new Error(`request ${job.n} got no answer`);
      }
    }),
  );

  // Checks, through the API as a professional of the space (who sees every status).
  const stored = await listAll(second.url, auth);
  const storedIds = new Map(stored.map((s) => [s.id, s]));
  const keysWithTwoIds = jobs.filter((j) => new Set(j.ids).size > 1);
  const acknowledged = jobs.filter((j) => j.answered);
  const missing = acknowledged.filter((j) => j.ids.some((id) => !storedIds.has(id)));
  const titles = new Map<string, number>();
  for (const s of stored) titles.set(s.content.title, (titles.get(s.content.title) ?? 0) + 1);
  const duplicateTitles = [...titles.values()].filter((n) => n > 1).length;
  const notSubmitted = stored.filter((s) => s.status !== 'published');
  let badHistories = 0;
  for (const s of stored) {
    const events = (await (
      await fetch(`${second.url}/contributions/${s.id}/timeline`, { headers: auth })
    ).json()) as unknown[];
    if (events.length !== s.version) badHistories += 1;
  }
  second.child.kill('SIGTERM');
  await new Promise((r) => second.child.once('exit', r));
  if (!values['keep-data']) await rm(dataDir, { recursive: true, force: true });

  const rows: Array<[string, number | string]> = [
    ['requests sent before the kill', sentBeforeKill],
    ['  answered 201 before the kill', answeredBeforeKill],
    ['  in flight when killed', inFlightAtKill],
    ['  no answer (retried after restart)', unanswered.length],
    ['    found in the store after restart', foundAfterKill.length],
    ['      of them left as drafts (finished on retry)', draftsAfterKill],
    ['    answered from the idempotency record', storedBeforeKill],
    ['restart of the server (ms)', restartMs],
    ['answered keys replayed after restart', replayed.length],
    ['new requests after restart', rest.length],
    ['keys with a 201 in the end', acknowledged.length],
    ['contributions stored', stored.length],
    ['201 missing from the store', missing.length],
    ['keys that made two contributions', keysWithTwoIds.length],
    ['duplicate titles in the store', duplicateTitles],
    ['stored but not submitted', notSubmitted.length],
    ['histories not as long as their version', badHistories],
    ['run time (s)', ((Date.now() - started) / 1000).toFixed(1)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('\nParticipe crash test (kill -9 during creates, PGlite on disk)\n');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${String(v).padStart(6)}`);
  const ok =
    missing.length === 0 &&
    keysWithTwoIds.length === 0 &&
    duplicateTitles === 0 &&
    stored.length === acknowledged.length &&
    notSubmitted.length === 0 &&
    badHistories === 0;
  console.log(`\n${ok ? 'OK: every 201 is stored exactly once.' : 'FAILED: see the counts above.'}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
