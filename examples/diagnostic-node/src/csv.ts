import { parse } from 'csv-parse/sync';

/** A CSV record with the line of the file where it starts (1-based), for error messages. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * The separator of a file, from its first line: French Excel writes `;` (the comma is the
 * decimal mark), other tools write `,`. The one that occurs more in the header wins.
 */
export function detectSeparator(text: string): ',' | ';' {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => first.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Parses CSV with `csv-parse` (RFC 4180: quoted fields, doubled quotes, line breaks in
 * quotes, CRLF or LF). A UTF-8 byte order mark is dropped; the separator is `separator`,
 * or detected from the header (`,` or `;`). Blank lines are skipped. A malformed file
 * (an unterminated quote…) is reported with its line, not guessed.
 */
export function parseCsv(text: string, separator?: string): { records: CsvRecord[]; error: string | null } {
  const source = text.replace(/^\uFEFF/, '');
  try {
    const rows = parse(source, {
      delimiter: separator ?? detectSeparator(source),
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    // csv-parse counts the line where a record ends; it starts that many line breaks earlier.
    const records = rows.map(({ record, info }) => ({ line: info.lines - lineBreaksIn(record), cells: record }));
    return { records, error: null };
  } catch (error) {
    const e = error as Error & { lines?: number; code?: string };
    const what = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed' : e.message;
    return { records: [], error: `line ${e.lines ?? '?'}: ${what}` };
  }
}

function lineBreaksIn(cells: string[]): number {
  return cells.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
}
