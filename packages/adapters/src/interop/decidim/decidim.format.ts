// The files of a Decidim open-data archive (`/open-data/download`) that Participe reads and
// writes, with the column headers of Decidim's serializers (ProposalSerializer,
// Accountability ResultSerializer, MeetingSerializer, ParticipatoryProcessSerializer) as
// Decidim's CSV exporter writes them: nested keys joined with `/`, translated fields with
// the locale (`title/fr`), `;` between cells.

/** The locale Participe reads and writes translated Decidim fields in. */
export const DECIDIM_LOCALE = 'fr';

export const DECIDIM_FILES = {
  participatory_processes: [
    'id',
    'slug',
    'hashtag',
    'title/fr',
    'subtitle/fr',
    'short_description/fr',
    'description/fr',
    'start_date',
    'end_date',
    'local_area/fr',
    'area/id',
    'area/name/fr',
    'scope/id',
    'scope/name/fr',
    'published_at',
    'url',
  ],
  proposals: [
    'id',
    'category/id',
    'category/name/fr',
    'scope/id',
    'scope/name/fr',
    'participatory_space/id',
    'participatory_space/url',
    'component/id',
    'title/fr',
    'body/fr',
    'address',
    'latitude',
    'longitude',
    'state',
    'reference',
    'answer/fr',
    'answered_at',
    'state_published_at',
    'supports',
    'endorsements/total_count',
    'comments',
    'attachments',
    'followers',
    'published_at',
    'url',
    'meeting_urls',
    'related_proposals',
    'is_amend',
    'original_proposal/title',
    'original_proposal/url',
    'withdrawn',
    'withdrawn_at',
  ],
  results: [
    'id',
    'category/id',
    'category/name/fr',
    'scope/id',
    'scope/name/fr',
    'parent/id',
    'title/fr',
    'description/fr',
    'start_date',
    'end_date',
    'status/id',
    'status/key',
    'status/name/fr',
    'status/progress',
    'progress',
    'created_at',
    'url',
    'component/id',
    'participatory_space/id',
    'proposal_urls',
  ],
  meetings: [
    'id',
    'category/id',
    'category/name/fr',
    'scope/id',
    'scope/name/fr',
    'participatory_space/id',
    'participatory_space/url',
    'component/id',
    'title/fr',
    'description/fr',
    'start_time',
    'end_time',
    'attendees',
    'contributions',
    'organizations',
    'address',
    'location/fr',
    'location_hints/fr',
    'reference',
    'comments',
    'attachments',
    'followers',
    'url',
    'related_proposals',
    'related_results',
    'published',
    'withdrawn',
    'type_of_meeting',
  ],
} as const;

export type DecidimFile = keyof typeof DECIDIM_FILES;

/** Columns an import cannot do without; the others may be absent (older Decidim versions). */
export const REQUIRED_COLUMNS: Record<DecidimFile, readonly string[]> = {
  participatory_processes: ['id', 'slug', 'title/fr'],
  proposals: ['id', 'participatory_space/id', 'title/fr', 'body/fr', 'state', 'published_at'],
  results: ['id', 'title/fr', 'progress', 'proposal_urls'],
  meetings: ['id', 'participatory_space/id', 'title/fr', 'start_time'],
};

/** Decidim names each file `<host>-open-data-<name>.csv`; the host part is anything. */
export const decidimFileName = (host: string, file: DecidimFile) => `${host}-open-data-${file}.csv`;

/** Which Decidim file a path in the archive is, or `null` for a file Participe ignores. */
export function decidimFileOf(path: string): DecidimFile | null {
  const match = /open-data-([a-z_]+)\.csv$/.exec(path);
  const name = match?.[1];
  return name !== undefined && name in DECIDIM_FILES ? (name as DecidimFile) : null;
}

/** Proposal states of Decidim's open data; an empty cell is a proposal not answered yet. */
export const DECIDIM_STATES = ['not_answered', 'evaluating', 'accepted', 'rejected', 'withdrawn'] as const;
