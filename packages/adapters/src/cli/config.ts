// The settings of `participe serve` and `participe migrate`: one table, read from the
// environment or a JSON file (same names), checked with zod. A wrong or missing setting is
// one line naming the variable, what was found and a valid example; a secret is never shown.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { type AccessRule, AccessRulesSchema } from '../identity/access.js';
import { MIN_SECRET_LENGTH, SESSION_MAX_SECONDS } from '../identity/limits.js';
import type { Sender } from '../notifications/message.js';
import { SMS_WORDINGS, type SmsWording } from '../notifications/sms.text.js';
import { CLIENT_ADDRESS_HEADERS, type ClientAddressHeader, type TrustedProxies } from '../server/rate-limit.js';

/**
 * Where PGlite runs: `worker`, a thread of its own (the database on one core, HTTP on the
 * other); `main`, the API's own thread (about 25 MB less memory, a quicker start).
 */
export const PGLITE_THREADS = ['worker', 'main'] as const;
export type PgliteThread = (typeof PGLITE_THREADS)[number];

export type Env = Record<string, string | undefined>;

interface Setting<T> {
  schema: z.ZodMiniType<T, string>;
  /** What a valid value is, in words, for the error line. */
  expected: string;
  example: string;
  /** `'all'`: never shown; `'password'`: a URL shown with its password masked. */
  secret?: 'all' | 'password';
  /** A JSON value in the environment; a `--config` file may hold it as JSON directly. */
  json?: true;
}

const setting = <T>(s: Setting<T>): Setting<T> => s;

const int = (min: number, max: number) =>
  z.pipe(z.string().check(z.regex(/^\d{1,9}$/)), z.transform(Number)).check(z.gte(min), z.lte(max));

const absoluteHttpUrl = z.pipe(
  z.url({ protocol: /^https?$/ }).check(z.refine((s) => !/[?#]/.test(s))),
  z.transform((s) => s.replace(/\/+$/, '')),
);

const folder = z.string().check(z.minLength(1));

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
/** https, or http on this machine only (a test provider). */
const issuerUrl = absoluteHttpUrl.check(
  z.refine((s) => {
    const url = new URL(s);
    return url.protocol === 'https:' || LOOPBACK.has(url.hostname);
  }),
);

const isJson = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};
const jsonOf = <T>(schema: z.ZodMiniType<T>) =>
  z.pipe(
    z.pipe(
      z.string().check(z.refine(isJson)),
      z.transform((s): unknown => JSON.parse(s)),
    ),
    schema,
  );

const existingFolder = folder.check(
  z.refine((dir) => {
    try {
      return statSync(dir).isDirectory();
    } catch {
      return false;
    }
  }),
);

const isOrigin = (s: string): boolean => {
  try {
    return /^https?:$/.test(new URL(s).protocol) && new URL(s).origin === s;
  } catch {
    return false;
  }
};

const SENDER =
  /^\s*(?:(?<name>[^<>\r\n]*?)\s*<(?<inner>[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>|(?<bare>[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+))\s*$/;

const rateLimitSchema = z
  .pipe(
    z.string().check(z.regex(/^(off|\d{1,6}\/\d{1,6}(\.\d{1,3})?)$/)),
    z.transform((s) => {
      if (s === 'off') return false as const;
      const [capacity, refill] = s.split('/').map(Number) as [number, number];
      return { capacity, refillPerSecond: refill };
    }),
  )
  .check(z.refine((r) => r === false || (r.capacity >= 1 && r.refillPerSecond > 0)));

/** `ovh://AK:AS@SERVICE?consumerKey=CK`, or an https URL (http on this machine only: a test gateway). */
function smsUrlOk(s: string): boolean {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return false;
  }
  if (url.protocol === 'ovh:')
    return Boolean(url.username && url.password && url.hostname && url.searchParams.get('consumerKey'));
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** An IPv4 or IPv6 address, with or without a /prefix, or one of proxy-addr's names. */
const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9.]{7,15}(\/\d{1,2})?|[0-9A-Fa-f:.]{2,45}(\/\d{1,3})?)$/;

/** Every setting, by the name it has in the environment and in a `--config` file. */
export const SETTINGS = {
  DATABASE_URL: setting({
    schema: z.url({ protocol: /^postgres(ql)?$/ }),
    expected: 'a PostgreSQL URL (postgres://user:password@host:port/database)',
    example: 'postgres://participe:motdepasse@127.0.0.1:5432/participe',
    secret: 'password',
  }),
  PARTICIPE_DATABASE_SCHEMA: setting({
    schema: z.string().check(z.regex(/^[a-z_][a-z0-9_]{0,62}$/)),
    expected: 'an existing schema name: lower-case letters, digits and _',
    example: 'participe',
  }),
  PARTICIPE_DATA_DIR: setting({
    schema: folder,
    expected: 'a folder for the embedded database (created when missing)',
    example: '/var/lib/participe',
  }),
  PARTICIPE_PGLITE_THREAD: setting({
    schema: z.enum(PGLITE_THREADS),
    expected: `where the embedded database runs: ${PGLITE_THREADS.join(' or ')}`,
    example: 'worker',
  }),
  PARTICIPE_HOST: setting({
    schema: z.string().check(z.regex(/^[A-Za-z0-9.:-]{1,253}$/)),
    expected: 'an address to listen on',
    example: '127.0.0.1',
  }),
  PARTICIPE_PORT: setting({ schema: int(0, 65_535), expected: 'a port from 0 to 65535', example: '8080' }),
  PARTICIPE_PUBLIC_URL: setting({
    schema: absoluteHttpUrl,
    expected: 'the address people reach the server at: an http(s) URL without query',
    example: 'https://participe.departement.example',
  }),
  PARTICIPE_CORS_ORIGINS: setting({
    schema: z
      .pipe(
        z.string(),
        z.transform((s) =>
          s
            .split(',')
            .map((o) => o.trim().replace(/\/$/, ''))
            .filter(Boolean),
        ),
      )
      .check(z.refine((list) => list.every(isOrigin))),
    expected: 'origins allowed to call the API from a browser, separated by commas (scheme://host[:port], no path)',
    example: 'https://www.departement.example,https://ville.example',
  }),
  PARTICIPE_TOKEN_SECRET: setting({
    schema: z.string().check(z.minLength(MIN_SECRET_LENGTH)),
    expected: `a secret of at least ${MIN_SECRET_LENGTH} characters that seals the keys signing access tokens`,
    example: '$(openssl rand -base64 48)',
    secret: 'all',
  }),
  PARTICIPE_OIDC_ISSUER: setting({
    schema: issuerUrl,
    expected: 'the identity provider staff sign in with: its issuer URL (https; http only on this machine)',
    example: 'https://auth.agentconnect.gouv.fr/api/v2',
  }),
  PARTICIPE_OIDC_CLIENT_ID: setting({
    schema: z.string().check(z.regex(/^[\x21-\x7e]{1,255}$/)),
    expected: 'the client id the identity provider gave this server',
    example: 'participe-hautes-combes',
  }),
  PARTICIPE_OIDC_CLIENT_SECRET: setting({
    schema: z.string().check(z.minLength(8), z.maxLength(1024)),
    expected: 'the client secret the identity provider gave this server (at least 8 characters)',
    example: '$(cat /etc/participe/oidc-secret)',
    secret: 'all',
  }),
  PARTICIPE_OIDC_CLIENT_AUTH: setting({
    schema: z.enum(['client_secret_basic', 'client_secret_post']),
    expected: 'how the secret is sent to the token endpoint: client_secret_basic or client_secret_post',
    example: 'client_secret_post',
  }),
  PARTICIPE_OIDC_SCOPES: setting({
    schema: z.pipe(
      z.string().check(
        z.regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/),
        z.refine((s) => s.split(' ').includes('openid')),
      ),
      z.transform((s) => s.split(' ')),
    ),
    expected: 'the scopes asked for, separated by spaces, openid included',
    example: '"openid email given_name usual_name organizational_unit"',
  }),
  PARTICIPE_OIDC_ACCESS: setting({
    schema: jsonOf(AccessRulesSchema),
    expected:
      'who may sign in besides invited people: a JSON list of rules, each {"emailDomain"} or {"claim","equals"} with "role" and "spaces"',
    example: `'[{"emailDomain":"departement.example","role":"professional","spaces":["groupe-rsa-nord"]}]'`,
    json: true,
  }),
  PARTICIPE_SESSION_MINUTES: setting({
    schema: int(5, SESSION_MAX_SECONDS / 60),
    expected: `how long a staff session token lives before the page renews it, in minutes (5 to ${SESSION_MAX_SECONDS / 60})`,
    example: '30',
  }),
  PARTICIPE_STAFF_HOME: setting({
    schema: z.string().check(z.regex(/^\/(?!\/)[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/)),
    expected: 'the page (a path on this server) staff land on once signed in',
    example: '/pro/',
  }),
  PARTICIPE_SMTP_URL: setting({
    schema: z.url({ protocol: /^smtps?$/ }),
    expected:
      'the mail relay: smtp:// (STARTTLS, port 587) or smtps:// (TLS, port 465), with user and password if needed',
    example: 'smtps://participe:motdepasse@smtp.departement.example:465',
    secret: 'password',
  }),
  PARTICIPE_MAIL_FROM: setting({
    schema: z.string().check(z.regex(SENDER)),
    expected: 'the sender of e-mails: an address, or "Name <address>"',
    example: '"Département – Participation <ne-pas-repondre@departement.example>"',
  }),
  PARTICIPE_MAIL_DIR: setting({
    schema: folder,
    expected: 'a folder where e-mails are written as .eml files instead of being sent (development)',
    example: './participe-data/mail',
  }),
  PARTICIPE_FOLLOW_UP_URL: setting({
    schema: absoluteHttpUrl,
    expected: 'the page where an author types their follow-up code, named in e-mails: an http(s) URL',
    example: 'https://www.departement.example/participation/suivi',
  }),
  PARTICIPE_SMS_URL: setting({
    schema: z.string().check(z.refine((s) => smsUrlOk(s))),
    expected:
      'the SMS gateway: ovh://APPLICATION_KEY:APPLICATION_SECRET@SERVICE_NAME?consumerKey=CONSUMER_KEY (OVHcloud), or an https URL that takes a form POST (to, text, id)',
    example: 'ovh://ak:as@sms-ab12345-1?consumerKey=ck',
    secret: 'password',
  }),
  PARTICIPE_SMS_INBOUND_TOKEN: setting({
    schema: z.string().check(z.minLength(16), z.regex(/^[A-Za-z0-9._~-]+$/)),
    expected: `at least 16 letters, digits or -._~: the provider forwards replies (STOP) to ${'/api/sms/inbound?token=…'}`,
    example: '$(openssl rand -hex 24)',
    secret: 'all',
  }),
  PARTICIPE_SMS_WORDING: setting({
    schema: z.enum(SMS_WORDINGS),
    expected: 'the words of text messages: falc (easy to read French), fr or en',
    example: 'falc',
  }),
  PARTICIPE_SMS_QUIET_HOURS: setting({
    schema: z.pipe(
      z.string().check(z.regex(/^(off|([01]?\d|2[0-3])-([01]?\d|2[0-3]))$/)),
      z.transform((s) => {
        if (s === 'off') return false as const;
        const [until, from] = s.split('-').map(Number) as [number, number];
        return { from, until };
      }),
    ),
    expected: 'no text message between these hours, Europe/Paris time: FROM-TO (e.g. 21-8), or off',
    example: '21-8',
  }),
  PARTICIPE_NOTIFY_MAX_ATTEMPTS: setting({
    schema: int(1, 50),
    expected: 'attempts at sending one notification before it is set aside for an administrator (1 to 50)',
    example: '8',
  }),
  PARTICIPE_RATE_LIMIT: setting({
    schema: rateLimitSchema,
    expected: 'requests per client: BURST/PER_SECOND (so many at once, then so many a second), or off',
    example: '120/4',
  }),
  PARTICIPE_RATE_LIMIT_WRITE: setting({
    schema: rateLimitSchema,
    expected: 'writes (POST, PUT, PATCH, DELETE) per client: BURST/PER_SECOND, or off; reads keep PARTICIPE_RATE_LIMIT',
    example: '30/1',
  }),
  PARTICIPE_TRUST_PROXY: setting({
    schema: z.union([
      int(0, 10),
      z.pipe(
        z.string().check(z.refine((s) => s.split(',').every((a) => PROXY_ADDRESS.test(a.trim())))),
        z.transform((s) => s.split(',').map((a) => a.trim())),
      ),
    ]),
    expected:
      'the reverse proxies whose forwarded-address header is believed: their addresses or CIDR ranges separated by commas (or loopback, uniquelocal), or a number of hops (0 to 10)',
    example: '127.0.0.1,10.0.0.0/8',
  }),
  PARTICIPE_CLIENT_IP_HEADER: setting({
    schema: z.enum(CLIENT_ADDRESS_HEADERS),
    expected: `the header the trusted proxies name the client in: ${CLIENT_ADDRESS_HEADERS.join(', ')}`,
    example: 'x-forwarded-for',
  }),
  PARTICIPE_LOG_LEVEL: setting({
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    expected: 'one of fatal, error, warn, info, debug, trace, silent',
    example: 'info',
  }),
  PARTICIPE_WIDGETS_PATH: setting({
    schema: z.pipe(
      z.string().check(z.regex(/^\/(?!api(\/|$)|metrics\/?$)[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$/)),
      z.transform((s) => (s.endsWith('/') ? s : `${s}/`)),
    ),
    expected: 'a URL path for the ready-to-serve widgets folder, not under /api',
    example: '/participe/',
  }),
  PARTICIPE_STATIC_DIR: setting({
    schema: existingFolder,
    expected: "an existing folder of the council's pages, served at /",
    example: '/srv/participe/site',
  }),
  PARTICIPE_METRICS_TOKEN: setting({
    schema: z.string().check(z.minLength(16)),
    expected: 'at least 16 characters; /metrics then asks for "Authorization: Bearer <token>"',
    example: '$(openssl rand -hex 24)',
    secret: 'all',
  }),
  PARTICIPE_SHUTDOWN_TIMEOUT: setting({
    schema: int(1, 600),
    expected: 'seconds that requests in progress get to finish on SIGTERM (1 to 600)',
    example: '10',
  }),
  PARTICIPE_NOTIFY_INTERVAL: setting({
    schema: int(1, 86_400),
    expected: 'seconds between two passes over the e-mails to send (1 to 86400)',
    example: '60',
  }),
} as const;

export type SettingName = keyof typeof SETTINGS;
type Value<K extends SettingName> = (typeof SETTINGS)[K] extends Setting<infer T> ? T : never;
export type SettingValues = { [K in SettingName]?: Value<K> };

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

const DATABASE_SETTINGS = [
  'DATABASE_URL',
  'PARTICIPE_DATABASE_SCHEMA',
  'PARTICIPE_DATA_DIR',
  'PARTICIPE_PGLITE_THREAD',
] as const;

/** Where the values come from: the environment, and the `--config` file if any. */
export interface ConfigSource {
  env: Env;
  /** The path given to `--config`. */
  configFile?: string;
  /** Where relative folders start. @default process.cwd() */
  cwd?: string;
}

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; schema?: string }
  /** `dir` holds the database (`dir/pglite`) and the lock that keeps a second process out. */
  | {
      kind: 'pglite';
      dir: string;
      /** @default DEFAULT_PGLITE_THREAD */
      thread?: PgliteThread;
    };

export interface SmsConfig {
  /** PARTICIPE_SMS_URL: `ovh://…` or an https form endpoint. A secret: never printed. */
  url: string;
  /** Replies (STOP) are read at /api/sms/inbound with this token; `null`: no endpoint. */
  inboundToken: string | null;
  wording: SmsWording;
  /** Local hours (Europe/Paris) when messages may leave; `false`: any time. */
  quietHours: { from: number; until: number } | false;
}

export type MailConfig = { kind: 'smtp'; url: string; from: Sender } | { kind: 'files'; dir: string; from?: Sender };

/** OpenID Connect sign-in for staff: one identity provider and who may come in through it. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** @default 'client_secret_basic' */
  clientAuth: 'client_secret_basic' | 'client_secret_post';
  /** @default ['openid', 'email', 'profile'] */
  scopes: string[];
  /** Invitations always apply; these rules let more people in. @default [] */
  access: AccessRule[];
  /** @default 3600 (at most) */
  sessionSeconds: number;
  /** Where staff land once signed in. @default '/auth/' */
  staffHome: string;
}

/**
 * Unused, kept for the shape of `ServerConfig`: a council's identity provider is in its
 * organisation settings (`participe org settings --oidc-…`, read by `createCouncilSignIn`).
 */
export interface OrganisationSettings {
  oidc: OidcConfig;
}

export interface ServerConfig {
  database: DatabaseConfig;
  host: string;
  port: number;
  /** Without a trailing slash. @default `http://HOST:PORT` */
  publicUrl: string | null;
  corsOrigins: string[];
  tokenSecret: string;
  mail: MailConfig;
  followUpUrl: string | null;
  /** Reads (and writes, unless `write` says otherwise) per client; `false` when PARTICIPE_RATE_LIMIT is `off`. */
  rateLimit:
    | { capacity: number; refillPerSecond: number; write?: { capacity: number; refillPerSecond: number } }
    | false;
  trustProxy: TrustedProxies;
  clientAddressHeader: ClientAddressHeader;
  logLevel: Value<'PARTICIPE_LOG_LEVEL'>;
  /** The installed `@participe/widgets/dist/browser` served under `path`. */
  widgets: { path: string; dir: string } | null;
  staticDir: string | null;
  metricsToken: string | null;
  shutdownTimeoutMs: number;
  notifyIntervalMs: number;
  /** Attempts at one notification before the dead-letter state (`participe outbox dead`). @default 8 */
  notifyMaxAttempts: number;
  /** Text messages to authors who left a phone number only; `null`: none (they are skipped). */
  sms: SmsConfig | null;
  /** Staff sign-in; `null`: none (API tokens from `participe token` only). */
  oidc: OidcConfig | null;
  /** Always empty: councils' own providers are in their organisation settings (see `createCouncilSignIn`). */
  organisations: Readonly<Record<string, OrganisationSettings>>;
}

export type Loaded<T> = { ok: true; config: T; warnings: string[] } | { ok: false; problems: string[] };

/**
 * Where PGlite runs when PARTICIPE_PGLITE_THREAD is not set. `worker` answered 50 clients at
 * once up to 3× faster with no GET over 1 s where `main` took up to 9.7 s, at 180–186 MB idle
 * instead of 157–161 and a start to ready of 1.1–1.2 s instead of 1.0 (bench/http README, issue 20).
 */
export const DEFAULT_PGLITE_THREAD: PgliteThread = 'worker';

/** The PGlite folder when neither DATABASE_URL nor PARTICIPE_DATA_DIR is set. */
export const DEFAULT_DATA_DIR = 'participe-data';

/** What `participe migrate` needs: the database only. */
export function loadDatabaseConfig(source: ConfigSource): Loaded<DatabaseConfig> {
  const read = readSettings(source, DATABASE_SETTINGS);
  const problems = read.problems;
  const database = databaseOf(read, source, problems);
  return database && !problems.length
    ? { ok: true, config: database, warnings: read.warnings }
    : { ok: false, problems };
}

/** What `participe token`, `keys` and `staff` need: the database, the secret and the tokens' issuer. */
export interface IdentityCommandConfig {
  database: DatabaseConfig;
  tokenSecret: string;
  /** `iss` of the tokens: the same as the server's (`PARTICIPE_PUBLIC_URL`, else `http://HOST:PORT`). */
  issuer: string;
}

const IDENTITY_SETTINGS = [
  ...DATABASE_SETTINGS,
  'PARTICIPE_TOKEN_SECRET',
  'PARTICIPE_PUBLIC_URL',
  'PARTICIPE_HOST',
  'PARTICIPE_PORT',
] as const;

/** The tokens' issuer as the server names it: its public address, else where it listens. */
export const issuerOf = (c: { publicUrl: string | null; host: string; port: number }): string =>
  c.publicUrl ?? `http://${c.host.includes(':') ? `[${c.host}]` : c.host}:${c.port}`;

export function loadIdentityConfig(source: ConfigSource): Loaded<IdentityCommandConfig> {
  const read = readSettings(source, IDENTITY_SETTINGS);
  const { values: v, given, problems } = read;
  const database = databaseOf(read, source, problems);
  if (!given.has('PARTICIPE_TOKEN_SECRET')) {
    problems.push(
      line(
        'PARTICIPE_TOKEN_SECRET',
        `required: the server's ${SETTINGS.PARTICIPE_TOKEN_SECRET.expected}`,
        'nothing',
        SETTINGS.PARTICIPE_TOKEN_SECRET.example,
      ),
    );
  }
  if (problems.length > 0 || !database || v.PARTICIPE_TOKEN_SECRET === undefined) return { ok: false, problems };
  const issuer = issuerOf({
    publicUrl: v.PARTICIPE_PUBLIC_URL ?? null,
    host: v.PARTICIPE_HOST ?? '127.0.0.1',
    port: v.PARTICIPE_PORT ?? 8080,
  });
  return { ok: true, warnings: read.warnings, config: { database, tokenSecret: v.PARTICIPE_TOKEN_SECRET, issuer } };
}

/** What `participe serve` needs: every setting, and the ones that go together. */
export function loadServerConfig(source: ConfigSource): Loaded<ServerConfig> {
  const read = readSettings(source, SETTING_NAMES);
  const { values: v, given, problems } = read;
  const database = databaseOf(read, source, problems);
  const missing = (name: SettingName, why: string) => problems.push(line(name, why, 'nothing', SETTINGS[name].example));

  if (!given.has('PARTICIPE_TOKEN_SECRET')) {
    missing('PARTICIPE_TOKEN_SECRET', `required: ${SETTINGS.PARTICIPE_TOKEN_SECRET.expected}`);
  }
  let mail: MailConfig | undefined;
  const from = v.PARTICIPE_MAIL_FROM === undefined ? undefined : senderOf(v.PARTICIPE_MAIL_FROM);
  if (given.has('PARTICIPE_SMTP_URL') && given.has('PARTICIPE_MAIL_DIR')) {
    problems.push(
      `PARTICIPE_MAIL_DIR: set together with PARTICIPE_SMTP_URL; keep one (SMTP in production, a folder of .eml files in development). Example: unset PARTICIPE_MAIL_DIR`,
    );
  } else if (given.has('PARTICIPE_SMTP_URL')) {
    if (!given.has('PARTICIPE_MAIL_FROM'))
      missing('PARTICIPE_MAIL_FROM', `required with PARTICIPE_SMTP_URL: ${SETTINGS.PARTICIPE_MAIL_FROM.expected}`);
    else if (from && v.PARTICIPE_SMTP_URL !== undefined) mail = { kind: 'smtp', url: v.PARTICIPE_SMTP_URL, from };
  } else if (given.has('PARTICIPE_MAIL_DIR')) {
    if (v.PARTICIPE_MAIL_DIR !== undefined)
      mail = {
        kind: 'files',
        dir: resolve(source.cwd ?? process.cwd(), v.PARTICIPE_MAIL_DIR),
        ...(from ? { from } : {}),
      };
  } else {
    missing(
      'PARTICIPE_SMTP_URL',
      `required to send e-mails to authors: ${SETTINGS.PARTICIPE_SMTP_URL.expected} (or PARTICIPE_MAIL_DIR=./mail in development)`,
    );
  }

  let widgets: ServerConfig['widgets'] = null;
  if (v.PARTICIPE_WIDGETS_PATH !== undefined) {
    const dir = widgetsFolder(source.cwd ?? process.cwd());
    if (dir) widgets = { path: v.PARTICIPE_WIDGETS_PATH, dir };
    else {
      problems.push(
        line(
          'PARTICIPE_WIDGETS_PATH',
          'set, but @participe/widgets (with dist/browser) is not installed in this folder',
          show('PARTICIPE_WIDGETS_PATH', v.PARTICIPE_WIDGETS_PATH),
          'npm install @participe/widgets, or unset PARTICIPE_WIDGETS_PATH',
        ),
      );
    }
  }

  if (!given.has('PARTICIPE_SMS_URL')) {
    for (const name of ['PARTICIPE_SMS_INBOUND_TOKEN', 'PARTICIPE_SMS_WORDING', 'PARTICIPE_SMS_QUIET_HOURS'] as const) {
      if (given.has(name))
        problems.push(
          line(name, 'set without PARTICIPE_SMS_URL; it belongs to text messages', 'a value', SETTINGS[name].example),
        );
    }
  }

  const oidc = oidcOf(read, problems);

  if (problems.length > 0 || !database || !mail || v.PARTICIPE_TOKEN_SECRET === undefined || oidc === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    warnings: read.warnings,
    config: {
      database,
      host: v.PARTICIPE_HOST ?? '127.0.0.1',
      port: v.PARTICIPE_PORT ?? 8080,
      publicUrl: v.PARTICIPE_PUBLIC_URL ?? null,
      corsOrigins: v.PARTICIPE_CORS_ORIGINS ?? [],
      tokenSecret: v.PARTICIPE_TOKEN_SECRET,
      mail,
      followUpUrl: v.PARTICIPE_FOLLOW_UP_URL ?? null,
      rateLimit: rateLimitOf(v),
      trustProxy: v.PARTICIPE_TRUST_PROXY ?? 0,
      clientAddressHeader: v.PARTICIPE_CLIENT_IP_HEADER ?? 'x-forwarded-for',
      logLevel: v.PARTICIPE_LOG_LEVEL ?? 'info',
      widgets,
      staticDir:
        v.PARTICIPE_STATIC_DIR === undefined ? null : resolve(source.cwd ?? process.cwd(), v.PARTICIPE_STATIC_DIR),
      metricsToken: v.PARTICIPE_METRICS_TOKEN ?? null,
      shutdownTimeoutMs: (v.PARTICIPE_SHUTDOWN_TIMEOUT ?? 10) * 1000,
      notifyIntervalMs: (v.PARTICIPE_NOTIFY_INTERVAL ?? 60) * 1000,
      notifyMaxAttempts: v.PARTICIPE_NOTIFY_MAX_ATTEMPTS ?? 8,
      sms: v.PARTICIPE_SMS_URL
        ? {
            url: v.PARTICIPE_SMS_URL,
            inboundToken: v.PARTICIPE_SMS_INBOUND_TOKEN ?? null,
            wording: v.PARTICIPE_SMS_WORDING ?? 'falc',
            quietHours: v.PARTICIPE_SMS_QUIET_HOURS ?? { from: 8, until: 21 },
          }
        : null,
      oidc,
      organisations: {},
    },
  };
}

/** PARTICIPE_RATE_LIMIT for reads (and writes unless PARTICIPE_RATE_LIMIT_WRITE says otherwise). */
function rateLimitOf(v: SettingValues): ServerConfig['rateLimit'] {
  const both = v.PARTICIPE_RATE_LIMIT ?? { capacity: 120, refillPerSecond: 4 };
  const write = v.PARTICIPE_RATE_LIMIT_WRITE;
  if (both === false) return false;
  if (write === undefined) return both;
  // `off` for writes alone: a bucket no one empties.
  return { ...both, write: write === false ? { capacity: 1_000_000, refillPerSecond: 1_000_000 } : write };
}

const OIDC_REQUIRED = ['PARTICIPE_OIDC_ISSUER', 'PARTICIPE_OIDC_CLIENT_ID', 'PARTICIPE_OIDC_CLIENT_SECRET'] as const;
const OIDC_OPTIONAL = [
  'PARTICIPE_OIDC_CLIENT_AUTH',
  'PARTICIPE_OIDC_SCOPES',
  'PARTICIPE_OIDC_ACCESS',
  'PARTICIPE_SESSION_MINUTES',
  'PARTICIPE_STAFF_HOME',
] as const;

/** Staff sign-in: the three settings go together; the others need them. `undefined`: a problem was reported. */
function oidcOf(
  { values: v, given }: Pick<Read, 'values' | 'given'>,
  problems: string[],
): OidcConfig | null | undefined {
  const some = OIDC_REQUIRED.some((n) => given.has(n));
  if (!some) {
    const stray = OIDC_OPTIONAL.filter((n) => given.has(n));
    for (const name of stray) {
      problems.push(
        line(name, 'set without PARTICIPE_OIDC_ISSUER; it belongs to staff sign-in', 'a value', SETTINGS[name].example),
      );
    }
    return stray.length ? undefined : null;
  }
  let complete = true;
  if (!given.has('PARTICIPE_PUBLIC_URL')) {
    complete = false;
    problems.push(
      line(
        'PARTICIPE_PUBLIC_URL',
        'required for staff sign-in: the identity provider sends people back to PARTICIPE_PUBLIC_URL/auth/callback',
        'nothing',
        SETTINGS.PARTICIPE_PUBLIC_URL.example,
      ),
    );
  }
  for (const name of OIDC_REQUIRED) {
    if (!given.has(name)) {
      complete = false;
      problems.push(
        line(name, `required for staff sign-in: ${SETTINGS[name].expected}`, 'nothing', SETTINGS[name].example),
      );
    }
  }
  if (!complete || !v.PARTICIPE_OIDC_ISSUER || !v.PARTICIPE_OIDC_CLIENT_ID || !v.PARTICIPE_OIDC_CLIENT_SECRET) {
    return undefined;
  }
  return {
    issuer: v.PARTICIPE_OIDC_ISSUER,
    clientId: v.PARTICIPE_OIDC_CLIENT_ID,
    clientSecret: v.PARTICIPE_OIDC_CLIENT_SECRET,
    clientAuth: v.PARTICIPE_OIDC_CLIENT_AUTH ?? 'client_secret_basic',
    scopes: v.PARTICIPE_OIDC_SCOPES ?? ['openid', 'email', 'profile'],
    access: v.PARTICIPE_OIDC_ACCESS ?? [],
    sessionSeconds: (v.PARTICIPE_SESSION_MINUTES ?? SESSION_MAX_SECONDS / 60) * 60,
    staffHome: v.PARTICIPE_STAFF_HOME ?? '/auth/',
  };
}

function databaseOf(
  { values: v, given }: Pick<Read, 'values' | 'given'>,
  source: ConfigSource,
  problems: string[],
): DatabaseConfig | undefined {
  if (given.has('DATABASE_URL')) {
    if (given.has('PARTICIPE_DATA_DIR')) {
      problems.push(
        'PARTICIPE_DATA_DIR: set together with DATABASE_URL; keep one (DATABASE_URL for a PostgreSQL server, PARTICIPE_DATA_DIR for the embedded database). Example: unset PARTICIPE_DATA_DIR',
      );
      return undefined;
    }
    if (v.DATABASE_URL === undefined) return undefined; // reported already
    return {
      kind: 'postgres',
      url: v.DATABASE_URL,
      ...(v.PARTICIPE_DATABASE_SCHEMA ? { schema: v.PARTICIPE_DATABASE_SCHEMA } : {}),
    };
  }
  if (given.has('PARTICIPE_DATABASE_SCHEMA')) {
    problems.push(
      'PARTICIPE_DATABASE_SCHEMA: set without DATABASE_URL; a schema applies to a PostgreSQL server only. Example: DATABASE_URL=postgres://participe@127.0.0.1:5432/participe',
    );
    return undefined;
  }
  if (given.has('PARTICIPE_DATA_DIR') && v.PARTICIPE_DATA_DIR === undefined) return undefined;
  if (given.has('PARTICIPE_PGLITE_THREAD') && v.PARTICIPE_PGLITE_THREAD === undefined) return undefined;
  return {
    kind: 'pglite',
    dir: resolve(source.cwd ?? process.cwd(), v.PARTICIPE_DATA_DIR ?? DEFAULT_DATA_DIR),
    thread: v.PARTICIPE_PGLITE_THREAD ?? DEFAULT_PGLITE_THREAD,
  };
}

interface Read {
  /** The settings that were given and are valid. */
  values: SettingValues;
  /** The settings that were given, valid or not. */
  given: Set<SettingName>;
  problems: string[];
  warnings: string[];
}

/** Reads and checks `names`: the environment wins over the file; an empty variable is unset. */
function readSettings(source: ConfigSource, names: readonly SettingName[]): Read {
  const problems: string[] = [];
  const warnings: string[] = [];
  const fromFile = source.configFile === undefined ? {} : readConfigFile(source.configFile, problems);
  for (const key of Object.keys(source.env)) {
    if (key.startsWith('PARTICIPE_') && !(key in SETTINGS) && source.env[key]) {
      warnings.push(`${key} is set but is not a setting of participe serve; ignored.`);
    }
  }
  const values: Record<string, unknown> = {};
  const given = new Set<SettingName>();
  for (const name of names) {
    const fromEnv = source.env[name];
    const raw = fromEnv !== undefined && fromEnv !== '' ? fromEnv : fromFile[name];
    if (raw === undefined || raw === '') continue;
    given.add(name);
    const where = raw === fromEnv ? '' : ` (in ${source.configFile})`;
    const parsed = (SETTINGS[name].schema as z.ZodMiniType<unknown, string>).safeParse(raw.trim());
    if (parsed.success) values[name] = parsed.data;
    else
      problems.push(line(name, `expected ${SETTINGS[name].expected}${where}`, show(name, raw), SETTINGS[name].example));
  }
  return { values: values as SettingValues, given, problems, warnings };
}

/** The file holds the same names as the environment; numbers, booleans and lists are read as text. */
function readConfigFile(path: string, problems: string[]): Partial<Record<SettingName, string>> {
  let parsed: unknown;
  try {
    // The parser's message can quote the file's text, secrets included: it is not shown.
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(
      code
        ? `--config: cannot read ${path} (${code}). Example: --config /etc/participe/participe.json`
        : `--config: ${path} is not valid JSON. Example: { "PARTICIPE_PORT": 8080, "DATABASE_URL": "postgres://…" }`,
    );
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push(`--config: ${path} must hold one JSON object. Example: { "PARTICIPE_PORT": 8080 }`);
    return {};
  }
  const out: Partial<Record<SettingName, string>> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!(key in SETTINGS)) {
      problems.push(`${key} (in ${path}): not a setting. Settings are: ${SETTING_NAMES.join(', ')}`);
      continue;
    }
    const name = key as SettingName;
    if (typeof value === 'string') out[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[name] = String(value);
    else if ((SETTINGS[name] as Setting<unknown>).json && typeof value === 'object' && value !== null)
      out[name] = JSON.stringify(value);
    else if (Array.isArray(value) && value.every((x) => typeof x === 'string')) out[name] = value.join(',');
    else {
      problems.push(
        line(
          name,
          `expected text, a number or a list of text (in ${path})`,
          'another kind of JSON value',
          SETTINGS[name].example,
        ),
      );
    }
  }
  return out;
}

const line = (name: string, expected: string, found: string, example: string) =>
  `${name}: ${expected}; found ${found}. Example: ${name}=${example}`;

/** What was found, as the error line shows it: never a secret, never a password. */
function show(name: SettingName, raw: string): string {
  const secret = (SETTINGS[name] as Setting<unknown>).secret;
  const size = `a value of ${raw.length} character${raw.length === 1 ? '' : 's'}`;
  if (secret === 'all') return `${size} (hidden)`;
  if (secret === 'password') {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return `${size} that is not a URL (hidden: it may hold a password)`;
    }
    if (url.password) url.password = '***';
    // The query string may carry a password too (`?password=`): not shown.
    url.search = url.search ? '?…' : '';
    return JSON.stringify(url.href);
  }
  return JSON.stringify(raw.length > 200 ? `${raw.slice(0, 200)}…` : raw);
}

function senderOf(value: string): Sender {
  const m = SENDER.exec(value)!.groups!;
  const name = m['name']?.replace(/^"|"$/g, '').trim();
  const address = (m['inner'] ?? m['bare'])!;
  return name ? { name, address } : address;
}

/** `@participe/widgets/dist/browser` as installed where the server runs, or null. */
function widgetsFolder(cwd: string): string | null {
  try {
    const pkg = createRequire(join(cwd, 'package.json')).resolve('@participe/widgets/package.json');
    const dir = join(dirname(pkg), 'dist', 'browser');
    return existsSync(dir) ? dir : null;
  } catch {
    return null;
  }
}

/**
 * The flags `serve` and `migrate` share, `--config FILE` and `--help`: the config file to
 * read, or the answer to give at once (the usage, or a wrong flag with exit code 2).
 */
export function configFlags(
  argv: readonly string[],
  usage: string,
): { configFile?: string } | { answer: { code: number; stdout: string; stderr: string } } {
  let values: { config?: string; help?: boolean };
  try {
    values = parseArgs({
      args: [...argv],
      options: { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (e) {
    return { answer: { code: 2, stdout: '', stderr: `${(e as Error).message}\n\n${usage}\n` } };
  }
  if (values.help) return { answer: { code: 0, stdout: `${usage}\n`, stderr: '' } };
  return values.config ? { configFile: values.config } : {};
}
