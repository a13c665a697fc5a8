// `--profile`: where a page's main thread spends the time until its first step shows, from
// chromium's performance trace of one cold load (4× CPU throttle). The trace is also written
// out, to open in DevTools' Performance panel.
import type { Run } from './measure.js';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

export interface Profile {
  /** ms from navigation to the first step, on the traced load. */
  untilStep: number;
  /** ms of main-thread tasks in that span; the rest the thread waited (network, timers, frames). */
  busy: number;
  /** Self time by trace event name, ms, largest first. */
  self: Array<[string, number]>;
}

/**
 * Sums the self time (own duration minus its children's) of the renderer main thread's
 * events from the page's navigation until its first step. The page's thread is the one that
 * painted its first contentful paint (the blank page before it paints nothing); navigation
 * is that paint's trace time less `run.fcp`. `null` when the trace has no such paint.
 */
export function summarise(json: Buffer, run: Run): Profile | null {
  const events = (JSON.parse(json.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const nav = events.find((e) => e.name === 'firstContentfulPaint');
  if (!nav) return null;
  const untilStep = run.firstStep;
  const start = nav.ts - run.fcp * 1000;
  const end = start + untilStep * 1000;
  const complete = events
    .filter((e) => e.ph === 'X' && e.pid === nav.pid && e.tid === nav.tid && e.ts >= start && e.ts < end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: Array<{ e: TraceEvent; end: number }> = [];
  let busy = 0;
  for (const e of complete) {
    const eEnd = Math.min(e.ts + (e.dur ?? 0), end);
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    const own = eEnd - e.ts;
    const parent = stack.at(-1);
    if (parent) self.set(parent.e.name, (self.get(parent.e.name) ?? 0) - own);
    else busy += own;
    self.set(e.name, (self.get(e.name) ?? 0) + own);
    stack.push({ e, end: eEnd });
  }
  const ms = [...self].map(([name, us]) => [name, us / 1000] as [string, number]).filter(([, t]) => t >= 1);
  return { untilStep, busy: busy / 1000, self: ms.sort((a, b) => b[1] - a[1]) };
}

/** A page's profile in a few lines: main thread busy and waiting, then the largest self times. */
export function profileLines(name: string, p: Profile | null, top = 8): string {
  if (!p) return `${name}: no first contentful paint in the trace`;
  const head = `${name}: first step at ${p.untilStep.toFixed(0)} ms, main thread busy ${p.busy.toFixed(0)} ms, waiting ${(p.untilStep - p.busy).toFixed(0)} ms`;
  return [head, ...p.self.slice(0, top).map(([n, t]) => `  ${t.toFixed(0).padStart(5)} ms  ${n}`)].join('\n');
}
