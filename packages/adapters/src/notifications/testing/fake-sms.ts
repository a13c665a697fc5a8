// Test support: a FAKE SMS provider on loopback. It speaks both the generic form gateway's
// request and OVHcloud's (checking the signature), keeps what it receives, and can be told
// to fail the next requests. Nothing leaves the machine.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSms {
  to: string;
  text: string;
  id: string;
  /** `form` or `ovh`. */
  via: 'form' | 'ovh';
}

export interface FakeSmsProvider {
  /** e.g. `http://127.0.0.1:43121` */
  url: string;
  /** The generic form endpoint: `${url}/send`. */
  formUrl: string;
  received: FakeSms[];
  /** The next `n` requests get `status` (503: tried again; 422: refused for good). */
  failNext(n: number, status?: number): void;
  /** Each accepted message is answered after this long (widens the window two senders race in). */
  delayMs: number;
  /** OVHcloud's credentials it accepts. */
  ovh: { applicationKey: string; applicationSecret: string; consumerKey: string; serviceName: string };
  close(): Promise<void>;
}

export async function startFakeSmsProvider(): Promise<FakeSmsProvider> {
  const received: FakeSms[] = [];
  let failures = 0;
  let failStatus = 503;
  const ovh = {
    applicationKey: 'fake-ak',
    applicationSecret: 'fake-as',
    consumerKey: 'fake-ck',
    serviceName: 'sms-fake-1',
  };
  let base = '';
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => {
      raw += d;
    });
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/1.0/auth/time') {
        res.end(String(Math.floor(Date.now() / 1000)));
        return;
      }
      if (failures > 0) {
        failures -= 1;
        res.writeHead(failStatus, { 'content-type': 'application/json' }).end('{"message":"fake failure"}');
        return;
      }
      if (req.method === 'POST' && req.url === '/send') {
        const form = new URLSearchParams(raw);
        received.push({
          to: form.get('to') ?? '',
          text: form.get('text') ?? '',
          id: form.get('id') ?? '',
          via: 'form',
        });
        const n = received.length;
        setTimeout(
          () => res.writeHead(200, { 'content-type': 'application/json' }).end(`{"id":"fake-${n}"}`),
          provider.delayMs,
        );
        return;
      }
      if (req.method === 'POST' && req.url === `/1.0/sms/${ovh.serviceName}/jobs`) {
        const ts = String(req.headers['x-ovh-timestamp'] ?? '');
        const expected = `$1$${createHash('sha1')
          .update([ovh.applicationSecret, ovh.consumerKey, 'POST', `${base}${req.url}`, raw, ts].join('+'))
          .digest('hex')}`;
        if (req.headers['x-ovh-signature'] !== expected || req.headers['x-ovh-application'] !== ovh.applicationKey) {
          res.writeHead(403, { 'content-type': 'application/json' }).end('{"message":"Invalid signature"}');
          return;
        }
        const job = JSON.parse(raw) as { message: string; receivers: string[]; tag: string };
        for (const to of job.receivers) received.push({ to, text: job.message, id: job.tag, via: 'ovh' });
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ids: [received.length], invalidReceivers: [], validReceivers: job.receivers }));
        return;
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = url;
  const provider: FakeSmsProvider = {
    url,
    formUrl: `${url}/send`,
    delayMs: 0,
    received,
    ovh,
    failNext(n, status = 503) {
      failures = n;
      failStatus = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return provider;
}
