import { describe, expect, it } from 'vitest';
import { eachInFlight, inFlight } from './limit.js';

/** A call that ends when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('inFlight', () => {
  it('runs at most `max` at once, the others in the order they came, each as soon as a place is free', async () => {
    const limit = inFlight(2);
    const gates = Array.from({ length: 4 }, gate);
    const started: number[] = [];
    const ended = gates.map((g, i) =>
      limit(async () => {
        started.push(i);
        await g.opened;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    expect(await ended[1]).toBe(1);
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    gates[3]!.open();
    expect(await Promise.all(ended)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('frees the place of a call that failed, and passes its error on', async () => {
    const limit = inFlight(1);
    await expect(limit(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await limit(async () => 'next')).toBe('next');
  });
});

describe('eachInFlight', () => {
  it('works on every item once, never more than `max` at a time (at least one)', async () => {
    for (const max of [0, 1, 3]) {
      let running = 0;
      let peak = 0;
      const seen: number[] = [];
      await eachInFlight([10, 11, 12, 13, 14, 15, 16], max, async (item, i) => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, i % 2));
        seen.push(item);
        running -= 1;
      });
      expect(seen.sort()).toEqual([10, 11, 12, 13, 14, 15, 16]);
      expect(peak).toBe(Math.max(1, max));
    }
  });
});
