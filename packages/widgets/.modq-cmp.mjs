import { mkdtempSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
const src = '/work/main/packages/widgets/src';
const head = (p) => execFileSync('git', ['show', `HEAD:${p}`], { cwd: '/work/main' }).toString();
const original = {
  plugins: [{ name: 'head', setup(b) {
    b.onLoad({ filter: /contribution-detail\/contribution-detail(\.messages|\.messages\.more|\.styles)?\.ts$/ }, (args) => ({
      contents: head(args.path.replace('/work/main/', '')), loader: 'ts' }));
  } }],
};
async function measure(extra, ...modules) {
  const outdir = mkdtempSync(join(tmpdir(), 'modq-'));
  const result = await build({ stdin: { contents: modules.map((m) => `import './${m}';`).join('\n'), resolveDir: src, loader: 'ts' },
    bundle: true, minify: true, splitting: true, format: 'esm', platform: 'browser', target: 'es2022',
    conditions: ['participe:source', 'module'], outdir, metafile: true, logLevel: 'silent', ...extra });
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find((k) => outputs[k].entryPoint === '<stdin>');
  const initial = new Set();
  const visit = (f) => { if (initial.has(f)) return; initial.add(f); for (const i of outputs[f].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path); };
  visit(entryOut);
  return [...initial].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}
const three = ['contribution-form/participe-contribution-form.ts', 'contribution-list/participe-contribution-list.ts', 'contribution-detail/participe-contribution-detail.ts'];
const before = await measure(original, ...three);
const after = await measure({}, ...three);
console.log({ before, after, delta: after - before, ceiling: 45 * 1024 });
const d0 = await measure(original, three[2]); const d1 = await measure({}, three[2]);
console.log({ detailBefore: d0, detailAfter: d1 });
