// The radar chart: SVG geometry only, as attributes (`points`, `x`, `y`, `d`), never style
// attributes, so it renders under a strict `style-src 'self'`. It is a picture (`role="img"`)
// named by its caption; the table beside it carries the same figures for everyone.
import { html, svg } from 'lit';

const R = 140;
const LABEL = R + 20;
export const RADAR_VIEWBOX = `${-LABEL - 16} ${-LABEL - 16} ${2 * (LABEL + 16)} ${2 * (LABEL + 16)}`;

/** One shape on the radar: a person's scores, or a role's means. `null` is "no answer". */
export interface RadarSeries {
  id: string;
  label: string;
  scores: Array<number | null>;
}

/** Markers told apart by shape, lines by dash pattern: never by colour alone. */
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'bar'] as const;
const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 4', '16 6'];

const point = (i: number, n: number, score: number): [number, number] => {
  const angle = ((-90 + (i * 360) / n) * Math.PI) / 180;
  const r = (Math.max(0, Math.min(100, score)) / 100) * R;
  return [Math.round(r * Math.cos(angle) * 10) / 10, Math.round(r * Math.sin(angle) * 10) / 10];
};
const ring = (n: number, score: number) => Array.from({ length: n }, (_, i) => point(i, n, score).join(',')).join(' ');

function marker(k: number, x: number, y: number) {
  const s = 5;
  switch (MARKERS[k % MARKERS.length]) {
    case 'square':
      return svg`<rect x=${x - s} y=${y - s} width=${2 * s} height=${2 * s}></rect>`;
    case 'triangle':
      return svg`<path d=${`M ${x} ${y - s - 1} L ${x + s + 1} ${y + s} L ${x - s - 1} ${y + s} Z`}></path>`;
    case 'diamond':
      return svg`<path d=${`M ${x} ${y - s - 1} L ${x + s + 1} ${y} L ${x} ${y + s + 1} L ${x - s - 1} ${y} Z`}></path>`;
    case 'cross':
      return svg`<path class="open" d=${`M ${x - s} ${y - s} L ${x + s} ${y + s} M ${x - s} ${y + s} L ${x + s} ${y - s}`}></path>`;
    case 'bar':
      return svg`<rect x=${x - s - 1} y=${y - 2} width=${2 * s + 2} height="4"></rect>`;
    default:
      return svg`<circle cx=${x} cy=${y} r=${s}></circle>`;
  }
}

/** A series' look: its dash pattern and marker. */
export const sample = (k: number) => svg`<g class=${`series series-${k % DASHES.length}`}>
  <line x1="0" y1="8" x2="36" y2="8" stroke-dasharray=${DASHES[k % DASHES.length] || 'none'}></line>
  ${marker(k, 18, 8)}
</g>`;

/** The legend: each series' label beside its line and marker. Part: `legend`. */
export const legend = (series: readonly RadarSeries[]) =>
  html`<ul part="legend">
    ${series.map(
      (s, k) => html`<li>
        <svg class="sample" viewBox="-2 0 40 16" width="40" height="16" aria-hidden="true">${sample(k)}</svg>
        ${s.label}
      </li>`,
    )}
  </ul>`;

/**
 * The radar of `n` dimensions, numbered clockwise from the top like the table's rows.
 * With one series it is filled; with several, each keeps its own dashes and markers.
 */
export function radar(series: readonly RadarSeries[], n: number, captionId: string) {
  const filled = series.length === 1;
  return html`<svg part="radar" viewBox=${RADAR_VIEWBOX} role="img" aria-labelledby=${captionId}>
    <g class="grid">
      ${[25, 50, 75, 100].map((s) => svg`<polygon points=${ring(n, s)}></polygon>`)}
      ${Array.from({ length: n }, (_, i) => {
        const [x, y] = point(i, n, 100);
        return svg`<line x1="0" y1="0" x2=${x} y2=${y}></line>`;
      })}
    </g>
    ${Array.from({ length: n }, (_, i) => {
      const angle = ((-90 + (i * 360) / n) * Math.PI) / 180;
      const x = Math.round(LABEL * Math.cos(angle));
      const y = Math.round(LABEL * Math.sin(angle)) + 5;
      return svg`<text class="axis" x=${x} y=${y}>${i + 1}</text>`;
    })}
    ${series.map((s, k) => {
      const points = s.scores.map((score, i) => point(i, n, score ?? 0));
      return svg`<g class=${`series series-${k % DASHES.length}${filled ? ' filled' : ''}`}>
        <polygon points=${points.map((p) => p.join(',')).join(' ')} stroke-dasharray=${DASHES[k % DASHES.length] || 'none'}></polygon>
        ${points.map(([x, y], i) => (s.scores[i] === null ? null : marker(k, x, y)))}
      </g>`;
    })}
  </svg>`;
}
