import type { Run } from './measure.js';

export interface Row {
  name: string;
  gzipBytes: number;
  runs: Run[];
}

export interface Stats {
  median: number;
  min: number;
  max: number;
}

export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]! };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

/** The table: bundle size, then FCP and first-step time as median (min–max). */
export function table(rows: readonly Row[]): string {
  const head = ['page', 'gzip', 'FCP median', 'min', 'max', 'first step median', 'min', 'max'];
  const body = rows.map((r) => {
    const f = stats(r.runs.map((x) => x.fcp));
    const s = stats(r.runs.map((x) => x.firstStep));
    return [r.name, kib(r.gzipBytes), ms(f.median), ms(f.min), ms(f.max), ms(s.median), ms(s.min), ms(s.max)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

/** Each form row against bare Lit (goal ≤ 1.25×) and SurveyJS (goal ≤ 0.4×), on medians. */
export function ratios(forms: readonly Row[], bare: Row, survey: Row): string {
  const median = (r: Row, k: keyof Run) => stats(r.runs.map((x) => x[k])).median;
  const lines: string[] = [];
  for (const form of forms) {
    for (const [k, label] of [
      ['fcp', 'FCP'],
      ['firstStep', 'first step'],
    ] as const) {
      for (const [base, goal] of [
        [bare, 1.25],
        [survey, 0.4],
      ] as const) {
        const r = median(form, k) / median(base, k);
        const verdict = r <= goal ? 'met' : 'NOT met';
        lines.push(`${form.name} / ${base.name}, ${label}: ${r.toFixed(2)}× (goal ≤ ${goal}×) ${verdict}`);
      }
    }
  }
  return lines.join('\n');
}
