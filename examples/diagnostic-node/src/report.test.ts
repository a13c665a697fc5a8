import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregateDiagnostics, defaultQuestionnaire, defaultQuestionnaireEn } from '@participe/core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { formatReport } from './report.js';
import { readResponses } from './responses.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const sample = readFileSync(here('../data/responses.csv'), 'utf8');
const header = sample.split('\n')[0]!;
const columns = header.split(',');
/** A CSV row with only these cells filled. */
const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(',');

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and blank lines', () => {
    const { records, error } = parseCsv('a,b\r\n"x, y","say ""hi"""\n\n"two\nlines",z\n');
    expect(error).toBeNull();
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('reads what French Excel writes: a byte order mark, `;` between cells, CRLF, commas in text', () => {
    const { records, error } = parseCsv('\uFEFFrole;oneChange\r\nconcerned;Plus tôt, et plus près\r\n');
    expect(error).toBeNull();
    expect(records).toEqual([
      { line: 1, cells: ['role', 'oneChange'] },
      { line: 2, cells: ['concerned', 'Plus tôt, et plus près'] },
    ]);
  });

  it('reports a quote never closed instead of guessing', () => {
    expect(parseCsv('a,b\n"open,b\n').error).toBe('line 2: a quoted field is never closed');
  });
});

describe('readResponses', () => {
  it('reads the 40 fictional respondents of the sample, and reports its 3 malformed rows', () => {
    const read = readResponses(sample, defaultQuestionnaire);
    expect(read.fatal).toBeNull();
    expect(read.responses).toHaveLength(40);
    expect(read.problems.map((p) => p.line)).toEqual([42, 43, 44]);
    expect(read.problems[0]!.message).toContain('unknown role "maire"');
    expect(read.problems[1]!.message).toContain('cells where the header has 41');
    expect(read.problems[2]!.message).toContain('"parity" has no answer "moitie"');
  });

  it('never counts a skipped row', () => {
    const read = readResponses(sample, defaultQuestionnaire);
    const result = aggregateDiagnostics(defaultQuestionnaire, read.responses);
    expect(result.respondents).toBe(40);
    expect(result.rejected).toEqual([]);
    expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('turns cells into answers: empty is unanswered, `|` separates choices, scales are numbers', () => {
    const csv = `${header}\n${row({ role: 'elected', parity: 'half', outreachMeans: 'doorToDoor|peers', timing: '3' })}\n`;
    const read = readResponses(csv, defaultQuestionnaire);
    expect(read.problems).toEqual([]);
    expect(read.responses[0]).toEqual({
      line: 2,
      role: 'elected',
      answers: { parity: 'half', outreachMeans: ['doorToDoor', 'peers'], timing: 3 },
    });
  });

  it('reports a bad value with its line', () => {
    const csv = `${header}\n${row({ role: 'concerned', timing: '2.5' })}\n${row({ role: 'partner', mentoring: 'yes', newMembers: 'never' })}\n`;
    const read = readResponses(csv, defaultQuestionnaire);
    expect(read.problems).toEqual([{ line: 2, message: '"timing" expects a whole number, found "2.5"' }]);
    // An answer to a hidden question is kept out of the score, not refused.
    expect(read.responses.map((r) => r.line)).toEqual([3]);
  });

  it('refuses a file whose header it cannot trust', () => {
    expect(readResponses('role,parity,budget\n', defaultQuestionnaire).fatal).toBe('line 1: unknown column(s) budget');
    expect(readResponses('parity\nhalf\n', defaultQuestionnaire).fatal).toBe('line 1: the header has no "role" column');
    expect(readResponses('', defaultQuestionnaire).fatal).toBe('the file is empty');
  });
});

describe('formatReport', () => {
  const read = readResponses(sample, defaultQuestionnaire);
  const result = aggregateDiagnostics(defaultQuestionnaire, read.responses);
  const report = formatReport(defaultQuestionnaire, result, { rows: 43, problems: read.problems });

  it('gives counts, skipped lines, every dimension, divergences and recommendations', () => {
    expect(report).toContain('43 lignes lues : 40 réponses comptées, 3 ligne(s) écartée(s).');
    expect(report).toContain('Ligne 42 : unknown role "maire"');
    for (const d of defaultQuestionnaire.dimensions) expect(report).toContain(d.label.standard.slice(0, 30));
    expect(report).toContain('Là où personnes concernées et professionnels voient le plus différemment');
    expect(report).toMatch(/1\. .+ — \d+ répondants/);
    expect(report).toContain('Ressources : ');
  });

  it('speaks English with the English questionnaire', () => {
    const en = formatReport(defaultQuestionnaireEn, aggregateDiagnostics(defaultQuestionnaireEn, read.responses), {
      rows: 43,
      problems: [],
    });
    expect(en).toContain('43 rows read: 40 responses counted');
    expect(en).toContain('Political backing');
  });
});

/** The sample as French Excel saves it ("CSV (séparateur : point-virgule)"): BOM, `;`, CRLF. */
function asExcelFr(csv: string): string {
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const { records } = parseCsv(csv);
  return `\uFEFF${records.map((r) => r.cells.map(quote).join(';')).join('\r\n')}\r\n`;
}

describe('a semicolon-separated file with a byte order mark', () => {
  it('reads the same responses and problems as the comma-separated sample', () => {
    const excel = readResponses(asExcelFr(sample), defaultQuestionnaire);
    const comma = readResponses(sample, defaultQuestionnaire);
    expect(excel.fatal).toBeNull();
    expect(excel.responses).toEqual(comma.responses);
    expect(excel.problems).toEqual(comma.problems);
  });

  it('is accepted by the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'participe-'));
    writeFileSync(join(dir, 'responses.csv'), asExcelFr(sample), 'utf8');
    const out = join(dir, 'result.json');
    execFileSync(
      process.execPath,
      [
        '--conditions=participe:source',
        '--import',
        'tsx/esm',
        here('./main.ts'),
        join(dir, 'responses.csv'),
        '--out',
        out,
      ],
      { encoding: 'utf8', cwd: here('..'), timeout: 60_000 },
    );
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.result.respondents).toBe(40);
    expect(json.source.skipped.map((p: { line: number }) => p.line)).toEqual([42, 43, 44]);
  }, 90_000);
});

describe('the command line', () => {
  it('prints the report and writes the JSON result', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'participe-')), 'result.json');
    const stdout = execFileSync(
      process.execPath,
      [
        '--conditions=participe:source',
        '--import',
        'tsx/esm',
        here('./main.ts'),
        here('../data/responses.csv'),
        '--out',
        out,
      ],
      { encoding: 'utf8', cwd: here('..') },
    );
    expect(stdout).toContain('Où en est notre démarche participative');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.source).toMatchObject({ rows: 43, counted: 40 });
    expect(json.source.skipped.map((p: { line: number }) => p.line)).toEqual([42, 43, 44]);
    expect(json.result.respondents).toBe(40);
  });
});
