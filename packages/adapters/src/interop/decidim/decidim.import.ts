// Imports a Decidim open-data archive into a council's store: participatory processes become
// spaces, proposals contributions (with their official answer), accountability results
// commitments with their progress, meetings meetings. Everything is read and checked first;
// then one transaction writes it all, or a dry run only tells what it would do.

import type { ParticipeStore } from '@participe/core';
import {
  type Actor,
  type ContributionView,
  DEFAULT_THEMES,
  type Meeting,
  MeetingSchema,
  replay,
  type Space,
  SpaceSchema,
  type StoredContributionEvent,
  toView,
} from '@participe/core';
import { unzipSync } from 'fflate';
import { canonicalJson, newFollowUpCode, newSecret, sha256Hex } from '../../service/crypto.js';
import { CsvError, type CsvRow, missingColumns, readCsv } from '../csv.js';
import { inTransaction } from '../transaction.js';
import { ACCESS_PREFIX, DECIDIM_FILES, type DecidimFile, decidimFileOf, REQUIRED_COLUMNS } from './decidim.format.js';

export type ImportKind = 'space' | 'contribution' | 'commitment' | 'meeting';

/** What happened (or, in a dry run, would happen) to one thing of the archive. */
export interface ImportItem {
  action: 'created' | 'updated' | 'skipped';
  kind: ImportKind;
  /** The Participe id. */
  id: string;
  /** Where it comes from, e.g. `proposals #12`. */
  source: string;
}

/** A row left out, with its file, line and why. */
export interface RejectedRow {
  file: string;
  line: number;
  reason: string;
}

export interface ImportReport {
  dryRun: boolean;
  items: ImportItem[];
  rejected: RejectedRow[];
}

export interface DecidimImportOptions {
  /** Reads and checks everything, writes nothing. @default false */
  dryRun?: boolean;
  /** The instant of the import (a meeting's `updatedAt`). @default now */
  now?: string;
  /**
   * Puts every row into this space instead of one space per participatory process: the live
   * link of one Participe space to one Decidim component.
   */
  space?: Space;
}

/** The key of `options.space` among the planned spaces (Decidim's process ids are numbers). */
const LINKED = 'linked';

/** The archive as a whole cannot be imported: not a ZIP, no Decidim file, a wrong header. */
export class DecidimArchiveError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `, line ${line}` : ''}: ${message}` : message);
    this.name = 'DecidimArchiveError';
  }
}

/** Ids are derived from Decidim's, so a second import finds what the first one wrote. */
export const decidimIds = {
  space: (processId: string) => `s_decidim_${processId}`,
  contribution: (proposalId: string) => `c_decidim_${proposalId}`,
  commitment: (resultId: string) => `k_decidim_${resultId}`,
  meeting: (meetingId: string) => `m_decidim_${meetingId}`,
};

const PROFESSIONAL: Actor = { role: 'professional', id: null };
const AUTHOR: Actor = { role: 'author', id: null };
const ANSWER_SERVICE = 'Réponse officielle publiée sur Decidim';
const NO_CATEGORY = { id: 'sans-categorie', label: 'Sans catégorie' };

/** Reads the archive's files: those Participe knows, with their rows; the rest is ignored. */
export function readDecidimArchive(archive: Uint8Array): Map<DecidimFile, { path: string; rows: CsvRow[] }> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(archive);
  } catch (error) {
    throw new DecidimArchiveError(
      `not a ZIP archive (${(error as Error).message}); expected Decidim's /open-data/download`,
    );
  }
  const files = new Map<DecidimFile, { path: string; rows: CsvRow[] }>();
  for (const [path, bytes] of Object.entries(entries)) {
    const file = decidimFileOf(path);
    if (!file) continue;
    let table: ReturnType<typeof readCsv>;
    try {
      table = readCsv(bytes);
    } catch (error) {
      if (error instanceof CsvError) throw new DecidimArchiveError(error.message, path, error.line);
      throw error;
    }
    const missing = missingColumns(table, REQUIRED_COLUMNS[file]);
    if (missing.length) {
      throw new DecidimArchiveError(
        `the header lacks ${missing.map((c) => `"${c}"`).join(', ')}; expected Decidim's columns: ${DECIDIM_FILES[file].join(';')}`,
        path,
        1,
      );
    }
    files.set(file, { path, rows: table.rows });
  }
  if (!files.has('proposals') && !files.has('meetings') && !files.has('participatory_processes')) {
    throw new DecidimArchiveError(
      `no Decidim open-data file found; expected files named like "<host>-open-data-proposals.csv" (${Object.keys(DECIDIM_FILES).join(', ')})`,
    );
  }
  return files;
}

/** One write the import will make, checked beforehand. */
interface Step {
  item: ImportItem;
  write: (store: ParticipeStore) => Promise<void>;
}

/**
 * Imports a Decidim open-data archive. Every row is checked before anything is written; a
 * row that does not fit is reported with its file, line and reason and left out. Then all
 * the writes happen in one transaction (on a store that has them: PostgreSQL), so an
 * error leaves nothing half-imported. Importing the same archive again changes nothing.
 */
export async function importDecidimArchive(
  store: ParticipeStore,
  archive: Uint8Array,
  options: DecidimImportOptions = {},
): Promise<ImportReport> {
  const now = options.now ?? new Date().toISOString();
  const files = readDecidimArchive(archive);
  const rejected: RejectedRow[] = [];
  const reject = (file: string, line: number, reason: string) => rejected.push({ file, line, reason });
  const steps: Step[] = [];

  // Spaces: one per process; a process that only appears in proposals' URLs gets one too.
  const spaces = new Map<string, Space>();
  if (options.space) spaces.set(LINKED, structuredClone(options.space));
  const processes = files.get('participatory_processes');
  for (const { line, cells } of processes?.rows ?? []) {
    const id = cells.id?.trim() ?? '';
    if (!/^\d+$/.test(id)) {
      reject(processes!.path, line, `"id" must be Decidim's number, found "${id}"`);
      continue;
    }
    const space = planSpace(id, cells.slug ?? '', cells['title/fr'] ?? '', cells, now);
    if (typeof space === 'string') reject(processes!.path, line, space);
    else spaces.set(id, space);
  }
  const proposals = files.get('proposals');
  const results = files.get('results');
  const meetings = files.get('meetings');
  const spaceOf = (file: string, line: number, cells: Record<string, string>): Space | null => {
    if (options.space) return spaces.get(LINKED)!;
    const processId = cells['participatory_space/id']?.trim() ?? '';
    const known = spaces.get(processId);
    if (known) return known;
    const slug = /\/processes\/([^/?#]+)/.exec(cells['participatory_space/url'] ?? '')?.[1];
    if (!/^\d+$/.test(processId) || !slug) {
      reject(file, line, `no participatory process "${processId}" in the archive, and no process URL to name one`);
      return null;
    }
    const space = planSpace(processId, slug, slug, {}, now);
    if (typeof space === 'string') {
      reject(file, line, space);
      return null;
    }
    spaces.set(processId, space);
    return space;
  };

  // Proposals → contributions, as the events that would have produced them.
  const histories = new Map<
    string,
    { source: string; file: string; line: number; events: StoredContributionEvent[] }
  >();
  const proposalRows: Array<{ row: CsvRow; space: Space }> = [];
  for (const row of proposals?.rows ?? []) {
    const space = spaceOf(proposals!.path, row.line, row.cells);
    if (space) proposalRows.push({ row, space });
  }
  for (const { row, space } of proposalRows) {
    const planned = planProposal(row.cells, space);
    if (typeof planned === 'string') reject(proposals!.path, row.line, planned);
    else
      histories.set(planned.id, {
        source: `proposal #${row.cells.id}`,
        file: proposals!.path,
        line: row.line,
        events: planned.events,
      });
  }

  // Results → commitments (and progress) on the accepted proposals they link to.
  const commitments: Array<ImportItem & { contributionId: string }> = [];
  for (const { line, cells } of results?.rows ?? []) {
    const linked = [...(cells.proposal_urls ?? '').matchAll(/\/proposals\/(\d+)/g)].map((m) => m[1]!);
    if (linked.length === 0) {
      reject(
        results!.path,
        line,
        'the result links no proposal ("proposal_urls"): a commitment answers a contribution',
      );
      continue;
    }
    for (const proposalId of linked) {
      const history = histories.get(decidimIds.contribution(proposalId));
      if (!history) {
        reject(results!.path, line, `proposal ${proposalId} is not in the archive (or was rejected above)`);
        continue;
      }
      const added = addResult(history.events, cells);
      if (typeof added === 'string') reject(results!.path, line, `proposal ${proposalId}: ${added}`);
      else {
        const id = decidimIds.commitment(cells.id!.trim());
        commitments.push({
          action: 'created',
          kind: 'commitment',
          id,
          source: `result #${cells.id}`,
          contributionId: decidimIds.contribution(proposalId),
        });
      }
    }
  }

  // Meetings.
  const plannedMeetings: Array<{ meeting: Meeting; source: string }> = [];
  for (const { line, cells } of meetings?.rows ?? []) {
    const space = spaceOf(meetings!.path, line, cells);
    if (!space) continue;
    const meeting = planMeeting(cells, space, now);
    if (typeof meeting === 'string') reject(meetings!.path, line, meeting);
    else plannedMeetings.push({ meeting, source: `meeting #${cells.id}` });
  }

  // Compare with the store: create what is new, update what changed, skip the rest.
  for (const [processId, space] of spaces) {
    const existing = await store.getSpace(space.id);
    const source = processId === LINKED ? 'the linked Decidim component' : `participatory process #${processId}`;
    if (!existing) {
      steps.push({ item: { action: 'created', kind: 'space', id: space.id, source }, write: (s) => s.putSpace(space) });
      continue;
    }
    const merged: Space = {
      ...existing,
      name: space.name,
      themes: [...existing.themes, ...space.themes.filter((t) => !existing.themes.some((e) => e.id === t.id))],
    };
    const same = canonicalJson(merged) === canonicalJson(existing);
    steps.push({
      item: { action: same ? 'skipped' : 'updated', kind: 'space', id: space.id, source },
      write: same ? async () => {} : (s) => s.putSpace(merged),
    });
  }
  for (const [id, history] of histories) {
    let view: ContributionView;
    try {
      view = toView(replay(history.events));
    } catch (error) {
      reject(history.file, history.line, `the proposal's history does not fit Participe: ${(error as Error).message}`);
      continue;
    }
    const existing = await store.getEvents(id);
    if (existing.length === 0) {
      steps.push({
        item: { action: 'created', kind: 'contribution', id, source: history.source },
        write: async (s) => {
          const result = await s.createContribution({
            view,
            events: history.events,
            // Nobody holds a secret for an imported contribution: its author acts on Decidim.
            private: { contact: null, secretHash: await sha256Hex(newSecret()), followUpCode: await freeCode(s) },
          });
          if (!result.ok) throw new Error(`${history.source}: could not be stored (${result.reason})`);
        },
      });
      continue;
    }
    // Canonical: PostgreSQL's jsonb gives keys back in its own order.
    const key = (e: StoredContributionEvent) => canonicalJson([e.seq, e.type, e.at, e.data]);
    const prefix = existing.every((e, i) => history.events[i] && key(e) === key(history.events[i]!));
    if (prefix && existing.length === history.events.length) {
      steps.push({
        item: { action: 'skipped', kind: 'contribution', id, source: history.source },
        write: async () => {},
      });
    } else if (prefix) {
      const added = history.events.slice(existing.length);
      steps.push({
        item: { action: 'updated', kind: 'contribution', id, source: history.source },
        write: async (s) => {
          for (const event of added) {
            const result = await s.appendEvent({
              contributionId: id,
              expectedVersion: event.seq - 1,
              event,
              view: toView(replay(history.events.slice(0, event.seq))),
            });
            if (!result.ok) throw new Error(`${history.source}: changed meanwhile (${result.reason})`);
          }
        },
      });
    } else {
      reject(
        history.file,
        history.line,
        'the contribution changed in Participe since it was imported; it is left as it is',
      );
    }
  }
  for (const { meeting, source } of plannedMeetings) {
    const existing = await store.getMeeting(meeting.id);
    if (!existing) {
      steps.push({
        item: { action: 'created', kind: 'meeting', id: meeting.id, source },
        write: async (s) => void (await s.putMeeting(meeting, null)),
      });
      continue;
    }
    const { attendance: _a, minutes: _m, version: _v, updatedAt: _u, ...fromDecidim } = meeting;
    const same = canonicalJson({ ...existing, ...fromDecidim }) === canonicalJson(existing);
    const next = { ...existing, ...fromDecidim, version: existing.version + 1, updatedAt: now };
    steps.push({
      item: { action: same ? 'skipped' : 'updated', kind: 'meeting', id: meeting.id, source },
      write: same ? async () => {} : async (s) => void (await s.putMeeting(next, existing.version)),
    });
  }

  const items = [...steps.map((s) => s.item), ...commitmentItems(commitments, steps)];
  if (!options.dryRun) {
    await inTransaction(store, async (tx) => {
      for (const step of steps) await step.write(tx);
    });
  }
  return { dryRun: options.dryRun === true, items, rejected };
}

/** A commitment is written with its contribution: skipped when it is, new otherwise. */
function commitmentItems(commitments: Array<ImportItem & { contributionId: string }>, steps: Step[]): ImportItem[] {
  return commitments.flatMap(({ contributionId, ...item }) => {
    const owner = steps.find((s) => s.item.kind === 'contribution' && s.item.id === contributionId);
    if (!owner) return [];
    return [{ ...item, action: owner.item.action === 'skipped' ? ('skipped' as const) : item.action }];
  });
}

async function freeCode(store: ParticipeStore): Promise<string> {
  for (;;) {
    const code = newFollowUpCode();
    if ((await store.findByFollowUpCode(code)) === null) return code;
  }
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const plain = (html: string) =>
  html
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** Decidim's category as a Participe theme; no category is "Sans catégorie". */
function themeOf(name: string): { id: string; label: string } {
  const label = plain(name);
  const id = slugify(label);
  return id ? { id, label: clip(label, 80) } : NO_CATEGORY;
}

/**
 * The space's theme for a Decidim category: one with that label or that slug, else a new
 * one added to the space (so an exported archive comes back to the same themes).
 */
function themeIn(space: Space, category: string): string {
  const wanted = themeOf(category);
  const label = wanted.label.toLowerCase();
  const found = space.themes.find((t) => t.id === wanted.id || t.label.toLowerCase() === label);
  if (found) return found.id;
  space.themes.push(wanted);
  return wanted.id;
}

/** An instant from Decidim's dates (`2024-03-01 10:00:00 +0100`, ISO, or a day); `null` if none. */
export function instantOf(text: string | undefined): string | null | Error {
  const t = (text ?? '').trim();
  if (t === '') return null;
  const normalized = /^\d{4}-\d{2}-\d{2}$/.test(t)
    ? `${t}T00:00:00Z`
    : t.replace(
        /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)(?:\s*(UTC|[+-]\d{2}:?\d{2}))?$/,
        (_, d, h, z) => `${d}T${h}${!z || z === 'UTC' ? 'Z' : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z}`,
      );
  const date = new Date(normalized);
  return Number.isNaN(date.getTime())
    ? new Error(`"${t}" is not a date (expected e.g. 2024-03-01 10:00:00 +0100)`)
    : date.toISOString();
}

function planSpace(
  processId: string,
  slug: string,
  title: string,
  cells: Record<string, string>,
  now: string,
): Space | string {
  const start = instantOf(cells.start_date);
  const parsed = SpaceSchema.safeParse({
    id: decidimIds.space(processId),
    slug: slugify(slug) || `decidim-${processId}`,
    name: clip(plain(title) || `Processus Decidim ${processId}`, 120),
    policyArea: clip(plain(cells['area/name/fr'] ?? '') || 'Participation citoyenne', 120),
    territory: clip(plain(cells['local_area/fr'] ?? cells['scope/name/fr'] ?? '') || 'Non précisé', 120),
    charter: { text: '', adoptedOn: null },
    composition: {},
    themes: DEFAULT_THEMES.map((t) => ({ ...t })),
    createdOn: (typeof start === 'string' ? start : now).slice(0, 10),
  });
  if (!parsed.success)
    return `the process does not make a valid space: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  return parsed.data;
}

/** The events that give a contribution the state the Decidim proposal is in. */
function planProposal(
  cells: Record<string, string>,
  space: Space,
): { id: string; events: StoredContributionEvent[] } | string {
  const proposalId = cells.id?.trim() ?? '';
  if (!/^\d+$/.test(proposalId)) return `"id" must be Decidim's number, found "${proposalId}"`;
  const published = instantOf(cells.published_at);
  if (published instanceof Error) return `"published_at": ${published.message}`;
  if (published === null) return 'the proposal was never published ("published_at" is empty): drafts are not imported';
  const answeredAt = instantOf(cells.state_published_at || cells.answered_at);
  if (answeredAt instanceof Error) return `"state_published_at": ${answeredAt.message}`;
  const withdrawnAt = instantOf(cells.withdrawn_at);
  if (withdrawnAt instanceof Error) return `"withdrawn_at": ${withdrawnAt.message}`;
  const withdrawn = cells.withdrawn === 'true' || cells.state === 'withdrawn' || withdrawnAt !== null;
  const state = withdrawn ? 'withdrawn' : (cells.state ?? '').trim() || 'not_answered';
  const title = plain(cells['title/fr'] ?? '');
  const body = plain(cells['body/fr'] ?? '');
  if (!title) return '"title/fr" is empty: only French text is imported';
  if (!body) return '"body/fr" is empty';
  const id = decidimIds.contribution(proposalId);
  const events: StoredContributionEvent[] = [];
  const add = (type: StoredContributionEvent['type'], actor: Actor, at: string, data: Record<string, unknown>) =>
    events.push({ contributionId: id, seq: events.length + 1, type, actor, at, data });
  const theme = themeIn(space, cells['category/name/fr'] ?? '');
  add('contribution.created', AUTHOR, published, {
    id,
    spaceId: space.id,
    premoderated: false,
    content: {
      kind: 'proposal',
      title: clip(title, 120),
      body: clip(body, 4000),
      theme,
      ...(cells.address?.trim() ? { territory: clip(cells.address.trim(), 120) } : {}),
    },
    channel: 'online',
    // The author's name is never imported: the proposal's number stands for them.
    author: { pseudonym: `Participant·e Decidim n° ${proposalId}`.slice(0, 60) },
  });
  add('contribution.submit', AUTHOR, published, {});
  const answerText = plain(cells['answer/fr'] ?? '');
  const at = answeredAt ?? published;
  switch (state) {
    case 'not_answered':
      break;
    // Decidim keeps no date for "evaluating": the review is dated at publication, so a
    // proposal answered later extends the history imported before instead of rewriting it.
    case 'evaluating':
      add('contribution.review', PROFESSIONAL, published, {});
      break;
    case 'accepted':
    case 'rejected': {
      const verdict = state === 'accepted' ? 'accepted' : 'declined';
      const text = answerText || (verdict === 'accepted' ? 'Proposition retenue.' : '');
      if (verdict === 'declined' && text.length < 20) {
        return `a rejected proposal needs its reasons in "answer/fr" (20 characters at least), found "${text}"`;
      }
      add('contribution.review', PROFESSIONAL, published, {});
      add('contribution.decide', PROFESSIONAL, at, {
        answer: { verdict, text: clip(text, 4000), service: ANSWER_SERVICE },
      });
      add('contribution.publish', PROFESSIONAL, at, {});
      break;
    }
    case 'withdrawn':
      add('contribution.withdraw', AUTHOR, withdrawnAt ?? published, {});
      break;
    default:
      return `unknown state "${state}" (expected one of not_answered, evaluating, accepted, rejected, withdrawn)`;
  }
  try {
    replay(events);
  } catch (error) {
    return `the proposal does not make a valid contribution: ${(error as Error).message}`;
  }
  return { id, events };
}

/** Adds a result to an accepted proposal's history: its commitment, then its progress. */
function addResult(events: StoredContributionEvent[], cells: Record<string, string>): true | string {
  const last = events[events.length - 1]!;
  const status = toView(replay(events)).status;
  if (!['accepted', 'inProgress', 'done', 'partlyAccepted'].includes(status)) {
    return `a result needs an accepted proposal, this one is "${status}"`;
  }
  const progress = Number((cells.progress ?? '').replace(',', '.') || '0');
  if (!Number.isFinite(progress) || progress < 0 || progress > 100)
    return `"progress" must be 0 to 100, found "${cells.progress}"`;
  const created = instantOf(cells.created_at);
  const at = typeof created === 'string' && created > last.at ? created : last.at;
  const due = instantOf(cells.end_date || cells.start_date);
  const commitmentId = decidimIds.commitment(cells.id!.trim());
  const what = plain(cells['title/fr'] ?? '');
  if (!what) return '"title/fr" is empty';
  const contributionId = last.contributionId;
  const push = (type: StoredContributionEvent['type'], data: Record<string, unknown>) =>
    events.push({ contributionId, seq: events.length + 1, type, actor: PROFESSIONAL, at, data });
  const before = events.length;
  push('contribution.commit', {
    commitment: {
      id: commitmentId,
      what: clip(what, 500),
      owner: 'Service responsable (Decidim)',
      due: (typeof due === 'string' ? due : at).slice(0, 10),
    },
  });
  if (progress > 0) {
    if (status !== 'inProgress') push('contribution.start', {});
    const label = plain(cells['status/name/fr'] ?? '');
    push('contribution.progress', {
      update: {
        commitmentId,
        text: clip(label || `Avancement : ${Math.round(progress)} %`, 2000),
        percent: Math.round(progress),
      },
    });
  }
  try {
    replay(events);
  } catch (error) {
    events.length = before;
    return `the result does not fit the contribution: ${(error as Error).message}`;
  }
  return true;
}

function planMeeting(cells: Record<string, string>, space: Space, now: string): Meeting | string {
  const meetingId = cells.id?.trim() ?? '';
  if (!/^\d+$/.test(meetingId)) return `"id" must be Decidim's number, found "${meetingId}"`;
  const start = instantOf(cells.start_time);
  if (start instanceof Error) return `"start_time": ${start.message}`;
  if (start === null) return '"start_time" is empty';
  const place = plain([cells['location/fr'], cells.address].filter((p) => p?.trim()).join(', ')) || 'En ligne';
  const end = instantOf(cells.end_time);
  const title = plain(cells['title/fr'] ?? '');
  const description = plain(cells['description/fr'] ?? '');
  // Access hints: Decidim's own column when it has one, else what Participe's export wrote.
  const access =
    plain(cells['location_hints/fr'] ?? '') ||
    (description.startsWith(ACCESS_PREFIX) ? description.slice(ACCESS_PREFIX.length).trim() : '');
  const parsed = MeetingSchema.safeParse({
    id: decidimIds.meeting(meetingId),
    spaceId: space.id,
    on: start.slice(0, 10),
    place: clip(place, 200),
    attendance: [],
    minutes: '',
    version: 1,
    updatedAt: now,
    ...(title ? { title: clip(title, 200) } : {}),
    startsAt: start,
    ...(typeof end === 'string' && end > start ? { endsAt: end } : {}),
    // Decidim's open data holds only the meetings anyone may see.
    public: true,
    ...(access ? { access: clip(access, 1000) } : {}),
    ...(cells.withdrawn === 'true' ? { cancelled: true } : {}),
  });
  if (!parsed.success)
    return `not a valid meeting: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  return parsed.data;
}

/** The report as lines for a terminal: one per thing, then the rejected rows. */
export function formatImportReport(report: ImportReport): string {
  const count = (action: ImportItem['action']) => report.items.filter((i) => i.action === action).length;
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written): ' : ''}${count('created')} created, ${count('updated')} updated, ${count('skipped')} skipped, ${report.rejected.length} rejected`,
    ...report.items.map((i) => `${i.action.padEnd(8)} ${i.kind.padEnd(12)} ${i.id}  (${i.source})`),
    ...report.rejected.map((r) => `rejected ${r.file}, line ${r.line}: ${r.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
