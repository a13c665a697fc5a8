// One sub-path per concept: a folder of `src/` is a public entry of the package, so an
// integrator imports only the concept it uses (`@participe/core/diagnostic`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
};
const concepts = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'testing')
  .map((d) => d.name);

describe('package exports', () => {
  it.each(concepts)('exports the concept folder %s as a sub-path, source, types and code', (name) => {
    expect(pkg.exports[`./${name}`]).toEqual({
      'participe:source': `./src/${name}/index.ts`,
      types: `./dist/${name}/index.d.ts`,
      default: `./dist/${name}/index.js`,
    });
  });

  it('declares side effects only for the module that sets zod to jitless', () => {
    expect(pkg.sideEffects).toEqual(['./src/zod.ts', './dist/zod.js']);
  });
});
