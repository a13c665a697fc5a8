import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
const src = '/work/main/packages/widgets/src';
const modules = process.argv.slice(2);
const result = await build({ stdin: { contents: modules.map((m) => `import './${m}';`).join('\n'), resolveDir: src, loader: 'ts' },
    bundle: true, minify: true, splitting: true, format: 'esm', platform: 'browser', target: 'es2022',
    conditions: ['participe:source', 'module'], outdir: mkdtempSync(join(tmpdir(), 'modq-')), metafile: true, logLevel: 'silent' });
const outputs = result.metafile.outputs;
const entryOut = Object.keys(outputs).find((k) => outputs[k].entryPoint === '<stdin>');
const initial = new Set();
const visit = (f) => { if (initial.has(f)) return; initial.add(f); for (const i of outputs[f].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path); };
visit(entryOut);
const agg = {};
for (const f of initial) for (const [k, v] of Object.entries(outputs[f].inputs)) { const key = k.replace(/.*node_modules\/\.pnpm\/([^/]+)\/.*/, '$1'); agg[key] = (agg[key] ?? 0) + v.bytesInOutput; }
for (const [k, v] of Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v, k);
