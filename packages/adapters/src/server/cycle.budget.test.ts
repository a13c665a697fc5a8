// The cycle widget's first screen, as the API serves it: the seven phases (stakes,
// objectives, points of vigilance, methods, tools) and the "where do I start?" questions,
// in French with their FALC texts, and a space's place in the cycle, must stay within
// 20 KiB of gzipped JSON together (issue 17 §3). A phase's resources load when its sheet
// opens. Measured on the built-in packs a council starts from.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { space } from '../testing/fixtures.js';
import { createHandler } from './handler.js';

const KIB = 1024;
// As the widget asks for them (a hundred a page: one page holds them).
const FIRST_SCREEN = ['/api/phases?locale=fr&limit=100', '/api/guide?locale=fr&limit=100'];

describe('the cycle widget’s first screen', () => {
  it('is at most 20 KiB of gzipped JSON', async () => {
    const store = new MemoryStore();
    await store.putSpace(space());
    const handle = createHandler({ store, rateLimit: false });
    const sizes: string[] = [];
    let gzipped = 0;
    // With a group: its name and composition, and where it stands.
    const group = ['', '/composition', '/cycle'].map((p) => `/api/spaces/${space().slug}${p}`);
    for (const path of [...FIRST_SCREEN, ...group]) {
      const res = await handle(new Request(`http://api.test${path}`));
      expect(res.status, path).toBe(200);
      const body = (await res.json()) as { nextCursor?: unknown };
      if ('nextCursor' in body) expect(body.nextCursor, `${path}: one page holds it`).toBeNull();
      const n = gzipSync(JSON.stringify(body), { level: 9 }).length;
      sizes.push(`${path.split('?')[0]} ${(n / KIB).toFixed(1)}`);
      gzipped += n;
    }
    console.log(`cycle first screen: ${(gzipped / KIB).toFixed(1)} KiB gzip (${sizes.join(', ')})`);
    expect(gzipped).toBeLessThanOrEqual(20 * KIB);
  });
});
