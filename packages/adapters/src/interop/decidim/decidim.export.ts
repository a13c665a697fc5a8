// Exports a council's public data as a Decidim open-data archive: the same file names and
// headers Decidim writes (decidim.format.ts), `;`-separated, so the archive can feed a
// Decidim instance or any tool that reads Decidim's open data. Only what anyone may read
// is written: no draft, nothing waiting for moderation, no hidden words, no author, no
// internal decision; only the meetings marked public.
import {
  type ContributionView,
  type ParticipeStore,
  PUBLIC_STATUSES,
  type PublicContributionView,
  type Space,
  STATUS_TRAITS,
  toPublicView,
} from '@participe/core';
import { strToU8, zipSync } from 'fflate';
import { writeCsv } from '../csv.js';
import { ACCESS_PREFIX, DECIDIM_FILES, type DecidimFile, decidimFileName } from './decidim.format.js';

export interface DecidimExportOptions {
  /** The council's public site, for the URLs Decidim puts in its files. */
  baseUrl: string;
  /** The host part of the file names. @default the host of `baseUrl` */
  host?: string;
}

type Row = Record<string, string>;

/**
 * Decidim's ids are numbers. What came from Decidim keeps its number (`c_decidim_12` → 12);
 * anything else gets a stable number from its id (FNV-1a), above Decidim's usual range.
 */
export function decidimNumber(id: string): string {
  const imported = /^[a-z]_decidim_(\d+)$/.exec(id);
  if (imported) return imported[1]!;
  let hash = 0x811c9dc5;
  for (const ch of id) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return String(1_000_000_000 + hash);
}

/** Decidim's way of writing an instant in its CSV files. */
const decidimTime = (iso: string | null | undefined) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : '');

const DECIDIM_STATE: Partial<Record<ContributionView['status'], string>> = {
  underReview: 'evaluating',
  accepted: 'accepted',
  partlyAccepted: 'accepted',
  inProgress: 'accepted',
  done: 'accepted',
  declined: 'rejected',
  duplicate: 'rejected',
  withdrawn: 'withdrawn',
};

/** Every public contribution of a space, page by page. */
export async function allContributions(store: ParticipeStore, spaceId: string): Promise<ContributionView[]> {
  const all: ContributionView[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listContributions({
      spaceId,
      status: PUBLIC_STATUSES,
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** The rows of each Decidim file for the council's public data. */
export async function decidimRowsOf(
  store: ParticipeStore,
  options: DecidimExportOptions,
): Promise<Record<DecidimFile, Row[]>> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const rows: Record<DecidimFile, Row[]> = { participatory_processes: [], proposals: [], results: [], meetings: [] };
  for (const space of await store.listSpaces()) {
    const processId = decidimNumber(space.id);
    const processUrl = `${base}/processes/${space.slug}`;
    rows.participatory_processes.push(processRow(space, processId, processUrl));
    for (const view of await allContributions(store, space.id)) {
      if (!STATUS_TRAITS[view.status].public || STATUS_TRAITS[view.status].withholdsWords) continue;
      const shown = toPublicView(view);
      if (!shown.content) continue;
      const proposalUrl = `${processUrl}/f/1/proposals/${decidimNumber(view.id)}`;
      rows.proposals.push(proposalRow(space, shown, processId, processUrl, proposalUrl));
      for (const commitment of shown.answer ? view.commitments : []) {
        const progress = view.progress.filter((p) => p.commitmentId === commitment.id).at(-1);
        rows.results.push({
          id: decidimNumber(commitment.id),
          'title/fr': commitment.what,
          'description/fr': `${commitment.what} (${commitment.owner})`,
          end_date: commitment.due,
          'status/name/fr': progress?.text ?? '',
          'status/progress': String(progress?.percent ?? 0),
          progress: String(progress?.percent ?? 0),
          created_at: decidimTime(progress?.at),
          url: `${processUrl}/f/2/results/${decidimNumber(commitment.id)}`,
          'participatory_space/id': processId,
          proposal_urls: proposalUrl,
        });
      }
    }
  }
  // Public meetings only: attendance and minutes stay with the group.
  for (const space of await store.listSpaces()) {
    const processId = decidimNumber(space.id);
    const processUrl = `${base}/processes/${space.slug}`;
    for (const meeting of await store.listMeetings(space.id)) {
      // Decidim's meetings file has no withdrawn flag: a cancelled meeting is left out.
      if (meeting.public !== true || meeting.cancelled === true) continue;
      rows.meetings.push({
        id: decidimNumber(meeting.id),
        'participatory_space/id': processId,
        'participatory_space/url': processUrl,
        'component/id': '3',
        'title/fr': meeting.title ?? space.name,
        // …nor access hints: they go in the description, where the import finds them again.
        'description/fr': meeting.access ? `${ACCESS_PREFIX}${meeting.access}` : '',
        start_time: decidimTime(meeting.startsAt ?? `${meeting.on}T00:00:00.000Z`),
        end_time: decidimTime(meeting.endsAt),
        'location/fr': meeting.place,
        url: `${processUrl}/f/3/meetings/${decidimNumber(meeting.id)}`,
        published: 'true',
      });
    }
  }
  // Oldest first, as Decidim writes them, whatever order the store lists them in.
  for (const list of Object.values(rows)) list.sort((a, b) => Number(a.id) - Number(b.id));
  return rows;
}

function processRow(space: Space, processId: string, url: string): Row {
  return {
    id: processId,
    slug: space.slug,
    'title/fr': space.name,
    'short_description/fr': space.policyArea,
    start_date: space.createdOn,
    'local_area/fr': space.territory,
    'area/name/fr': space.policyArea,
    url,
  };
}

function proposalRow(
  space: Space,
  view: PublicContributionView,
  processId: string,
  processUrl: string,
  url: string,
): Row {
  const content = view.content!;
  const theme = space.themes.find((t) => t.id === content.theme);
  const answer = view.answer;
  return {
    id: decidimNumber(view.id),
    'category/name/fr': theme && theme.id !== 'sans-categorie' ? theme.label : '',
    'participatory_space/id': processId,
    'participatory_space/url': processUrl,
    'component/id': '1',
    'title/fr': content.title,
    'body/fr': content.body,
    address: content.territory ?? '',
    state: view.status === 'withdrawn' ? '' : (DECIDIM_STATE[view.status] ?? ''),
    'answer/fr': answer?.text ?? '',
    answered_at: decidimTime(answer?.publishedAt),
    state_published_at: decidimTime(answer?.publishedAt),
    published_at: decidimTime(view.publishedAt),
    url,
    withdrawn: String(view.status === 'withdrawn'),
    withdrawn_at: decidimTime(view.withdrawn?.at),
  };
}

/** The archive: one `;`-separated CSV per Decidim file, with Decidim's headers, in a ZIP. */
export async function exportDecidimArchive(store: ParticipeStore, options: DecidimExportOptions): Promise<Uint8Array> {
  const host = options.host ?? new URL(options.baseUrl).host;
  const rows = await decidimRowsOf(store, options);
  const files: Record<string, Uint8Array> = {};
  for (const file of Object.keys(DECIDIM_FILES) as DecidimFile[]) {
    files[decidimFileName(host, file)] = strToU8(writeCsv(DECIDIM_FILES[file], rows[file], { separator: ';' }));
  }
  return zipSync(files);
}
