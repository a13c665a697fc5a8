// The OpenAPI document generated from the real route table: it validates (swagger-parser),
// passes Redocly's recommended rules, and documents every answer the server really gives —
// its status, every header, and its error code.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { API_ERROR_CODES, API_ERRORS, type ApiErrorCode } from '@participe/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandler, type HandlerOptions } from './handler.js';
import { openApiDocument } from './openapi.js';
import type { Route } from './router.js';
import { callAs, headersFor, NOW, ROLES, TOKENS, world } from './routes.fixtures.js';
import { ROUTES } from './routes.js';

/** The parts of the document these tests read. */
interface CodeEnum {
  properties: { error: { properties: { code: { enum: string[] } } } };
}
interface ResponseDoc {
  $ref?: string;
  headers?: Record<string, unknown>;
  content?: { 'application/json'?: { schema?: { allOf?: [unknown, CodeEnum] } } };
}
interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, ResponseDoc> }>>;
  components: { responses: Record<string, ResponseDoc>; schemas: Record<string, CodeEnum> };
}

const document = () => openApiDocument(ROUTES) as unknown as Doc;
const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'participe-openapi-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What the document says an operation may answer with `status`: its headers and error codes. */
function documented(doc: Doc, route: Route, status: number) {
  const op = doc.paths[route.path]?.[route.method.toLowerCase()];
  let response = op?.responses?.[status];
  if (response?.$ref) response = doc.components.responses[String(response.$ref).split('/').pop()!];
  if (!response) return null;
  const headers = new Set(Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()));
  const schema = response.content?.['application/json']?.schema;
  const codes = schema?.allOf?.[1].properties.error.properties.code.enum;
  return { headers, codes };
}

/** Fails unless the answer's status, headers and error code are all in the document. */
function expectDocumented(doc: Doc, route: Route, res: Response, json: unknown, label: string) {
  const docs = documented(doc, route, res.status);
  expect(docs, `${label}: status ${res.status} is documented`).not.toBeNull();
  // `Content-Type` is the media type of `content`: OpenAPI ignores it as a header.
  const sent = [...res.headers.keys()].filter((h) => h !== 'content-type');
  const undocumented = sent.filter((h) => !docs!.headers.has(h));
  expect(undocumented, `${label}: headers sent but not documented`).toEqual([]);
  if (res.status >= 400) {
    const code = (json as { error: { code: string } }).error.code;
    expect(docs!.codes, `${label}: error code ${code}`).toContain(code);
  }
}

const byId = (operationId: string) => ROUTES.find((r) => r.operationId === operationId)!;

describe('the OpenAPI document', () => {
  it('validates with swagger-parser', async () => {
    // validate() dereferences in place: give it its own copy.
    await expect(SwaggerParser.validate(structuredClone(document()) as never)).resolves.toBeTruthy();
  });

  it('passes `redocly lint --extends=recommended` with no error and no warning', async () => {
    const file = join(scratch, 'openapi.json');
    writeFileSync(file, JSON.stringify(document()));
    const bin = join(ROOT, 'node_modules', '.bin', 'redocly');
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        bin,
        ['lint', '--extends=recommended', '--format=json', file],
        {
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
          maxBuffer: 16 * 1024 * 1024,
        },
        // Exit code 1 means problems were found: the JSON report says which.
        (error, out) => (out ? resolve(out) : reject(error)),
      );
    });
    const report = JSON.parse(stdout) as {
      totals: { errors: number; warnings: number };
      problems: Array<{ ruleId: string; message: string; location: Array<{ pointer: string }> }>;
    };
    const problems = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
    expect(report.totals.errors, problems.join('\n')).toBe(0);
    expect(report.totals.warnings, problems.join('\n')).toBe(0);
  }, 60_000);

  it('makes `error.code` an enum of exactly the codes of API_ERRORS, each under its own status', () => {
    const doc = document();
    const apiError = doc.components.schemas.ApiError;
    expect(apiError?.properties.error.properties.code.enum).toEqual(API_ERROR_CODES);
    for (const [name, response] of Object.entries(doc.components.responses)) {
      const status = Number(name.replace('Error', ''));
      const codes =
        response.content?.['application/json']?.schema?.allOf?.[1].properties.error.properties.code.enum ?? [];
      expect(codes.length, name).toBeGreaterThan(0);
      for (const code of codes) {
        expect(API_ERROR_CODES, `${name} documents ${code}`).toContain(code);
        expect(API_ERRORS[code as ApiErrorCode], `${code} comes with ${status}`).toBe(status);
      }
    }
  });

  it('lists no code the server never answers with', () => {
    const src = join(import.meta.dirname, '..');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.fixtures.ts') && !/messages/.test(f),
    );
    const code = files.map((f) => readFileSync(join(src, f), 'utf8')).join('\n');
    const unused = API_ERROR_CODES.filter((c) => !code.includes(`'${c}'`));
    expect(unused).toEqual([]);
  });

  it('documents every status, header and error code of every route × every role', async () => {
    const doc = document();
    for (const r of ROUTES) {
      for (const role of ROLES) {
        const { res, json } = await callAs(r, role);
        expectDocumented(doc, r, res, json, `${r.method} ${r.path} as ${role}`);
      }
    }
  }, 180_000); // every route × every role: over 60 s on a machine shared with other runs

  it('documents the headers of rate limits, conflicts, replays, large bodies and CORS', async () => {
    const doc = document();
    const w = await world();
    const options: HandlerOptions = { store: w.store, tokens: TOKENS.service, now: () => NOW, rateLimit: false };
    const handle = (extra: Partial<HandlerOptions> = {}) => createHandler({ ...options, ...extra });
    const json = (body: unknown, headers: Record<string, string> = {}) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const url = (path: string) => `http://api.test${path}`;
    const pro = await headersFor('professional', '');
    const input = {
      spaceId: 'groupe-rsa-nord',
      kind: 'question',
      title: 'Comment déclarer une reprise d’emploi ?',
      body: 'Je ne sais pas à qui le dire.',
      theme: 'emploi-insertion',
      author: { pseudonym: 'Sam' },
    };
    const key = { 'idempotency-key': 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' };
    const events = `/api/contributions/${w.published.contribution.id}/events`;
    const probes: Array<[string, Route, () => Promise<Response>]> = [
      [
        'rate limited',
        byId('health'),
        async () => {
          const limited = handle({ rateLimit: { capacity: 1, refillPerSecond: 0.001 } });
          await limited(new Request(url('/api/health')), { ip: '192.0.2.9' });
          return limited(new Request(url('/api/health')), { ip: '192.0.2.9' });
        },
      ],
      ['created', byId('createContribution'), () => handle()(new Request(url('/api/contributions'), json(input, key)))],
      [
        'replayed',
        byId('createContribution'),
        () => handle()(new Request(url('/api/contributions'), json(input, key))),
      ],
      [
        'key reused',
        byId('createContribution'),
        () => handle()(new Request(url('/api/contributions'), json({ ...input, title: 'Autre' }, key))),
      ],
      [
        'too large',
        byId('createContribution'),
        () => handle({ maxBodyBytes: 64 })(new Request(url('/api/contributions'), json(input))),
      ],
      [
        'not JSON',
        byId('createContribution'),
        () =>
          handle()(
            new Request(url('/api/contributions'), {
              method: 'POST',
              headers: { 'content-type': 'text/plain' },
              body: 'x',
            }),
          ),
      ],
      [
        'bad JSON',
        byId('createContribution'),
        () =>
          handle()(
            new Request(url('/api/contributions'), {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{',
            }),
          ),
      ],
      [
        'stale version',
        byId('sendContributionEvent'),
        () =>
          handle()(
            new Request(url(events), json({ type: 'contribution.review', data: {} }, { ...pro, 'if-match': '"99"' })),
          ),
      ],
      [
        'bad If-Match',
        byId('sendContributionEvent'),
        () =>
          handle()(
            new Request(url(events), json({ type: 'contribution.review', data: {} }, { ...pro, 'if-match': 'x' })),
          ),
      ],
      [
        'cross-origin',
        byId('listSpaces'),
        () =>
          handle({ corsOrigins: ['https://ville.example'] })(
            new Request(url('/api/spaces'), { headers: { origin: 'https://ville.example' } }),
          ),
      ],
      [
        'cross-origin error',
        byId('getSpace'),
        () =>
          handle({ corsOrigins: ['*'] })(
            new Request(url('/api/spaces/nulle-part'), { headers: { origin: 'https://a.example' } }),
          ),
      ],
      ['public content', byId('listGlossary'), () => handle()(new Request(url('/api/glossary')))],
    ];
    const seen = new Set<string>();
    for (const [label, route, call] of probes) {
      const res = await call();
      for (const h of res.headers.keys()) seen.add(h);
      expectDocumented(doc, route, res, await res.json(), label);
    }
    // The probes did reach the headers they are about.
    for (const h of [
      'retry-after',
      'idempotent-replayed',
      'location',
      'etag',
      'connection',
      'access-control-allow-origin',
    ]) {
      expect(seen, h).toContain(h);
    }
  }, 60_000);
});
