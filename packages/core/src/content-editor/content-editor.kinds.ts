// What a council's editor may change in each kind of content, and how an entry as read
// becomes a form and back. One table for the four kinds, so the widget's form, the machine
// and the drafts kept on the device never need a branch per kind.
import type { CouncilText } from '../store/content.port.js';

/** The kinds of content the editor edits, in the order it offers them. */
export const CONTENT_EDITOR_KINDS = ['resource', 'phase', 'guide', 'glossary'] as const;
export type ContentEditorKind = (typeof CONTENT_EDITOR_KINDS)[number];

/** The fields of a kind, by how they are typed. */
export interface ContentKindFields {
  /** Citizen texts, each with its FALC version beside it. */
  readonly texts: readonly string[];
  /** Lists of citizen texts (steps, stakes…), each item with its FALC version; items added and removed. */
  readonly lists: readonly string[];
  /** One-line texts with no FALC version (a duration, a term and its expansion). */
  readonly lines: readonly string[];
  /** Lines left out of the entry when emptied (an acronym's expansion). */
  readonly optional: readonly string[];
  /** Shown, never changed by the editor: ids, kinds, phase links, tags. */
  readonly fixed: readonly string[];
  /** The field that names an entry in the list, the form and the status line. */
  readonly name: string;
  /** Whether the list may be filtered by a phase of the cycle. */
  readonly byPhase: boolean;
}

export const CONTENT_KIND_FIELDS = {
  resource: {
    texts: ['title', 'summary', 'whenToUse'],
    lists: ['steps'],
    lines: ['duration'],
    optional: [],
    fixed: ['id', 'type', 'phases', 'tags'],
    name: 'title',
    byPhase: true,
  },
  phase: {
    texts: ['label', 'summary', 'question'],
    lists: ['stakes', 'objectives', 'vigilance', 'methods', 'tools'],
    lines: [],
    optional: [],
    fixed: ['id', 'resourceIds'],
    name: 'label',
    byPhase: false,
  },
  guide: {
    texts: ['question', 'answer'],
    lists: [],
    lines: [],
    optional: [],
    fixed: ['id', 'phase', 'resourceIds'],
    name: 'question',
    byPhase: true,
  },
  glossary: {
    texts: ['definition'],
    lists: [],
    lines: ['term', 'expansion'],
    optional: ['expansion'],
    fixed: ['id'],
    name: 'term',
    byPhase: false,
  },
} as const satisfies Record<ContentEditorKind, ContentKindFields>;

/** Any entry of the four kinds as the API reads it: its fields, version and missing FALC texts. */
export type EditableEntry = Record<string, unknown> & { id: string; version: number; falcMissing?: string[] };

/** What the form holds: the texts, lists and lines of the kind; everything else is sent back as read. */
export interface ContentDraft {
  texts: Record<string, CouncilText>;
  lists: Record<string, CouncilText[]>;
  lines: Record<string, string>;
}

/** Where a text of the draft is: `summary`, `steps.2` (an item of a list), or a line. */
export type DraftPath = string;

const councilText = (v: unknown): CouncilText => {
  const o = (v ?? {}) as Partial<CouncilText>;
  return { standard: typeof o.standard === 'string' ? o.standard : '', falc: typeof o.falc === 'string' ? o.falc : '' };
};

export function contentDraftOf(kind: ContentEditorKind, entry: EditableEntry): ContentDraft {
  const f: ContentKindFields = CONTENT_KIND_FIELDS[kind];
  return {
    texts: Object.fromEntries(f.texts.map((k) => [k, councilText(entry[k])])),
    lists: Object.fromEntries(
      f.lists.map((k) => [k, Array.isArray(entry[k]) ? (entry[k] as unknown[]).map(councilText) : []]),
    ),
    lines: Object.fromEntries(f.lines.map((k) => [k, typeof entry[k] === 'string' ? (entry[k] as string) : ''])),
  };
}

/**
 * The body of a save: the entry as read (its fixed fields untouched), with the form's texts.
 * An empty FALC version is sent empty, for the API to flag; an emptied optional line is left out.
 */
export function contentBodyOf(kind: ContentEditorKind, entry: EditableEntry, d: ContentDraft): Record<string, unknown> {
  const { version: _v, falcMissing: _f, ...rest } = entry;
  const text = (t: CouncilText) => ({ standard: t.standard, falc: t.falc ?? '' });
  const f: ContentKindFields = CONTENT_KIND_FIELDS[kind];
  const body: Record<string, unknown> = { ...rest };
  for (const k of f.texts) body[k] = text(d.texts[k] ?? { standard: '' });
  for (const k of f.lists) body[k] = (d.lists[k] ?? []).map(text);
  for (const k of f.lines) {
    const v = d.lines[k] ?? '';
    if (v.trim() === '' && f.optional.includes(k)) delete body[k];
    else body[k] = v;
  }
  return body;
}

/** Paths of the draft's texts whose FALC version is empty, as the API names them (`summary`, `steps.2`). */
export function contentFalcMissingOf(kind: ContentEditorKind, d: ContentDraft): string[] {
  const f: ContentKindFields = CONTENT_KIND_FIELDS[kind];
  const missing = (t: CouncilText | undefined) => !t?.falc?.trim();
  return [
    ...f.texts.filter((k) => missing(d.texts[k])),
    ...f.lists.flatMap((k) => (d.lists[k] ?? []).flatMap((t, i) => (missing(t) ? [`${k}.${i}`] : []))),
  ];
}

/** The words that name an entry: its title, label, question or term. */
export function contentNameOf(kind: ContentEditorKind, entry: EditableEntry | null | undefined): string {
  const v = entry?.[CONTENT_KIND_FIELDS[kind].name];
  return typeof v === 'string' ? v : ((v as CouncilText | undefined)?.standard ?? entry?.id ?? '');
}

/** The fixed fields of an entry, as they are shown: a word, or the items of a list. */
export function contentFixedOf(kind: ContentEditorKind, entry: EditableEntry): Array<[string, string[]]> {
  const f: ContentKindFields = CONTENT_KIND_FIELDS[kind];
  return f.fixed.map((k) => {
    const v = entry[k];
    return [k, Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]];
  });
}

/** A change to the draft at a path: one side of a text, a line, an item added or removed. */
export function changeDraft(
  d: ContentDraft,
  change:
    | { path: DraftPath; side: 'standard' | 'falc'; value: string }
    | { line: string; value: string }
    | { add: string }
    | { remove: string; index: number },
): ContentDraft {
  const next: ContentDraft = {
    texts: { ...d.texts },
    lists: Object.fromEntries(Object.entries(d.lists).map(([k, v]) => [k, [...v]])),
    lines: { ...d.lines },
  };
  if ('line' in change) {
    if (change.line in next.lines) next.lines[change.line] = change.value;
  } else if ('add' in change) {
    next.lists[change.add]?.push({ standard: '', falc: '' });
  } else if ('remove' in change) {
    next.lists[change.remove]?.splice(change.index, 1);
  } else {
    const [head, index] = change.path.split('.');
    const list = next.lists[head!];
    if (list && index !== undefined) {
      const i = Number(index);
      if (list[i]) list[i] = { ...list[i]!, [change.side]: change.value };
    } else if (next.texts[head!]) {
      next.texts[head!] = { ...next.texts[head!]!, [change.side]: change.value };
    }
  }
  return next;
}
