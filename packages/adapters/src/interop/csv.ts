// CSV in and out of Participe, with maintained parsers (csv-parse, csv-stringify): every
// import and export goes through here, so each reads what French Excel and Decidim write
// (a byte order mark, `;` between cells) and writes RFC 4180.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** A data row: cells by column name, and the line of the file where the row starts. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** A file that cannot be read at all (quoting, header), with the line where it went wrong. */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/** `;` when the header holds more semicolons than commas (French Excel, Decidim), else `,`. */
export function detectSeparator(text: string): ',' | ';' {
  const end = text.search(/\r?\n/);
  const first = end === -1 ? text : text.slice(0, end);
  return first.split(';').length > first.split(',').length ? ';' : ',';
}

/**
 * Reads a CSV file with a header line. A UTF-8 byte order mark is dropped, the separator is
 * detected (`,` or `;`) unless given, blank lines are skipped. A row with more or fewer
 * cells than the header is kept with the cells it has (the caller reports it, with its line).
 * Throws a `CsvError` with the line when the file is not CSV (an unterminated quote…).
 */
export function readCsv(input: string | Uint8Array, separator?: ',' | ';'): CsvTable {
  const text = (typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input)).replace(/^\uFEFF/, '');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter: separator ?? detectSeparator(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number; code?: string };
    const what = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed' : e.message;
    throw new CsvError(what, e.lines ?? 0);
  }
  const [first, ...rest] = records;
  if (!first) throw new CsvError('the file is empty: a header line was expected', 1);
  const header = first.record.map((c) => c.trim());
  const rows = rest.map(({ record, info }) => ({
    // csv-parse gives the line where a record ends; it starts as many line breaks earlier.
    line: info.lines - record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0),
    cells: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
  }));
  return { header, rows };
}

/** Columns of `header` the table lacks: a wrong header is reported before any row. */
export function missingColumns(table: CsvTable, required: readonly string[]): string[] {
  return required.filter((c) => !table.header.includes(c));
}

export interface WriteCsvOptions {
  /** @default ',' */
  separator?: ',' | ';';
  /** Starts the file with a byte order mark, for Excel. @default false */
  bom?: boolean;
}

/** Writes a header and rows (missing cells empty), quoting only where needed, CRLF-free. */
export function writeCsv(
  header: readonly string[],
  rows: ReadonlyArray<Record<string, string | number | boolean | null | undefined>>,
  options: WriteCsvOptions = {},
): string {
  const body = stringify(
    rows.map((row) => Object.fromEntries(header.map((column) => [column, cellText(row[column])]))),
    { header: true, columns: [...header], delimiter: options.separator ?? ',' },
  );
  const out = rows.length === 0 ? `${header.join(options.separator ?? ',')}\n` : body;
  return options.bom ? `\uFEFF${out}` : out;
}

function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
