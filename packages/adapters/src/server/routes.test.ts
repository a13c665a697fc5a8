// Every route × every role: the status each caller gets, and every successful body checked
// against the schema the OpenAPI document declares for it.
import { describe, expect, it } from 'vitest';
import { callAs, MATRIX, ROLES } from './routes.fixtures.js';
import { ROUTES } from './routes.js';

describe('every route × every role', () => {
  it('has a case for every route of the API', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('sends If-Match, as the widgets do, to every route that reads it (members must: 428 otherwise)', () => {
    const versioned = ROUTES.filter((r) => r.headers?.includes('If-Match')).map((r) => `${r.method} ${r.path}`);
    expect(versioned.filter((key) => !MATRIX[key]?.ifMatch)).toEqual([]);
  });

  for (const r of ROUTES) {
    const key = `${r.method} ${r.path}`;
    it(key, async () => {
      for (const role of ROLES) {
        const { res, json, want } = await callAs(r, role);
        expect(res.status, `${key} as ${role}: ${JSON.stringify(json).slice(0, 300)}`).toBe(want);
        if (res.status < 300) {
          const parsed = r.ok.schema.safeParse(json);
          expect(parsed.success, `${key} as ${role} matches its documented schema: ${parsed.error?.message}`).toBe(
            true,
          );
        } else {
          expect(json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String), issues: [] } });
        }
      }
    });
  }
});
