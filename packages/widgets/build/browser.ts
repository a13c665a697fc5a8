// The ready-to-serve build of the widgets (`dist/browser/`): what a council copies to its
// site when it has no bundler of its own, and what the size budgets and the benchmark
// measure. esbuild bundles and splits; Lit's template literals lose the indentation that
// only the source needs; terser then compresses each chunk further than esbuild does.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { minify } from 'terser';
import ts from 'typescript';
import { ENTRIES } from './entries.js';

/** The tags whose static text is markup (`html`) or a stylesheet (`css`). */
const TAGS = new Set(['html', 'css']);

/** Markup: a run of white space that holds a line break renders as one space; it becomes one. */
export const squeezeMarkup = (text: string) => text.replace(/[ \t\r]*\n\s*/g, ' ');

/**
 * A stylesheet: comments go, white space shrinks to one space and disappears around
 * `{ } ; ,`. Spaces elsewhere are kept, since in CSS they can mean something (a descendant
 * selector, `calc(a - b)`).
 */
export const squeezeStyles = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1');

/**
 * Rewrites the static parts of `html` and `css` tagged templates in a TypeScript source;
 * everything else, interpolations included, is left byte for byte.
 */
export function squeezeTemplates(source: string, fileName = 'module.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const part = (node: ts.Node, closer: number, squeeze: (s: string) => string) => {
    // A part's text runs from after "`" or "}" to before "`" or "${".
    const start = node.getStart(file) + 1;
    const end = node.end - closer;
    const text = squeeze(source.slice(start, end));
    if (text !== source.slice(start, end)) edits.push({ start, end, text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const squeeze = node.tag.text === 'css' ? squeezeStyles : squeezeMarkup;
      const t = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) part(t, 1, squeeze);
      else {
        part(t.head, 2, squeeze);
        for (const span of t.templateSpans) part(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2, squeeze);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** esbuild plugin: `squeezeTemplates` on TypeScript sources (packages come built, and are left alone). */
export const squeezeTemplatesPlugin: Plugin = {
  name: 'participe-squeeze-templates',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) =>
      args.path.includes('/node_modules/')
        ? undefined
        : { contents: squeezeTemplates(await readFile(args.path, 'utf8'), args.path), loader: 'ts' },
    );
  },
};

/**
 * The output files a page fetches up front, as the metafile names them: `entry` and the
 * chunks it imports statically. Lazy imports (English and FALC tables, the HTTP client)
 * are left out: they load on demand.
 */
export function upFront(metafile: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imp of metafile.outputs[file]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  return seen;
}

export interface BrowserBuild {
  /** Output files by absolute path (JavaScript, and the licences of bundled packages). */
  files: Map<string, Uint8Array>;
  metafile: Metafile;
}

/**
 * Bundles widgets for the browser as `dist/browser/` ships them: minified ESM, one file per
 * entry, shared code in chunks, lazy imports (English and FALC tables, the HTTP client) in
 * their own. The licences of Lit and XState go to `*.LEGAL.txt` beside the files, linked
 * from them. Pass `entryPoints` or `stdin`, and `outdir`; `write: false` keeps it in memory.
 */
export async function buildBrowser(
  options: Pick<BuildOptions, 'entryPoints' | 'stdin' | 'outdir' | 'absWorkingDir' | 'define' | 'chunkNames'> & {
    write?: boolean;
  },
): Promise<BrowserBuild> {
  const { write = true, ...rest } = options;
  const result = await build({
    ...rest,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['participe:source', 'module'],
    legalComments: 'linked',
    plugins: [squeezeTemplatesPlugin],
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const files = new Map<string, Uint8Array>();
  for (const f of result.outputFiles) {
    if (!f.path.endsWith('.js')) {
      files.set(f.path, f.contents);
      continue;
    }
    // Export names stay as esbuild set them: chunks import each other by those names.
    const min = await minify(f.text, {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: /^!/ },
    });
    files.set(f.path, new TextEncoder().encode(min.code ?? f.text));
  }
  if (write) {
    for (const [path, body] of files) {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(path, body);
    }
  }
  return { files, metafile: result.metafile };
}

/**
 * Writes `dist/browser/` (with `themes/`). Every bundle is built on its own, so a page that
 * loads one file fetches only what that file needs (one build for all of them would split
 * the code shared by some widgets into many small chunks, each compressed apart: 2.5 KiB
 * more for the form). Lazy chunks go to `chunks/`. Two files on one page would each bring Lit and
 * XState: such a page loads `participe.js`, or `participe-citizen.js`, or bundles itself.
 */
export async function buildBrowserDist(packageDir: string, outdir = join(packageDir, 'dist', 'browser')) {
  await rm(outdir, { recursive: true, force: true });
  // The themes too, so the folder is all a page needs: `themes/neutral.css` and the councils' examples.
  await cp(join(packageDir, 'src', 'themes'), join(outdir, 'themes'), { recursive: true });
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await buildBrowser({
      absWorkingDir: packageDir,
      entryPoints: { [name]: entry },
      outdir,
      chunkNames: 'chunks/[name]-[hash]',
    });
  }
}
