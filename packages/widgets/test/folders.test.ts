// A widget folder (`NAME/` with its `participe-NAME.ts`) imports only its own files, the shared folders
// (`internal/`, `i18n/`, `styles/`, `controllers/`, `events/`, `testing/`) and packages. What
// two widgets share moves to a shared folder; a shared folder never imports a widget.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');
const folders = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const isWidget = (folder: string) => readdirSync(join(src, folder)).includes(`participe-${folder}.ts`);
const widgets = folders.filter(isWidget);
const shared = folders.filter((f) => !isWidget(f));

/** Every relative specifier of a module: `from '…'`, `import '…'`, `import('…')`, `export … from '…'`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function filesOf(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(src, folder, f));
}

/** `file → folder it reaches` for every relative import that leaves the file's own top folder. */
function crossings(folder: string): string[] {
  return filesOf(folder).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].flatMap(([, spec]) => {
      const target = relative(src, resolve(dirname(file), spec!)).split(sep)[0]!;
      return target === folder ? [] : [`${relative(src, file)} → ${target}`];
    }),
  );
}

describe('widget folders', () => {
  it('finds the widget folders and the shared ones', () => {
    expect(widgets.length).toBeGreaterThanOrEqual(11);
    expect(shared).toContain('internal');
  });

  it.each(widgets)('%s imports no other widget folder', (folder) => {
    expect(crossings(folder).filter((c) => widgets.includes(c.split(' → ')[1]!))).toEqual([]);
  });

  it.each(shared)('shared folder %s imports no widget folder', (folder) => {
    expect(crossings(folder).filter((c) => widgets.includes(c.split(' → ')[1]!))).toEqual([]);
  });
});
