// `participe space`: a council's spaces (participation groups, committees) from the command
// line, through the administration's operations — the same checks and audit log as the API.
import { MEETING_CADENCES, SlugSchema } from '@participe/core';
import * as z from 'zod/mini';
import type { BodyOf } from '../contract/api.js';
import { Answer, withAdministration } from './administration.js';
import type { Env } from './config.js';
import { parseCommand, table, usageError } from './identity.js';
import type { CommandResult } from './token.js';

export const SPACE_USAGE = `Usage: participe space create --slug <slug> --name <text> [--org <slug>] [options]
       participe space update --slug <slug> [--org <slug>] [options] [--new-slug <slug>] [--archive | --restore]
       participe space list [--org <slug>]

create   a space of the council: its form embeds with space="<slug>".
update   changes what the options give (and nothing else); --archive takes it out of the
         public list and closes it to contributions, --restore brings it back.
list     every space, archived ones included.

  --org            the council's slug (default: the server's default organisation)
  --slug           the space's short name: lowercase letters, digits and dashes
  --name           its name, up to 120 characters
  --kind           the kind of group: the policy it works on, e.g. Insertion (default: Participation)
  --territory      where it acts, e.g. "Secteur Nord" (default: the council's name)
  --answer-days    days the institution gives itself to answer, 1 to 365 (default: the council's, else 60)
  --premoderation  contributions wait for a facilitator before they are public (--no-premoderation: not)
  --cadence        ${MEETING_CADENCES.join(', ')}
  --theme          a theme, id=Label (repeat for several), e.g. --theme logement=Logement

The database: DATABASE_URL for a PostgreSQL server, or PARTICIPE_DATA_DIR for the embedded one
(stop participe serve first: one process at a time).

Example:
  participe space create --org cd93 --slug groupe-rsa-sud --name "Groupe ressource RSA du secteur Sud" --kind Insertion`;

/** The body field each flag sets, to name the flag when the service refuses a field. */
const FLAG_OF = {
  slug: '--slug',
  name: '--name',
  policyArea: '--kind',
  territory: '--territory',
  answerWithinDays: '--answer-days',
  premoderation: '--premoderation',
  meetingCadence: '--cadence',
  themes: '--theme',
} as const;

const Digits = z.pipe(
  z.string().check(z.regex(/^\d{1,3}$/, 'a whole number of days, e.g. --answer-days 60')),
  z.transform(Number),
);
const Theme = z.pipe(
  z.string().check(z.regex(/^[a-z0-9-]{1,64}=.{1,80}$/, 'id=Label, e.g. --theme logement=Logement')),
  z.transform((s) => ({ id: s.slice(0, s.indexOf('=')), label: s.slice(s.indexOf('=') + 1) })),
);

/** The flags, checked before the database is opened: a wrong one is exit 2 naming it. */
const FlagsSchema = z.object({
  org: z.optional(SlugSchema),
  slug: z.optional(SlugSchema),
  'new-slug': z.optional(SlugSchema),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  kind: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  territory: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  'answer-days': z.optional(Digits),
  premoderation: z.optional(z.boolean()),
  'no-premoderation': z.optional(z.boolean()),
  cadence: z.optional(z.enum(MEETING_CADENCES)),
  theme: z.optional(z.array(Theme)),
  archive: z.optional(z.boolean()),
  restore: z.optional(z.boolean()),
});
type Flags = z.output<typeof FlagsSchema>;

const OPTIONS = {
  org: { type: 'string' },
  slug: { type: 'string' },
  'new-slug': { type: 'string' },
  name: { type: 'string' },
  kind: { type: 'string' },
  territory: { type: 'string' },
  'answer-days': { type: 'string' },
  premoderation: { type: 'boolean' },
  'no-premoderation': { type: 'boolean' },
  cadence: { type: 'string' },
  theme: { type: 'string', multiple: true },
  archive: { type: 'boolean' },
  restore: { type: 'boolean' },
} as const;

/** The fields the flags give, and only those. */
function fieldsOf(f: Flags) {
  return {
    ...(f.name !== undefined ? { name: f.name } : {}),
    ...(f.kind !== undefined ? { policyArea: f.kind } : {}),
    ...(f.territory !== undefined ? { territory: f.territory } : {}),
    ...(f['answer-days'] !== undefined ? { answerWithinDays: f['answer-days'] } : {}),
    ...(f.premoderation ? { premoderation: true } : f['no-premoderation'] ? { premoderation: false } : {}),
    ...(f.cadence !== undefined ? { meetingCadence: f.cadence } : {}),
    ...(f.theme !== undefined ? { themes: f.theme } : {}),
  };
}

export async function spaceCommand(argv: readonly string[], env: Env, now: Date = new Date()): Promise<CommandResult> {
  const parsed = parseCommand<Record<string, unknown>>(argv, OPTIONS, SPACE_USAGE);
  if ('code' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${SPACE_USAGE}\n`, stderr: '' };
  const [action, ...rest] = positionals;
  if (rest.length || !['create', 'update', 'list'].includes(action ?? '')) {
    return usageError(
      action ? `Unknown action "${positionals.join(' ')}".` : 'Say create, update or list.',
      SPACE_USAGE,
    );
  }
  const { config, help: _help, ...given } = values;
  const checked = FlagsSchema.safeParse(given);
  if (!checked.success) {
    const lines = checked.error.issues.map(
      (i) => `--${String(i.path[0])}: ${JSON.stringify(given[String(i.path[0])])} is not valid (${i.message}).`,
    );
    return usageError([...new Set(lines)].join('\n'), SPACE_USAGE);
  }
  const f = checked.data;
  const problems: string[] = [];
  if (action !== 'list' && !f.slug) problems.push('--slug is required, e.g. --slug groupe-rsa-sud.');
  if (action === 'create' && !f.name)
    problems.push('--name is required, e.g. --name "Groupe ressource RSA du secteur Sud".');
  if (f.premoderation && f['no-premoderation']) problems.push('--premoderation and --no-premoderation: say one.');
  if (f.archive && f.restore) problems.push('--archive and --restore: say one.');
  if (action !== 'update' && (f.archive || f.restore || f['new-slug'])) {
    problems.push('--archive, --restore and --new-slug are for update.');
  }
  if (action === 'list' && Object.keys(fieldsOf(f)).length > 0) problems.push('list takes --org only.');
  if (action === 'update' && !f.archive && !f.restore && !f['new-slug'] && Object.keys(fieldsOf(f)).length === 0) {
    problems.push('Say what to change, e.g. --answer-days 45 or --archive.');
  }
  if (problems.length) return usageError(problems.join('\n'), SPACE_USAGE);

  return withAdministration(
    env,
    { config: config as string | undefined, org: f.org, now, flags: FLAG_OF },
    async (run, organisation) => {
      if (action === 'list') {
        const spaces = await run('listAdminSpaces', {});
        if (spaces.length === 0) return { code: 0, stdout: `No space yet in ${organisation.slug}.\n`, stderr: '' };
        const rows = [
          ['SLUG', 'NAME', 'KIND', 'ANSWER DAYS', 'PREMODERATION', 'ARCHIVED', 'VERSION'],
          ...spaces.map((s) => [
            s.slug,
            s.name,
            s.policyArea,
            String(s.answerWithinDays),
            s.premoderation ? 'yes' : 'no',
            s.archivedOn ?? '-',
            String(s.version),
          ]),
        ];
        return { code: 0, stdout: `${table(rows)}\n`, stderr: '' };
      }
      if (action === 'create') {
        const body: BodyOf<'createSpace'> = {
          slug: f.slug!,
          name: f.name!,
          policyArea: 'Participation',
          territory: organisation.name.slice(0, 120),
          ...fieldsOf(f),
        };
        const space = await run('createSpace', { body });
        return {
          code: 0,
          stdout: `${space.slug} is created (${space.id}), answer within ${space.answerWithinDays} days. Embed its form with space="${space.slug}".\n`,
          stderr: '',
        };
      }
      const current = (await run('listAdminSpaces', {})).find((s) => s.slug === f.slug);
      if (!current)
        throw new Answer({
          code: 1,
          stdout: '',
          stderr: `No space has the slug ${f.slug} (participe space list shows them).\n`,
        });
      let version = current.version;
      const patch = { ...fieldsOf(f), ...(f['new-slug'] ? { slug: f['new-slug'] } : {}) };
      let slug = current.slug;
      if (Object.keys(patch).length > 0) {
        const updated = await run('updateSpace', {
          params: { space: current.id },
          body: patch,
          expectedVersion: version,
        });
        ({ version, slug } = updated);
      }
      if (f.archive || f.restore) {
        const done = await run('archiveSpace', {
          params: { space: current.id },
          body: { archived: Boolean(f.archive) },
          expectedVersion: version,
        });
        version = done.version;
      }
      const what = f.archive ? ', archived' : f.restore ? ', restored' : '';
      return { code: 0, stdout: `${slug} is updated (version ${version}${what}).\n`, stderr: '' };
    },
  );
}
