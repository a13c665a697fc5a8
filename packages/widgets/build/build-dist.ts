// `pnpm build` runs this first: compiles `src/` to `dist/` for bundlers, one JavaScript
// module and one declaration file per source file (unbundled ESM), so a council's bundler
// keeps only what its page imports. The static text of Lit's `html` and `css` templates is
// squeezed as in `dist/browser/` (see `squeezeTemplates`), inside the compiler, so the
// source maps stay right.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { squeezeMarkup, squeezeStyles } from './browser.js';

const SQUEEZE: Record<string, (text: string) => string> = { html: squeezeMarkup, css: squeezeStyles };

/** Rewrites the literal parts of `html` and `css` tagged templates; interpolations are untouched. */
const squeezeTransformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
  const f = context.factory;
  const visit = (node: ts.Node): ts.Node => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && SQUEEZE[node.tag.text]) {
      const squeeze = SQUEEZE[node.tag.text]!;
      const t = node.template;
      const raw = (part: ts.TemplateLiteralLikeNode) => squeeze(part.rawText ?? part.text);
      const template = ts.isNoSubstitutionTemplateLiteral(t)
        ? f.createNoSubstitutionTemplateLiteral(squeeze(t.text), raw(t))
        : f.createTemplateExpression(
            f.createTemplateHead(squeeze(t.head.text), raw(t.head)),
            t.templateSpans.map((span) =>
              f.createTemplateSpan(
                ts.visitNode(span.expression, visit) as ts.Expression,
                ts.isTemplateTail(span.literal)
                  ? f.createTemplateTail(squeeze(span.literal.text), raw(span.literal))
                  : f.createTemplateMiddle(squeeze(span.literal.text), raw(span.literal)),
              ),
            ),
          );
      return f.updateTaggedTemplateExpression(node, node.tag, node.typeArguments, template);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => ts.visitNode(file, visit) as ts.SourceFile;
};

const project = fileURLToPath(new URL('../tsconfig.build.json', import.meta.url));
const config = ts.getParsedCommandLineOfConfigFile(
  project,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
);
if (!config) throw new Error(`cannot read ${project}`);
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
const result = program.emit(undefined, undefined, undefined, false, { before: [squeezeTransformer] });
const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
if (diagnostics.length > 0) {
  const host = {
    getCanonicalFileName: (n: string) => n,
    getCurrentDirectory: ts.sys.getCurrentDirectory,
    getNewLine: () => '\n',
  };
  console.error(ts.formatDiagnostics(diagnostics, host));
  process.exit(1);
}
console.log(`dist/ written: ${config.fileNames.length} modules`);
