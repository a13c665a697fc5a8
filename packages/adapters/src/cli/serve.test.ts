import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { space } from '../testing/fixtures.js';
import { openDatabase } from './database.js';
import { finished, startCli } from './testing/run.js';

const SECRET = 'serve-test-secret-that-is-long-enough-0000';
const EMAIL = 'dominique.exemple@example.fr';

interface Answer {
  status: number;
  body: string;
}

/** One request on a connection of its own, as many clients of a public server are. */
function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => (res.complete ? resolve({ status: res.statusCode ?? 0, body }) : reject(new Error('cut'))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const contribution = (key: string) =>
  JSON.stringify({
    spaceId: 'groupe-rsa-nord',
    kind: 'proposal',
    title: `Charge ${key}`,
    body: 'Le premier bus arrive après l’heure du rendez-vous.',
    theme: 'mobilite',
    author: { pseudonym: 'Dominique' },
    contact: { email: EMAIL, consent: true },
  });

const createHeaders = (key: string) => ({ 'content-type': 'application/json', 'idempotency-key': key });

/** The JSON lines a child prints, and a way to wait for one of them. */
function logLines(stream: NodeJS.ReadableStream) {
  const lines: Record<string, unknown>[] = [];
  const waiting: { msg: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    rest += chunk;
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      const line = JSON.parse(rest.slice(0, nl)) as Record<string, unknown>;
      rest = rest.slice(nl + 1);
      lines.push(line);
      for (const w of waiting.filter((w) => w.msg === line['msg'])) w.resolve(line);
      nl = rest.indexOf('\n');
    }
  });
  return {
    lines,
    next: (msg: string) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const seen = lines.find((l) => l['msg'] === msg);
        if (seen) resolve(seen);
        else waiting.push({ msg, resolve });
      }),
  };
}

describe('participe serve as a process', () => {
  it('on SIGTERM during a create load: stops accepting, finishes what it began, stores every acknowledged create, logs no contact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'participe-serve-'));
    // A space to write in, put before the server starts (it holds the folder while it runs).
    const setup = await openDatabase({ kind: 'pglite', dir });
    await setup.store.putSpace(space());
    await setup.close();

    const child = startCli(['serve'], {
      PARTICIPE_DATA_DIR: dir,
      PARTICIPE_TOKEN_SECRET: SECRET,
      PARTICIPE_MAIL_DIR: join(dir, 'mail'),
      PARTICIPE_PORT: '0',
      PARTICIPE_RATE_LIMIT: 'off',
      PARTICIPE_SHUTDOWN_TIMEOUT: '120',
    });
    const exit = finished(child);
    const logs = logLines(child.stdout!);
    const base = (await logs.next('listening'))['url'] as string;

    expect(JSON.parse((await send(`${base}/api/ready`)).body)).toEqual({
      status: 'ready',
      checks: { store: 'ok', migrations: 'ok', dispatcher: 'running' },
    });
    expect((await send(`${base}/metrics`)).body).toContain('participe_outbox_pending{organisation="default"} 0');

    // A create whose body is only half sent: it is in progress when SIGTERM comes.
    const slowKey = 'slow-0000000000000000';
    const slowBody = contribution(slowKey);
    const slow = new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(
        `${base}/api/contributions`,
        {
          method: 'POST',
          headers: { ...createHeaders(slowKey), 'content-length': String(Buffer.byteLength(slowBody)) },
          agent: false,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => {
            body += d;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(slowBody.slice(0, 40));
      logs.next('stopping').then(() => req.end(slowBody.slice(40)));
    });
    // Seen by the server: the scrape itself and the half-sent create are in flight.
    for (;;) {
      const metrics = (await send(`${base}/metrics`)).body;
      if (/participe_http_requests_in_flight 2\b/.test(metrics)) break;
    }

    const acknowledged: { key: string; id: string }[] = [];
    const cut: { key: string; error: string }[] = [];
    const others: { key: string; status: number }[] = [];
    let refused = 0;
    let sigtermSent = false;
    const worker = async (w: number) => {
      for (let n = 0; ; n++) {
        const key = `load-${w}-${n}-000000000000`;
        try {
          const answer = await send(`${base}/api/contributions`, {
            method: 'POST',
            headers: createHeaders(key),
            body: contribution(key),
          });
          if (answer.status !== 201) {
            others.push({ key, status: answer.status });
            continue;
          }
          acknowledged.push({ key, id: (JSON.parse(answer.body) as { contribution: { id: string } }).contribution.id });
          if (acknowledged.length >= 30 && !sigtermSent) {
            sigtermSent = true;
            child.kill('SIGTERM');
          }
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          if (code === 'ECONNREFUSED') {
            refused++;
            return;
          }
          cut.push({ key, error: code });
          if (sigtermSent) return;
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, (_, w) => worker(w)));
    await logs.next('stopping');
    await expect(send(`${base}/api/health`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const slowAnswer = await slow;
    expect(slowAnswer.status).toBe(201);
    acknowledged.push({
      key: slowKey,
      id: (JSON.parse(slowAnswer.body) as { contribution: { id: string } }).contribution.id,
    });

    const done = await exit;
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(logs.lines.map((l) => l['msg'])).toContain('stopped');
    expect(refused).toBeGreaterThan(0);
    expect(others).toEqual([]);
    expect(done.stdout).not.toContain(EMAIL);

    // Every acknowledged create is stored and complete; nothing else is (a connection reset
    // by the closing listener never reached the server).
    const db = await openDatabase({ kind: 'pglite', dir });
    try {
      const stored = [];
      for (let cursor: string | null = null; ; ) {
        const page = await db.store.listContributions({ limit: 100, ...(cursor ? { cursor } : {}) });
        stored.push(...page.items);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      const byId = new Map(stored.map((c) => [c.id, c]));
      for (const { key, id } of acknowledged) {
        expect(byId.get(id), key).toMatchObject({ status: 'published', content: { title: `Charge ${key}` } });
      }
      expect(stored.length).toBe(acknowledged.length);
      const titles = new Set(stored.map((c) => c.content.title));
      for (const c of cut) expect(titles.has(`Charge ${c.key}`), `${c.key} (${c.error})`).toBe(false);
    } finally {
      await db.close();
    }
  }, 180_000);
});
