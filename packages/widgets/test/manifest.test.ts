import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string; description?: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
  events?: Array<{ name?: string }>;
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
};

describe('custom-elements manifest', () => {
  it('documents every element: attributes, parts, custom properties and events', () => {
    // The build writes the manifest (`pnpm run build` runs `analyze`); a bare test run makes it.
    if (!existsSync(join(root, 'custom-elements.json'))) {
      execFileSync('pnpm', ['run', 'analyze'], { cwd: root, stdio: 'ignore' });
    }
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
      expect((d!.events ?? []).map((e) => e.name).filter(Boolean), `${tag} events`).toEqual(events);
    }
  }, 120_000);
});
