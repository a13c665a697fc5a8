// The generator (scripts/new.mjs): what `pnpm new:widget NAME` writes and registers, read from
// a dry run against this tree; then run for real in a temporary copy of the packages, where
// the new widget and its core machine must pass Biome and type-check.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..', '..');

interface Written {
  path: string;
  content: string;
}
interface Generator {
  plan(kind: 'widget' | 'machine', name: string, options?: { root?: string }): { files: Written[]; edits: Written[] };
}
const generatorUrl = pathToFileURL(join(repo, 'scripts', 'new.mjs')).href;
const { plan } = (await import(generatorUrl)) as Generator;

const W = 'packages/widgets';
const C = 'packages/core';
const NAME = 'town-hall';
const TAG = `participe-${NAME}`;

const widget = plan('widget', NAME, { root: repo });
const file = (path: string) => widget.files.find((f) => f.path === path)?.content ?? '';
const edited = (path: string) => widget.edits.find((e) => e.path === path)?.content ?? '';
const current = (path: string) => readFileSync(join(repo, path), 'utf8');
/** What an edit adds: the new text is the old one with these lines inserted, nothing removed. */
function added(path: string): string[] {
  const before = current(path).split('\n');
  const after = edited(path).split('\n');
  const extra: string[] = [];
  let i = 0;
  for (const line of after) {
    if (line === before[i]) i++;
    else extra.push(line);
  }
  expect(i, `${path} keeps every line it had`).toBe(before.length);
  return extra;
}

describe('pnpm new:widget (dry run)', () => {
  it('writes the widget’s file set and, as core has no such folder, its machine’s', () => {
    expect(widget.files.map((f) => f.path).sort()).toEqual(
      [
        `${C}/src/${NAME}/index.ts`,
        `${C}/src/${NAME}/${NAME}.connect.ts`,
        `${C}/src/${NAME}/${NAME}.machine.test.ts`,
        `${C}/src/${NAME}/${NAME}.machine.ts`,
        `${C}/src/${NAME}/${NAME}.types.ts`,
        `${W}/src/${NAME}/${TAG}.ts`,
        `${W}/src/${NAME}/${NAME}.messages.more.ts`,
        `${W}/src/${NAME}/${NAME}.messages.ts`,
        `${W}/src/${NAME}/${NAME}.stories.ts`,
        `${W}/src/${NAME}/${NAME}.styles.ts`,
        `${W}/src/${NAME}/${NAME}.test.ts`,
        `${W}/src/${NAME}/${NAME}.ts`,
      ].sort(),
    );
    expect(
      widget.files.every((f) => !/\{\{\w+\}\}/.test(f.content)),
      'no placeholder left',
    ).toBe(true);
  });

  it('shapes each file as the reference folders do', () => {
    const element = file(`${W}/src/${NAME}/${NAME}.ts`);
    expect(element).toContain('export class ParticipeTownHall extends ParticipeElement {');
    expect(element).toMatch(/@summary[\s\S]*@attr space[\s\S]*@csspart base[\s\S]*@cssprop --participe-color-primary/);
    expect(element).toContain('connectTownHall(this.#actor.snapshot, (event) => this.#actor.send(event))');
    expect(element).not.toContain('customElements.define');
    // The define module: the definition and the tag map, nothing else.
    const define = file(`${W}/src/${NAME}/${TAG}.ts`)
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('import'));
    expect(define).toEqual([
      `customElements.define('${TAG}', ParticipeTownHall);`,
      'declare global {',
      '  interface HTMLElementTagNameMap {',
      `    '${TAG}': ParticipeTownHall;`,
      '  }',
      '}',
    ]);
    expect(file(`${W}/src/${NAME}/${NAME}.messages.ts`)).toMatch(
      /registerCatalog\(\s*'town-hall',\s*defineCatalog\(\{\s*fr: \{/,
    );
    expect(file(`${W}/src/${NAME}/${NAME}.messages.more.ts`)).toMatch(/en: \{[\s\S]*falc: \{\s*fr: \{[\s\S]*en: \{/);
    expect(file(`${W}/src/${NAME}/${NAME}.test.ts`)).toContain('await expectNoAxeViolations(el);');
    expect(file(`${W}/src/${NAME}/${NAME}.stories.ts`)).toContain('export const Accessibility: Story');
    const machine = file(`${C}/src/${NAME}/${NAME}.machine.ts`);
    expect(machine).toContain("import { setup } from '../shared/machine-setup.js';");
    expect(machine).toContain("'townHall.retry'");
    expect(file(`${C}/src/${NAME}/${NAME}.connect.ts`)).toContain('retry: () => send(');
    expect(file(`${C}/src/${NAME}/${NAME}.machine.test.ts`)).toContain('modelGraph<ModelEvent, Snap>(townHallMachine');
  });

  it('registers the element everywhere it must be named, adding lines only', () => {
    expect(widget.edits.map((e) => e.path).sort()).toEqual(
      [
        `${C}/package.json`,
        `${C}/src/index.ts`,
        `${W}/README.md`,
        `${W}/build/entries.ts`,
        `${W}/package.json`,
        `${W}/src/index.ts`,
        `${W}/src/participe.ts`,
        `${W}/test/budget.test.ts`,
        `${W}/test/manifest.test.ts`,
      ].sort(),
    );
    expect(added(`${W}/build/entries.ts`)).toEqual([`  '${TAG}': 'src/${NAME}/${TAG}.ts',`]);
    expect(added(`${W}/src/participe.ts`)).toEqual([`import './${NAME}/${TAG}.js';`]);
    expect(added(`${W}/src/index.ts`)).toEqual([`export { ParticipeTownHall } from './${NAME}/${NAME}.js';`]);
    expect(added(`${W}/test/budget.test.ts`)).toEqual([`    ['town hall', '${NAME}/${TAG}.ts'],`]);
    expect(added(`${W}/test/manifest.test.ts`)).toEqual([`  '${TAG}': [],`]);
    expect(added(`${W}/README.md`)).toEqual([`| \`${TAG}\` | Town hall: TODO one line on what it shows |`]);
    expect(added(`${C}/src/index.ts`)).toEqual([`export * from './${NAME}/index.js';`]);
  });

  it('adds one sub-path to each package’s exports and changes nothing else there', () => {
    for (const [path, key, target] of [
      [`${W}/package.json`, `./${TAG}.js`, `${NAME}/${TAG}`],
      [`${C}/package.json`, `./${NAME}`, `${NAME}/index`],
    ] as const) {
      const before = JSON.parse(current(path)) as { exports: Record<string, unknown> };
      const after = JSON.parse(edited(path)) as { exports: Record<string, unknown> };
      expect(after.exports[key]).toEqual({
        'participe:source': `./src/${target}.ts`,
        types: `./dist/${target}.d.ts`,
        default: `./dist/${target}.js`,
      });
      const { [key]: _new, ...rest } = after.exports;
      expect({ ...after, exports: rest }).toEqual(before);
    }
  });

  it('writes only a machine for new:machine, registered in core', () => {
    const machine = plan('machine', NAME, { root: repo });
    expect(machine.files.every((f) => f.path.startsWith(`${C}/src/${NAME}/`))).toBe(true);
    expect(machine.files).toHaveLength(5);
    expect(machine.edits.map((e) => e.path).sort()).toEqual([`${C}/package.json`, `${C}/src/index.ts`]);
  });

  it('refuses a name that is not kebab-case, a shared folder, or taken', () => {
    expect(() => plan('widget', 'TownHall', { root: repo })).toThrow(/lowercase words joined by hyphens/);
    expect(() => plan('widget', 'internal', { root: repo })).toThrow(/shared folder/);
    expect(() => plan('widget', 'cycle', { root: repo })).toThrow(/packages\/widgets\/src\/cycle exists already/);
    expect(() => plan('machine', 'cycle-guide', { root: repo })).toThrow(/packages\/core\/src\/cycle-guide exists/);
  });
});

// A copy of what the generator reads and what the new files import, with node_modules linked
// (pnpm's links are relative, so `@participe/core` is the copy's core). Writing, Biome and two
// type-checks of a slice of the packages: seconds each, minutes on a loaded 2-core machine.
describe('pnpm new:widget (for real, in a temporary copy)', { timeout: 300_000 }, () => {
  let root = '';
  const run = (cmd: string, args: string[], cwd: string, timeout: number) =>
    execFileSync(cmd, args, { cwd, encoding: 'utf8', timeout, stdio: 'pipe' });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'participe-new-'));
    const copy = (path: string, skip: string[] = []) =>
      cpSync(join(repo, path), join(root, path), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => !skip.some((s) => src.includes(s)),
      });
    // Biome reads .gitignore (vcs.useIgnoreFile).
    for (const path of ['tsconfig.base.json', 'biome.json', '.gitignore', 'scripts/new.mjs', 'scripts/templates'])
      copy(path);
    for (const pkg of ['widgets', 'core', 'adapters']) {
      for (const part of ['src', 'package.json', 'node_modules'])
        copy(`packages/${pkg}/${part}`, ['/.vite', '/.cache']);
    }
    for (const path of [`${W}/build`, `${W}/test`, `${W}/README.md`, `${C}/test`]) copy(path);
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    // Type-check the new folders (and what they import), not the whole packages.
    for (const [dir, include] of [
      [W, [`src/${NAME}`]],
      [C, [`src/${NAME}`]],
    ] as const) {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(
        join(root, dir, 'tsconfig.generated.json'),
        JSON.stringify({
          extends: '../../tsconfig.base.json',
          compilerOptions: { types: ['node'], noEmit: true },
          include,
        }),
      );
    }
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('writes the files and registrations the dry run listed, Biome-clean', () => {
    const out = run('node', [join(root, 'scripts/new.mjs'), 'widget', NAME, '--root', root], root, 90_000);
    for (const f of [...widget.files, ...widget.edits]) expect(out).toContain(f.path);
    for (const f of widget.files) expect(readFileSync(join(root, f.path), 'utf8').length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(root, W, 'package.json'), 'utf8')).exports[`./${TAG}.js`]).toBeDefined();
    const biome = join(repo, 'node_modules', '.bin', 'biome');
    const paths = [...widget.files, ...widget.edits].map((f) => f.path).filter((p) => p.endsWith('.ts'));
    run(biome, ['check', ...paths], root, 60_000);
  });

  it('type-checks the new widget and its machine', () => {
    const tsc = join(repo, 'node_modules', '.bin', 'tsc');
    for (const dir of [C, W]) {
      try {
        run(tsc, ['-p', 'tsconfig.generated.json'], join(root, dir), 150_000);
      } catch (e) {
        throw new Error(`tsc in ${dir}:\n${(e as { stdout?: string }).stdout ?? e}`);
      }
    }
  });

  it('refuses to run twice: the folder exists', () => {
    expect(() => run('node', [join(root, 'scripts/new.mjs'), 'widget', NAME, '--root', root], root, 30_000)).toThrow(
      /exists already/,
    );
  });
});
