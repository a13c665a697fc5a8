/// <reference types="vite/client" />

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Array<{ name: string; fieldName?: string }>;
  events?: Array<{ name?: string }>;
}
export interface Manifest {
  schemaVersion: string;
  modules: Array<{ declarations?: Declaration[] }>;
}

// `pnpm run analyze` writes the manifest (git-ignored), and the storybook scripts run it
// first. A glob rather than an import, so that a type-check on a clean clone passes.
const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = found['../custom-elements.json'];

/**
 * The manifest as a page author sees the elements: public properties only (no `#private`
 * or protected members, no methods), and a property appears once, under its attribute
 * when it has one. Storybook turns each entry into a control and a row of the API table.
 */
export function publicApi(): Manifest {
  if (!manifest) {
    throw new Error(
      'packages/widgets/custom-elements.json is missing: run `pnpm --filter @participe/widgets run analyze`.',
    );
  }
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => {
        if (!d.tagName) return d;
        const viaAttribute = new Set(d.attributes?.map((a) => a.fieldName ?? a.name));
        return {
          ...d,
          members: d.members?.filter(
            (m) =>
              m.kind === 'field' &&
              !m.static &&
              (m.privacy ?? 'public') === 'public' &&
              !m.name.startsWith('#') &&
              !viaAttribute.has(m.name),
          ),
          events: d.events?.filter((e) => e.name),
        };
      }),
    })),
  };
}
