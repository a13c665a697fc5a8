import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per sub-path export, read from package.json so the two never drift apart.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | { 'participe:source'?: string }>;
};
const entry = Object.fromEntries(
  Object.entries(pkg.exports)
    .filter(([, v]) => typeof v === 'object' && v['participe:source'])
    .map(([k, v]) => [k.replace(/^\.\//, '') + '/index', (v as { 'participe:source': string })['participe:source']]),
);

// The `participe` command (bin/participe.js loads it) is an entry of its own.
entry['cli/participe'] = './src/cli/participe.ts';

export default defineConfig({
  entry,
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  external: ['@participe/core', '@electric-sql/pglite', 'pg', 'nodemailer'],
});
