// The baseline: a bare `node:http` server answering the same four requests as the API with
// one SQL statement each through `pg`, and none of the API's validation, access rules,
// events or logging. It reads and writes the same tables as the API in the same database.
//
//   node --import tsx/esm src/bare.ts   (env: DATABASE_URL, BENCH_SCHEMA, PORT)
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { RAW_CREATE, rawParams } from '@participe/bench-server/raw';
import { type ContributionMachineInput, createContribution, PUBLIC_STATUSES, toView } from '@participe/core';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env['DATABASE_URL'],
  max: 10, // the API's pool size
  options: `-c search_path=${process.env['BENCH_SCHEMA']}`,
});
const PUBLIC = [...PUBLIC_STATUSES];
// The store's folding of search text (lower case, no accents).
const searchQuery = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// The API's own statements (`postgres.store.ts`, `listQuery` of `contribution.sql.ts`), with
// the organisation first: every index of `contributions` starts with `organisation_id`, so
// a statement without it could not use them. Prepared where the API prepares (one, the list
// by space and status); a search is planned for its values on both sides.
const ORGANISATION = 'default';
const ONE = 'SELECT view FROM contributions WHERE organisation_id = $2 AND id = $1';
const LIST = `SELECT view FROM contributions WHERE organisation_id = $1 AND space_id = $2 AND status = ANY($3::text[])
    ORDER BY created_at DESC, id DESC LIMIT $4`;
const SEARCH = `SELECT view FROM contributions WHERE organisation_id = $1 AND status = ANY($2::text[]) AND search @@ plainto_tsquery('french', $3)
    ORDER BY created_at DESC, id DESC LIMIT $4`;

const send = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
};

const page = (rows: Array<{ view: unknown }>) => ({
  items: rows.slice(0, 20).map((r) => r.view),
  nextCursor: rows.length > 20 ? 'next' : null,
});

const hex = (s: string) => createHash('sha256').update(s).digest('hex');

async function create(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const id = `c_${randomBytes(9).toString('base64url')}`;
  const at = new Date().toISOString();
  const input: ContributionMachineInput = {
    id,
    spaceId: body.spaceId,
    premoderated: false,
    content: { kind: body.kind, title: body.title, body: body.body, theme: body.theme },
    channel: 'online',
    author: body.author,
    actor: { role: 'author', id: null },
    at,
  };
  const { actor, at: when, ...data } = input;
  const code = randomBytes(4).toString('hex').toUpperCase();
  const secret = randomBytes(16).toString('base64url');
  const key = req.headers['idempotency-key'] as string;
  await pool.query({
    name: 'create',
    text: RAW_CREATE,
    values: rawParams({
      view: toView(createContribution(input)),
      created: { contributionId: id, seq: 1, type: 'contribution.created', actor, at: when, data },
      private: { contact: null, secretHash: hex(secret), followUpCode: code },
      idempotency: { key, requestHash: hex(JSON.stringify(body)), status: 201, body: { id }, createdAt: at },
    }),
  });
  send(res, 201, { id, followUp: { code, secret } });
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://bare');
    if (url.pathname === '/api/ready') return send(res, 200, { status: 'ready' });
    if (req.method === 'POST' && url.pathname === '/api/contributions') return await create(req, res);
    if (req.method === 'GET' && url.pathname === '/api/contributions') {
      const q = url.searchParams.get('q');
      const { rows } = q
        ? await pool.query({ text: SEARCH, values: [ORGANISATION, PUBLIC, searchQuery(q), 21] })
        : await pool.query({
            name: 'participe.list.st',
            text: LIST,
            values: [ORGANISATION, url.searchParams.get('space'), PUBLIC, 21],
          });
      return send(res, 200, page(rows));
    }
    const one = /^\/api\/contributions\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && one) {
      const { rows } = await pool.query({
        name: 'participe.getContribution',
        text: ONE,
        values: [one[1], ORGANISATION],
      });
      // The API reads the row by id and checks its status in JavaScript, as here.
      const view = rows[0]?.view as { status: string } | undefined;
      return view && PUBLIC.includes(view.status as never)
        ? send(res, 200, view)
        : send(res, 404, { error: 'notFound' });
    }
    send(res, 404, { error: 'notFound' });
  } catch (error) {
    send(res, 500, { error: String(error) });
  }
});

server.listen(Number(process.env['PORT']), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
