import { describe, expect, it } from 'vitest';
import { formatDays, formatNumber, formatPercent, NBSP, NNBSP } from './typography.js';

describe('formatDays', () => {
  it('never says "0 jour": less than a day for a delay, today for a wait', () => {
    expect(formatDays(0, 'fr')).toBe('moins d’un jour');
    expect(formatDays(0.02, 'fr')).toBe('moins d’un jour');
    expect(formatDays(0, 'fr', { zero: 'since' })).toBe('aujourd’hui');
    expect(formatDays(0, 'en')).toBe('less than a day');
    expect(formatDays(0, 'en', { zero: 'since' })).toBe('today');
    expect(formatDays(-3, 'fr')).toBe('moins d’un jour');
    expect(formatDays(Number.NaN, 'fr')).toBe('moins d’un jour');
  });

  it('keeps the number and "jour(s)" together; French plural from 2', () => {
    expect(formatDays(1, 'fr')).toBe(`1${NBSP}jour`);
    expect(formatDays(1.5, 'fr')).toBe(`1,5${NBSP}jour`);
    expect(formatDays(2, 'fr')).toBe(`2${NBSP}jours`);
    expect(formatDays(21.5, 'fr')).toBe(`21,5${NBSP}jours`);
    expect(formatDays(71 / 3, 'fr')).toBe(`23,7${NBSP}jours`);
    expect(formatDays(1, 'en')).toBe(`1${NBSP}day`);
    expect(formatDays(1.5, 'en')).toBe(`1.5${NBSP}days`);
    expect(formatDays(1234, 'fr', { digits: 0 })).toBe(`1${NNBSP}234${NBSP}jours`);
  });
});

describe('numbers and percents', () => {
  it('French: narrow no-break thousands, decimal comma, "40 %" with a no-break space', () => {
    expect(formatNumber(1234.56, 'fr')).toBe(`1${NNBSP}234,6`);
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatPercent(0.4, 'fr')).toBe(`40${NBSP}%`);
    expect(formatPercent(39 / 42, 'fr')).toBe(`93${NBSP}%`);
    expect(formatPercent(0.4, 'en')).toBe('40%');
  });
});
