// Small helpers of the bench: concurrent workers, batches timed apart from data
// building, percentiles and the printed table.

/** Runs `work` over `items` with `concurrency` workers pulling from one queue; resolves when all are done. */
export async function runConcurrently<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Builds items `0…count-1` in batches with `build` (off the clock) and times only `write`
 * on each batch. Returns the total milliseconds spent writing.
 */
export async function inBatches<T>(
  count: number,
  build: (i: number) => T,
  write: (batch: T[]) => Promise<void>,
  size = 5_000,
): Promise<number> {
  let elapsed = 0;
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, k) => build(start + k));
    const t = performance.now();
    await write(batch);
    elapsed += performance.now() - t;
  }
  return elapsed;
}

/** Nearest-rank percentile, `q` in 0…1. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

export function printTable(header: readonly string[], rows: readonly (readonly string[])[], title: string) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}
