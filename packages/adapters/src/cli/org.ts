// `participe org`: the councils a server hosts (organisations). Each has its API at
// `/o/{slug}/api`; the organisation `default` (made by migration 4) is served at `/api`.
import {
  DEFAULT_ORGANISATION,
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationSettings,
  OrganisationSettingsSchema,
  SlugSchema,
} from '@participe/core';
import * as z from 'zod/mini';
import type { PostgresStore } from '../postgres/postgres.store.js';
import { seedCouncilContent } from '../service/content.js';
import { newId } from '../service/crypto.js';
import { type Env, loadDatabaseConfig } from './config.js';
import { openDatabase } from './database.js';
import { parseCommand, table, usageError } from './identity.js';
import type { CommandResult } from './token.js';

export const ORG_USAGE = `Usage: participe org create --slug <slug> --name <text> --kind <kind> [settings]
       participe org settings --slug <slug> [settings]
       participe org list

create    a council on this server; prints its API address, /o/<slug>/api, which its
          widgets take as their endpoint.
settings  replaces the settings given, keeps the others. They are the ones the council's
          administrators see in the back office (sender, answer delay): a change made
          here shows there, and the other way round; both are in the audit log.
list      every organisation: slug, id, kind, name, settings.

  --slug   its short name in addresses: lowercase letters, digits and dashes (cd93)
  --name   its name, up to 200 characters
  --kind   ${ORGANISATION_KINDS.join(', ')} (accents optional)

Settings (each optional; the server's own apply otherwise):
  --mail-from           the sender of its notifications, e.g. "Participation <participation@cd93.fr>"
  --answer-within-days  days a new space gives the institution to answer (1–365)
  --oidc-issuer         its own OpenID Connect provider (with --oidc-client-id)
  --oidc-client-id      the client id Participe has at that provider
  --oidc-secret-env     the server's environment variable holding the client secret (never the
                        secret itself; default PARTICIPE_OIDC_CLIENT_SECRET_<SLUG>, e.g. _CD93)
  --oidc-scopes         scopes asked for, space-separated (default "openid email profile")
  --oidc-client-auth    client_secret_basic (default) or client_secret_post
  --oidc-access         who may sign in besides invited people, JSON, e.g.
                        '[{"emailDomain":"cd93.fr","role":"professional","spaces":["groupe-rsa"]}]'
                        or '[{"claim":"organizational_unit","equals":"DSOL","role":"facilitator","spaces":["groupe-rsa"]}]'
  Staff sign in at /o/<slug>/auth/; the provider's redirect URI is <public URL>/o/<slug>/auth/callback.
  --interop             its OpenAgenda agenda and Decidim, JSON; secrets by the name of the server's
                        variable holding them, e.g. '{"openagenda":{"agendaUid":"12345678",
                        "publicKey":"oa_pk_…","secretKeyEnv":"PARTICIPE_OPENAGENDA_SECRET_KEY_CD93"},
                        "decidim":{"apiUrl":"https://decidim.cd93.fr/api","tokenEnv":"PARTICIPE_DECIDIM_TOKEN_CD93"}}'

The database: DATABASE_URL for a PostgreSQL server, or PARTICIPE_DATA_DIR for the embedded one
(stop participe serve first: one process at a time). PARTICIPE_PUBLIC_URL, when set, makes the
printed API address whole.

Example:
  participe org create --slug cd93 --name "Conseil départemental de la Seine-Saint-Denis" --kind département`;

/** What each flag takes and an example, for the one line a wrong value gets. */
const FLAGS = {
  slug: ['lowercase letters, digits and dashes', 'cd93'],
  name: ['a name of 1 to 200 characters', '"Conseil départemental"'],
  kind: [`one of ${ORGANISATION_KINDS.join(', ')}`, 'département'],
  'mail-from': ['a sender of up to 200 characters', '"Participation <participation@cd93.fr>"'],
  'answer-within-days': ['a whole number of days from 1 to 365', '30'],
  'oidc-issuer': ['the URL of an OpenID Connect provider', 'https://auth.cd93.fr/realms/agents'],
  'oidc-client-id': ['a client id of up to 200 characters', 'participe'],
  'oidc-secret-env': ['an environment variable name in capitals', 'PARTICIPE_OIDC_CLIENT_SECRET_CD93'],
  'oidc-scopes': ['scopes separated by spaces', '"openid email profile"'],
  'oidc-client-auth': ['client_secret_basic or client_secret_post', 'client_secret_post'],
  interop: [
    'a JSON object with openagenda and/or decidim, secrets only as *Env variable names',
    '\'{"openagenda":{"agendaUid":"12345678","secretKeyEnv":"PARTICIPE_OPENAGENDA_SECRET_KEY_CD93"}}\'',
  ],
  'oidc-access': [
    'a JSON list of rules',
    '\'[{"emailDomain":"cd93.fr","role":"professional","spaces":["groupe-rsa"]}]\'',
  ],
} as const;
type Flag = keyof typeof FLAGS;

/** Flags whose value may hold a secret by mistake: a wrong one is not printed back. */
const UNECHOED: ReadonlySet<Flag> = new Set(['interop']);
const flagError = (flag: Flag, found: unknown) =>
  `--${flag}: ${found === undefined ? 'missing' : `${UNECHOED.has(flag) ? 'the value given' : JSON.stringify(found)} is not valid`}; expected ${FLAGS[flag][0]}, e.g. --${flag} ${FLAGS[flag][1]}`;

/** `departement` → `département`: a terminal without accents still names the kind. */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const kindOf = (raw: string | undefined) =>
  ORGANISATION_KINDS.find((k) => raw !== undefined && plain(k) === plain(raw));

const NameSchema = z.string().check(
  z.refine((s) => s.trim().length > 0),
  z.maxLength(200),
);

type OrgArgs = Partial<Record<Flag, string>>;

/** The settings the flags give (only those given), or the lines saying what is wrong. */
function settingsOf(
  values: OrgArgs,
  base: OrganisationSettings,
): { settings: OrganisationSettings } | { problems: string[] } {
  const problems: string[] = [];
  const next: Record<string, unknown> = { ...base };
  if (values['mail-from'] !== undefined) next['mailFrom'] = values['mail-from'].trim();
  if (values['answer-within-days'] !== undefined) {
    const raw = values['answer-within-days'];
    next['answerWithinDays'] = /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  }
  const issuer = values['oidc-issuer'];
  const clientId = values['oidc-client-id'];
  if ((issuer === undefined) !== (clientId === undefined)) {
    problems.push(
      '--oidc-issuer and --oidc-client-id go together: give both, e.g. --oidc-issuer https://auth.cd93.fr/realms/agents --oidc-client-id participe',
    );
  } else if (issuer !== undefined && clientId !== undefined) next['oidc'] = { ...base.oidc, issuer, clientId };
  const more: Record<string, unknown> = {};
  if (values['oidc-secret-env'] !== undefined) more['clientSecretEnv'] = values['oidc-secret-env'].trim();
  if (values['oidc-scopes'] !== undefined) more['scopes'] = values['oidc-scopes'].split(/\s+/).filter(Boolean);
  if (values['oidc-client-auth'] !== undefined) more['clientAuth'] = values['oidc-client-auth'];
  if (values['oidc-access'] !== undefined) {
    try {
      more['access'] = JSON.parse(values['oidc-access']);
    } catch {
      more['access'] = null;
    }
  }
  if (Object.keys(more).length) {
    if (next['oidc'] === undefined) problems.push(flagError('oidc-issuer', undefined));
    else next['oidc'] = { ...(next['oidc'] as object), ...more };
  }
  if (values.interop !== undefined) {
    try {
      next['interop'] = JSON.parse(values.interop);
    } catch {
      next['interop'] = null;
    }
  }
  const parsed = OrganisationSettingsSchema.safeParse(next);
  if (!parsed.success) {
    const byKey: Record<string, Flag> = { mailFrom: 'mail-from', answerWithinDays: 'answer-within-days' };
    for (const issue of parsed.error.issues) {
      const [key, sub] = issue.path.map(String);
      // The name has no flag: only the back office sets it.
      if (key === 'name') {
        problems.push('The name saved in the back office is not valid: correct it there first.');
        continue;
      }
      const oidcFlags: Record<string, Flag> = {
        clientId: 'oidc-client-id',
        clientSecretEnv: 'oidc-secret-env',
        scopes: 'oidc-scopes',
        clientAuth: 'oidc-client-auth',
        access: 'oidc-access',
      };
      const flag: Flag =
        key === 'oidc'
          ? (oidcFlags[sub ?? ''] ?? 'oidc-issuer')
          : key === 'interop'
            ? 'interop'
            : (byKey[key!] ?? 'mail-from');
      problems.push(flagError(flag, values[flag]));
    }
  }
  return problems.length || !parsed.success ? { problems: [...new Set(problems)] } : { settings: parsed.data };
}

/** The address of an organisation's API, whole when PARTICIPE_PUBLIC_URL says where the server is. */
export function apiBaseOf(org: Pick<Organisation, 'id' | 'slug'>, env: Env): string {
  const path = org.id === DEFAULT_ORGANISATION ? '/api' : `/o/${org.slug}/api`;
  const base = env['PARTICIPE_PUBLIC_URL']?.trim().replace(/\/+$/, '');
  return base && URL.canParse(base) ? `${base}${path}` : path;
}

/**
 * The store of the organisation `slug` in an open database (the whole database's `default`
 * when `slug` is undefined), or the line saying there is none.
 */
export async function storeOfOrganisation(
  store: PostgresStore,
  slug: string | undefined,
): Promise<{ store: PostgresStore; organisation: Organisation } | { problem: string }> {
  const wanted = slug ?? DEFAULT_ORGANISATION;
  const found = SlugSchema.safeParse(wanted).success ? await store.getOrganisation(wanted) : null;
  if (!found || found.slug !== wanted) {
    return {
      problem: `--org: no organisation has the slug ${JSON.stringify(wanted)} (participe org list shows them).`,
    };
  }
  return { store: store.forOrganisation(found.id), organisation: found };
}

const describeSettings = (s: OrganisationSettings) =>
  [
    s.name ? `named ${s.name}` : null,
    s.mailFrom ? `mail from ${s.mailFrom}` : null,
    s.answerWithinDays ? `answer within ${s.answerWithinDays} days` : null,
    s.oidc
      ? `sign-in at ${s.oidc.issuer} (${s.oidc.clientId}${s.oidc.access?.length ? `, ${s.oidc.access.length} access rule(s)` : ''})`
      : null,
    s.interop?.openagenda ? `OpenAgenda agenda ${s.interop.openagenda.agendaUid}` : null,
    s.interop?.decidim ? `Decidim at ${s.interop.decidim.apiUrl}` : null,
  ]
    .filter(Boolean)
    .join('; ') || '-';

export async function orgCommand(argv: readonly string[], env: Env, now: Date = new Date()): Promise<CommandResult> {
  const parsed = parseCommand<OrgArgs>(
    argv,
    Object.fromEntries(Object.keys(FLAGS).map((f) => [f, { type: 'string' }])),
    ORG_USAGE,
  );
  if ('code' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${ORG_USAGE}\n`, stderr: '' };
  const [action, ...rest] = positionals;
  if (rest.length || !['create', 'settings', 'list'].includes(action ?? '')) {
    return usageError(
      action ? `Unknown action "${positionals.join(' ')}".` : 'Say create, settings or list.',
      ORG_USAGE,
    );
  }

  const problems: string[] = [];
  if (action !== 'list' && !SlugSchema.safeParse(values.slug).success) problems.push(flagError('slug', values.slug));
  const kind = kindOf(values.kind);
  if (action === 'create') {
    if (!NameSchema.safeParse(values.name).success) problems.push(flagError('name', values.name));
    if (!kind) problems.push(flagError('kind', values.kind));
  } else {
    for (const flag of ['name', 'kind'] as const) {
      if (values[flag] !== undefined) problems.push(`--${flag} is only for create.`);
    }
  }
  const given = settingsOf(values, {});
  if ('problems' in given) problems.push(...given.problems);
  if (action === 'list' && Object.keys(FLAGS).some((f) => values[f as Flag] !== undefined)) {
    problems.push('list takes no flag but --config.');
  }
  if (problems.length) return usageError(problems.join('\n'), ORG_USAGE);

  const loaded = loadDatabaseConfig({ env, ...(values.config ? { configFile: values.config } : {}) });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(loaded.config);
  } catch (error) {
    return { code: 1, stdout: '', stderr: `Opening the database failed: ${(error as Error).message}\n` };
  }
  try {
    if (action === 'list') {
      const all = await db.store.listOrganisations();
      const rows = [
        ['SLUG', 'ID', 'KIND', 'NAME', 'API', 'SETTINGS'],
        ...all.map((o) => [o.slug, o.id, o.kind, o.name, apiBaseOf(o, env), describeSettings(o.settings)]),
      ];
      return { code: 0, stdout: `${table(rows)}\n`, stderr: '' };
    }
    if (action === 'settings') {
      const found = await db.store.getOrganisation(values.slug!);
      if (!found || found.slug !== values.slug) {
        return {
          code: 1,
          stdout: '',
          stderr: `No organisation has the slug ${values.slug} (participe org list shows them).\n`,
        };
      }
      // The same settings the back office edits (one place): read with their version and
      // written only if still at it, so a save made there meanwhile is not undone.
      const current = (await db.store.getCouncilSettings(found.id)) ?? { settings: found.settings, version: 0 };
      const merged = settingsOf(values, current.settings);
      if ('problems' in merged) return usageError(merged.problems.join('\n'), ORG_USAGE);
      if (!(await db.store.putCouncilSettings(found.id, merged.settings, current.version))) {
        return {
          code: 1,
          stdout: '',
          stderr: `The settings of ${found.slug} changed while this command ran (saved in the back office?): nothing was written; run it again.\n`,
        };
      }
      // Recorded as the back office's changes are: administrators read who changed what.
      await db.admin.appendAudit(found.id, {
        id: newId('au'),
        at: now.toISOString(),
        actor: { id: null, role: 'operator' },
        action: 'settings.update',
        target: { type: 'settings', id: found.id, version: current.version + 1 },
        before: current.settings,
        after: merged.settings,
      });
      return { code: 0, stdout: `${found.slug}: ${describeSettings(merged.settings)}\n`, stderr: '' };
    }
    const organisation: Organisation = {
      id: newId('o'),
      slug: values.slug!,
      name: values.name!.trim(),
      kind: kind!,
      settings: 'settings' in given ? given.settings : {},
      createdAt: now.toISOString(),
    };
    if (await db.store.getOrganisation(organisation.slug)) {
      return { code: 1, stdout: '', stderr: `An organisation already has the slug ${organisation.slug}.\n` };
    }
    await db.store.createOrganisation(organisation);
    // Its resource centre, from the built-in packs (fr, en, FALC): its administrators edit it from there.
    await seedCouncilContent(db.store.contentStore(), organisation.id, organisation.createdAt);
    const api = apiBaseOf(organisation, env);
    return {
      code: 0,
      stdout: [
        `Created ${organisation.slug} (${organisation.id}): ${organisation.name}, ${organisation.kind}.`,
        `API: ${api}`,
        `Widgets take it as their endpoint, e.g. <participe-contribution-form endpoint="${api}" space="…">.`,
        '',
      ].join('\n'),
      stderr: '',
    };
  } catch (error) {
    return { code: 1, stdout: '', stderr: `${(error as Error).message}\n` };
  } finally {
    await db.close();
  }
}
