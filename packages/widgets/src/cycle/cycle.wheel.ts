// The wheel's drawing: SVG geometry only, as attributes (`d`, `x`, `y`, `transform`), never
// style attributes, so it renders under a strict `style-src 'self'`.
import type { WheelPhase } from '@participe/core';
import { svg } from 'lit';

const OUTER = 190;
const INNER = 72;
/** Half the gap between two segments, in degrees: the wheel reads as seven steps. */
const GAP = 1.2;
/** How far the open phase moves out of the wheel: it shows by shape, not colour alone. */
const LIFT = 8;
const LINE = 14;
/**
 * The number alone, drawn instead of "Phase n" and the label in a narrow wheel (cycle.styles.ts):
 * at 320 px the wheel is drawn at about 0.7 of its size, so this is about 30 px on screen.
 */
const DIGIT = 44;

const rad = (deg: number) => ((deg - 90) * Math.PI) / 180;
/** A point at radius `r`, `deg` degrees clockwise from the top, rounded for short attributes. */
const point = (r: number, deg: number): [number, number] => [
  Math.round(r * Math.cos(rad(deg)) * 100) / 100,
  Math.round(r * Math.sin(rad(deg)) * 100) / 100,
];
const at = (r: number, deg: number) => point(r, deg).join(' ');

/** Degrees, clockwise from the top, where segment `i` of `n` starts, is centred and ends. */
export function angles(i: number, n: number) {
  const step = 360 / n;
  const mid = i * step;
  return { start: mid - step / 2 + GAP, mid, end: mid + step / 2 - GAP };
}

/** An annular sector: the outer arc clockwise, then the inner arc back. */
export function sectorPath(i: number, n: number): string {
  const { start, end } = angles(i, n);
  const large = end - start > 180 ? 1 : 0;
  return [
    `M ${at(OUTER, start)}`,
    `A ${OUTER} ${OUTER} 0 ${large} 1 ${at(OUTER, end)}`,
    `L ${at(INNER, end)}`,
    `A ${INNER} ${INNER} 0 ${large} 0 ${at(INNER, start)}`,
    'Z',
  ].join(' ');
}

/**
 * Breaks a label into lines of at most `max` characters (a longer word stays whole), of even
 * length: "Aller voir / les gens" rather than "Aller voir les / gens". FALC labels keep their lines.
 */
export function wrap(label: string, max = 15): string[] {
  const lines: string[] = [];
  for (const part of label.split('\n')) {
    const target = Math.ceil(part.length / Math.ceil(part.length / max));
    let line = '';
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (line && (line.length >= target || line.length + 1 + word.length > max)) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * The drawing of one phase: its sector, "Phase n" and label, and the "current" star and
 * ring; in a narrow wheel, its number alone (the labels go to a list below the wheel). The
 * star and the number are hidden from assistive technologies: the tab's name says them in words.
 * Each line ends with a space (not drawn) so the lines read as words, not "andform".
 */
export function segment(p: WheelPhase, n: number, numbered: string, label: string) {
  const { mid } = angles(p.number - 1, n);
  const [cx, cy] = point((OUTER + INNER) / 2, mid);
  const lines = wrap(label);
  const top = cy - ((lines.length + 1) * LINE) / 2 + LINE / 2;
  return svg`<g transform=${p.selected ? `translate(${at(LIFT, mid)})` : 'translate(0 0)'}>
    <path class="sector" d=${sectorPath(p.number - 1, n)}></path>
    ${p.current ? svg`<path class="current-ring" d=${sectorPath(p.number - 1, n)}></path>` : null}
    <text class="number" x=${cx} y=${top}>${p.current ? svg`<tspan aria-hidden="true">★ </tspan>` : null}${numbered} </text>
    ${lines.map((l, k) => svg`<text class="label" x=${cx} y=${top + (k + 1) * LINE}>${l} </text>`)}
    <text class="digit" aria-hidden="true" x=${cx} y=${cy + DIGIT / 3}>${p.current ? '★' : ''}${p.number}</text>
  </g>`;
}

/** The hub: the round number when a space is shown. */
export const hub = (text: string) => svg`<g aria-hidden="true">
  <circle class="hub" cx="0" cy="0" r=${INNER - 8}></circle>
  <text class="hub-text" x="0" y="5">${text}</text>
</g>`;

export const VIEWBOX = `${-OUTER - LIFT - 4} ${-OUTER - LIFT - 4} ${2 * (OUTER + LIFT + 4)} ${2 * (OUTER + LIFT + 4)}`;
