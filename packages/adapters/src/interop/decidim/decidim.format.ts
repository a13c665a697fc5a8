// The files of a Decidim open-data archive (`/open-data/download`) that Participe reads and
// writes, with the column headers of Decidim's serializers as Decidim's CSV exporter writes
// them: nested keys joined with `/`, translated fields with the locale (`title/fr`), `;`
// between cells. Each list names the serializer it follows (decidim/decidim on GitHub);
// array-valued keys (steps, categories, attachments, components, taxonomies) are left out,
// and the importer reads a column only when it is there.

/** The locale Participe reads and writes translated Decidim fields in. */
export const DECIDIM_LOCALE = 'fr';

export const DECIDIM_FILES = {
  // decidim-participatory_processes/lib/decidim/participatory_processes/participatory_process_serializer.rb
  // (ParticipatoryProcessSerializer#serialize: its scalar and single nested keys, in order).
  participatory_processes: [
    'id',
    'title/fr',
    'subtitle/fr',
    'slug',
    'hashtag',
    'short_description/fr',
    'description/fr',
    'announcement/fr',
    'start_date',
    'end_date',
    'remote_hero_image_url',
    'remote_banner_image_url',
    'developer_group/fr',
    'local_area/fr',
    'meta_scope/fr',
    'participatory_scope/fr',
    'participatory_structure/fr',
    'target/fr',
    'area/id',
    'area/name/fr',
    'participatory_process_group/id',
    'participatory_process_group/title/fr',
    'participatory_process_group/description/fr',
    'participatory_process_group/remote_hero_image_url',
    'scope/id',
    'scope/name/fr',
    'private_space',
    'promoted',
    'scopes_enabled',
    'show_metrics',
    'show_statistics',
  ],
  // decidim-proposals/lib/decidim/proposals/open_data_proposal_serializer.rb
  // (OpenDataProposalSerializer#serialize, in order), keeping before `participatory_space` the
  // category and scope of ProposalSerializer (Decidim up to 0.27, before taxonomies), which
  // carry a proposal's theme.
  proposals: [
    'id',
    'author/id',
    'author/name',
    'author/url',
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
    'state_published_at',
    'reference',
    'answer/fr',
    'answered_at',
    'votes',
    'likes/total_count',
    'likes/user_likes',
    'comments',
    'follows_count',
    'published_at',
    'url',
    'meeting_urls',
    'related_proposals',
    'is_amend',
    'original_proposal/title/fr',
    'original_proposal/url',
    'withdrawn',
    'withdrawn_at',
    'created_at',
    'updated_at',
    'created_in_meeting',
    'coauthorships_count',
    'cost',
    'cost_report/fr',
    'execution_period/fr',
  ],
  // decidim-accountability/lib/decidim/accountability/result_serializer.rb (ResultSerializer#serialize, in order).
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
    'progress',
    'created_at',
    'url',
    'component/id',
    'proposal_urls',
  ],
  // decidim-meetings/lib/decidim/meetings/meeting_serializer.rb (MeetingSerializer#serialize, in
  // order). It has no access hints and no withdrawn flag: the export puts the access in the
  // description and leaves cancelled meetings out; the import still reads `location_hints/fr`
  // and `withdrawn` from a Decidim that adds them.
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
    'reference',
    'comments',
    'attachments',
    'followers',
    'url',
    'related_proposals',
    'related_results',
    'published',
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

/** How an exported meeting's description starts when it carries the access hints. */
export const ACCESS_PREFIX = 'Accès : ';

/** Proposal states of Decidim's open data; an empty cell is a proposal not answered yet. */
export const DECIDIM_STATES = ['not_answered', 'evaluating', 'accepted', 'rejected', 'withdrawn'] as const;
