import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string; description?: string; fieldName?: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
  events?: Array<{ name?: string; type?: { text?: string } }>;
}

/** Every element, with the DOM events it documents (from its JSDoc `@event`). */
const ELEMENTS: Record<string, string[]> = {
  'participe-contribution-form': ['participe-submitted'],
  'participe-contribution-list': ['participe-select'],
  'participe-contribution-detail': [],
  'participe-cycle': ['participe-phase-select'],
  'participe-practice-library': ['participe-practice-open'],
  'participe-diagnostic': ['participe-diagnostic-complete'],
  'participe-moderation-queue': ['participe-moderated'],
  'participe-answer-form': ['participe-answer-published'],
  'participe-space-composition': [],
  'participe-meetings': [],
  'participe-attestation': [],
  'participe-board': [],
  'participe-agenda': [],
  'participe-spaces-admin': [],
  'participe-council-settings': [],
  'participe-staff-admin': [],
  'participe-practice-editor': [],
  'participe-resource-centre': [],
  'participe-content-editor': [],
};

/** The build writes the manifest and its framework files (`pnpm run build` runs `analyze`); a bare test run makes them. */
function analyzed() {
  if (!existsSync(join(root, 'custom-elements.json')) || !existsSync(join(root, 'dist', 'frameworks', 'jsx.d.ts'))) {
    execFileSync('pnpm', ['run', 'analyze'], { cwd: root, stdio: 'ignore' });
  }
}

describe('custom-elements manifest', () => {
  it('documents every element: attributes, parts, custom properties and events', () => {
    analyzed();
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
      modules: Array<{ declarations?: Declaration[] }>;
    };
    const found = new Map(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, d]),
    );
    for (const [tag, events] of Object.entries(ELEMENTS)) {
      const d = found.get(tag);
      expect(d, tag).toBeDefined();
      expect(d!.attributes?.length ?? 0, `${tag} attributes`).toBeGreaterThan(0);
      expect(
        d!.attributes!.every((a) => (a.description ?? '').length > 0),
        `${tag} attribute docs`,
      ).toBe(true);
      expect(d!.cssParts?.length ?? 0, `${tag} parts`).toBeGreaterThan(0);
      expect(d!.cssProperties?.map((p) => p.name) ?? [], `${tag} custom properties`).toContain(
        '--participe-color-primary',
      );
      // Every event by its name, with the type of its `detail` (the framework types use it).
      expect(
        (d!.events ?? []).map((e) => [e.name, e.type?.text]),
        `${tag} events`,
      ).toEqual(events.map((name) => [name, `${DETAIL[name]}`]));
      // Every attribute names the property behind it (React and Vue props are typed from it).
      expect(
        d!.attributes!.filter((a) => !a.fieldName).map((a) => a.name),
        `${tag} attributes without a field`,
      ).toEqual([]);
    }
  }, 120_000);

  it('generates the editor and framework files from it, naming every element and event', () => {
    analyzed();
    const read = (f: string) => readFileSync(join(root, 'dist', 'frameworks', f), 'utf8');
    const jsx = read('jsx.d.ts');
    const vue = read('vue.d.ts');
    const vscode = JSON.parse(read('vscode.html-custom-data.json')) as { tags: Array<{ name: string }> };
    const webTypes = JSON.parse(read('web-types.json')) as {
      contributions: { html: { elements: Array<{ name: string }> } };
    };
    const tags = Object.keys(ELEMENTS).sort();
    expect(vscode.tags.map((t) => t.name).sort()).toEqual(tags);
    expect(webTypes.contributions.html.elements.map((e) => e.name).sort()).toEqual(tags);
    for (const tag of tags) {
      expect(jsx, tag).toContain(`"${tag}": Partial<`);
      expect(vue, tag).toContain(`"${tag}": DefineComponent<`);
      for (const event of ELEMENTS[tag]!) {
        expect(jsx).toContain(`"on${event}"?: (e: CustomEvent<${DETAIL[event]}>) => void;`);
      }
    }
    expect(read('react.d.ts')).toContain("declare module 'react'");
  }, 120_000);
});

/** The type of each event's `detail`, exported by `@participe/widgets`. */
const DETAIL: Record<string, string> = {
  'participe-submitted': 'ParticipeSubmittedDetail',
  'participe-select': 'ParticipeSelectDetail',
  'participe-phase-select': 'ParticipePhaseSelectDetail',
  'participe-practice-open': 'ParticipePracticeOpenDetail',
  'participe-diagnostic-complete': 'ParticipeDiagnosticCompleteDetail',
  'participe-moderated': 'ParticipeModeratedDetail',
  'participe-answer-published': 'ParticipeAnswerPublishedDetail',
};
