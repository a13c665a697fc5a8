// The resource centre's first screen, as the API serves it: the "where do I start?"
// questions and the first phase's resources (each with its steps and when to use it), in
// French, must stay within 20 KiB of gzipped JSON together (issue 17 §3), whatever the
// widget that shows them. Measured on the built-in packs a council starts from.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createHandler } from './handler.js';

const KIB = 1024;
const FIRST_SCREEN = [
  '/api/guide?locale=fr&limit=100',
  '/api/resources?locale=fr&phase=mobilise&limit=20',
  // The council's names of the phases, without the rest of each phase (13 KiB whole).
  '/api/phases?locale=fr&limit=100&fields=label',
];

describe('the resource centre’s first screen', () => {
  it('is at most 20 KiB of gzipped JSON', async () => {
    const handle = createHandler({ store: new MemoryStore(), rateLimit: false });
    let gzipped = 0;
    for (const path of FIRST_SCREEN) {
      const res = await handle(new Request(`http://api.test${path}`));
      expect(res.status, path).toBe(200);
      const body = (await res.json()) as { items: { steps?: unknown[]; whenToUse?: unknown }[]; nextCursor: unknown };
      expect(body.nextCursor, `${path}: one page holds it`).toBeNull();
      if (path.includes('fields=label')) {
        expect(body.items).toHaveLength(7);
        for (const item of body.items) expect(Object.keys(item).sort()).toEqual(['id', 'label', 'version']);
      }
      gzipped += gzipSync(JSON.stringify(body)).length;
    }
    console.log(`resource centre, first screen from the API: ${(gzipped / KIB).toFixed(1)} KiB of gzipped JSON`);
    // About 13 KiB today (guide 5.4, resources of `mobilise` 6.9, phase names 0.6).
    expect(gzipped).toBeLessThanOrEqual(20 * KIB);
  });
});
