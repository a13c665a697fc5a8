import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { aggregateDiagnostics, getDefaultQuestionnaire } from '@participe/core';
import { formatReport } from './report.js';
import { readResponses } from './responses.js';

// Usage: node … src/main.ts <responses.csv> [--out result.json] [--locale fr|en] [--strict]
// Reads self-diagnostic responses, prints a report and writes the JSON result. Skipped
// rows are listed in both; with --strict they also make the exit code 3.

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const file = process.argv[2];
if (!file || file.startsWith('--')) {
  console.error('Usage: main.ts <responses.csv> [--out result.json] [--locale fr|en] [--strict]');
  process.exit(2);
}
const questionnaire = getDefaultQuestionnaire(option('locale') === 'en' ? 'en' : 'fr');
const out = option('out') ?? 'diagnostic-result.json';

const read = readResponses(readFileSync(file, 'utf8'), questionnaire);
if (read.fatal) {
  console.error(`${file}: ${read.fatal}`);
  process.exit(1);
}
const result = aggregateDiagnostics(questionnaire, read.responses);
const rows = read.responses.length + read.problems.length;
process.stdout.write(formatReport(questionnaire, result, { rows, problems: read.problems }));

const json = {
  questionnaire: { id: questionnaire.id, version: questionnaire.version, locale: questionnaire.locale },
  source: { file, rows, counted: read.responses.length, skipped: read.problems },
  result,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
console.log(`\n→ ${out}`);
if (read.problems.length && process.argv.includes('--strict')) process.exitCode = 3;
