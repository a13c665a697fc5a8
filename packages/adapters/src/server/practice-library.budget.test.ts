// The practice library's first screen, as the API serves it: the first page of published
// sheets as summaries, with the facets (the phase facet names each phase as the council
// does), in French, must stay within 20 KiB of gzipped JSON (issue 17 §3), whatever the
// widget that shows it. The whole sheet, its resources and its "vous aimerez aussi" load
// when it is opened.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createHandler } from './handler.js';

const KIB = 1024;
const FIRST_SCREEN = ['/api/practices/search?locale=fr&limit=20&fields=summary'];

describe('the practice library’s first screen', () => {
  it('is at most 20 KiB of gzipped JSON', async () => {
    const handle = createHandler({ store: new MemoryStore(), rateLimit: false });
    let gzipped = 0;
    for (const path of FIRST_SCREEN) {
      const res = await handle(new Request(`http://api.test${path}`));
      expect(res.status, path).toBe(200);
      const body = (await res.json()) as { items: unknown[]; total: number; facets: { phase: { label?: unknown }[] } };
      expect(body.items.length, `${path}: one page holds the built-in sheets`).toBe(body.total);
      expect(body.facets.phase.every((f) => f.label)).toBe(true);
      gzipped += gzipSync(JSON.stringify(body)).length;
    }
    console.log(`practice library, first screen: ${(gzipped / KIB).toFixed(1)} KiB of gzipped JSON`);
    expect(gzipped).toBeLessThanOrEqual(20 * KIB);
  });
});
