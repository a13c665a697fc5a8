// A council's credentials for the outside systems Participe talks to: its OpenAgenda agenda
// and its Decidim. They belong to the organisation (its settings, under `interop`); until a
// council has them there, the server's environment gives them. One function reads them, so
// nothing else knows where they are kept.
import * as z from 'zod/mini';

const key = (example: string) => z.string().check(z.minLength(1, `exemple : ${example}`), z.maxLength(500));

/** OpenAgenda (API v2): the agenda to publish to and read from, and the keys to do it. */
export const OpenAgendaSettingsSchema = z.object({
  /** The agenda's uid (its number in the agenda's settings, e.g. `12345678`). */
  agendaUid: z.string().check(z.regex(/^\d{1,20}$/, 'the agenda uid is a number, e.g. 12345678')),
  /** The account's public key (`oa_pk_…`): enough to read the published events. */
  publicKey: z.optional(key('oa_pk_…')),
  /** The account's secret key (`oa_sk_…`), exchanged for an access token to write. */
  secretKey: z.optional(key('oa_sk_…')),
  /** An access token obtained beforehand, instead of the secret key. */
  accessToken: z.optional(key('a token from /v2/requestAccessToken')),
  /** The API's root. @default 'https://api.openagenda.com/v2' */
  baseUrl: z._default(z.url(), 'https://api.openagenda.com/v2'),
});

/** A Decidim whose proposals a space follows, through its GraphQL API. */
export const DecidimLinkSettingsSchema = z.object({
  /** The GraphQL endpoint, e.g. `https://decidim.example.org/api`. */
  apiUrl: z.url(),
  /** A token with the `api:write` scope (and `api:read`), sent as `Authorization: Bearer`. */
  token: z.optional(key('a Decidim API token')),
  /** The spaces that follow a proposals component: space id → component id (e.g. `{ "s_nord": "12" }`). */
  spaces: z.optional(
    z.record(z.string(), z.string().check(z.regex(/^\d{1,20}$/, 'a component id is a number, e.g. 12'))),
  ),
});

export const InteropSettingsSchema = z.object({
  openagenda: z.optional(OpenAgendaSettingsSchema),
  decidim: z.optional(DecidimLinkSettingsSchema),
});

export type OpenAgendaSettings = z.output<typeof OpenAgendaSettingsSchema>;
export type DecidimLinkSettings = z.output<typeof DecidimLinkSettingsSchema>;
export type InteropSettings = z.output<typeof InteropSettingsSchema>;

/** The settings an organisation keeps (its `settings` jsonb), or `null` when it has none. */
export type OrganisationSettingsReader = (organisation: string) => Promise<Record<string, unknown> | null>;

/** The environment variables that stand in for a council's settings on a single-council server. */
export const INTEROP_ENV = {
  openagenda: {
    agendaUid: 'PARTICIPE_OPENAGENDA_AGENDA',
    publicKey: 'PARTICIPE_OPENAGENDA_PUBLIC_KEY',
    secretKey: 'PARTICIPE_OPENAGENDA_SECRET_KEY',
    accessToken: 'PARTICIPE_OPENAGENDA_ACCESS_TOKEN',
    baseUrl: 'PARTICIPE_OPENAGENDA_URL',
  },
  decidim: { apiUrl: 'PARTICIPE_DECIDIM_API_URL', token: 'PARTICIPE_DECIDIM_TOKEN' },
} as const;

/** A setting that is there but wrong: which one, and what would do. */
export class InteropSettingsError extends Error {
  constructor(
    readonly where: string,
    problems: string[],
  ) {
    super(`${where}: ${problems.join('; ')}`);
    this.name = 'InteropSettingsError';
  }
}

function fromEnv(env: Record<string, string | undefined>): Record<string, unknown> {
  const out: Record<string, Record<string, string>> = {};
  for (const [system, names] of Object.entries(INTEROP_ENV)) {
    const values = Object.fromEntries(
      Object.entries(names).flatMap(([field, name]) => (env[name] ? [[field, env[name]!]] : [])),
    );
    if (Object.keys(values).length) out[system] = values;
  }
  return out;
}

/** Where a council's settings name the variable holding a secret: the setting → the secret's field. */
const SECRET_ENV = {
  openagenda: { secretKeyEnv: 'secretKey', accessTokenEnv: 'accessToken' },
  decidim: { tokenEnv: 'token' },
} as const;

/**
 * A council's own settings with each secret read from the variable they name (secrets are
 * never stored in settings, which are listed and exported); a named variable that is not
 * set is a problem named like a malformed setting.
 */
function withSecrets(
  own: Record<string, unknown>,
  env: Record<string, string | undefined>,
): { settings: Record<string, unknown>; missing: string[] } {
  const settings: Record<string, unknown> = { ...own };
  const missing: string[] = [];
  for (const [system, fields] of Object.entries(SECRET_ENV)) {
    const entry = own[system];
    if (typeof entry !== 'object' || entry === null) continue;
    const next: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
    for (const [setting, field] of Object.entries(fields)) {
      const name = next[setting];
      if (name === undefined) continue;
      delete next[setting];
      const value = typeof name === 'string' ? env[name] : undefined;
      if (value) next[field] = value;
      else missing.push(`${system}.${setting}: the variable ${String(name)} is not set on this server`);
    }
    settings[system] = next;
  }
  return { settings, missing };
}

/**
 * The interop settings of `organisation`: its own (`settings.interop`, secrets read from the
 * variables it names) when the reader has them, system by system, else the environment's.
 * Throws `InteropSettingsError` naming the setting when one is malformed or missing.
 */
export async function interopSettings(
  organisation: string,
  options: { env?: Record<string, string | undefined>; read?: OrganisationSettingsReader } = {},
): Promise<InteropSettings> {
  const raw = ((await options.read?.(organisation))?.interop ?? {}) as Record<string, unknown>;
  const { settings: own, missing } = withSecrets(raw, options.env ?? {});
  if (missing.length) {
    throw new InteropSettingsError(`the settings of organisation "${organisation}" (interop)`, missing);
  }
  const env = fromEnv(options.env ?? {});
  const merged = { ...env, ...own };
  const parsed = InteropSettingsSchema.safeParse(merged);
  if (!parsed.success) {
    const source = (system: string | undefined) =>
      system && system in own
        ? `the settings of organisation "${organisation}" (interop.${system})`
        : `the environment (${Object.values(INTEROP_ENV[system as keyof typeof INTEROP_ENV] ?? {}).join(', ')})`;
    const first = String(parsed.error.issues[0]?.path[0] ?? '');
    throw new InteropSettingsError(
      source(first),
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return parsed.data;
}
