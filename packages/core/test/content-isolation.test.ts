// Content packs (phases, resources, practice sheets, guide, glossary: French and English
// texts) are data a page loads on purpose, never a side effect of importing a machine or an
// engine. This follows every runtime import (static, re-export and dynamic; `import type`
// is erased) from every module of core and fails if one reaches a pack.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !/\.(test|fixtures)\.ts$|(^|\/)testing\//.test(f))
  .map((f) => join(src, f));

/** The modules a file loads at run time, as absolute `.ts` paths. */
function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specs = [
    ...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\bfrom\s*)?'(\.[^']+)'/gm),
    ...code.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'));
}

const PACK = /\/content\/(fr|en)\//;
/** The modules whose job is to hand out the packs. */
const DOORS = ['index.ts', 'content/index.ts', 'content/packs.ts'].map((f) => join(src, f));

function reachesPack(start: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, path: string[]): string[] | null => {
    if (PACK.test(file)) return path;
    if (seen.has(file)) return null;
    seen.add(file);
    for (const next of runtimeImports(file)) {
      const found = walk(next, [...path, relative(src, next)]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [relative(src, start)]);
}

describe('content packs', () => {
  const modules = files.filter((f) => !PACK.test(f) && !DOORS.includes(f));

  it('the graph sees imports (a check that can fail)', () => {
    expect(reachesPack(join(src, 'content', 'packs.ts'))).not.toBeNull();
    expect(modules.length).toBeGreaterThan(100);
  });

  it.each(modules.map((f) => [relative(src, f), f]))('%s never loads a content pack', (_name, file) => {
    expect(reachesPack(file)).toBeNull();
  });
});
