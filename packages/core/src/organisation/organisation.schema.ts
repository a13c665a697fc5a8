import { IdSchema, InstantSchema, SlugSchema, text } from '../shared/primitives.js';
import { MEMBER_ROLES } from '../shared/roles.js';
import * as z from '../zod.js';

/** The kinds of council that run Participe. */
export const ORGANISATION_KINDS = ['département', 'métropole', 'commune', 'ccas', 'autre'] as const;

/**
 * The organisation every row belongs to when a server hosts a single council, and the one
 * data stored before councils existed was moved to. Its API is served at `/api`.
 */
export const DEFAULT_ORGANISATION = 'default';

/** An environment variable of the server that holds a secret: settings are listed and exported, secrets never. */
const SecretEnvSchema = z.string().check(z.regex(/^[A-Z][A-Z0-9_]{0,99}$/));

/**
 * The outside systems a council links to: its OpenAgenda agenda and its Decidim. Keys that
 * let Participe write are named by the environment variable holding them, never stored.
 */
export const OrganisationInteropSchema = z.strictObject({
  openagenda: z.optional(
    z.strictObject({
      /** The agenda's uid, e.g. `12345678`. */
      agendaUid: z.string().check(z.regex(/^\d{1,20}$/)),
      /** The account's public key (`oa_pk_…`): it only reads published events. */
      publicKey: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
      /** The variable holding the account's secret key (`oa_sk_…`), e.g. `PARTICIPE_OPENAGENDA_SECRET_KEY_CD93`. */
      secretKeyEnv: z.optional(SecretEnvSchema),
      /** The variable holding an access token obtained beforehand, instead of the secret key. */
      accessTokenEnv: z.optional(SecretEnvSchema),
      /** The API's root. @default 'https://api.openagenda.com/v2' */
      baseUrl: z.optional(z.url()),
    }),
  ),
  decidim: z.optional(
    z.strictObject({
      /** The GraphQL endpoint, e.g. `https://decidim.example.org/api`. */
      apiUrl: z.url(),
      /** The variable holding a token with the `api:write` scope, e.g. `PARTICIPE_DECIDIM_TOKEN_CD93`. */
      tokenEnv: z.optional(SecretEnvSchema),
      /** The spaces that follow a proposals component: space id → component id. */
      spaces: z.optional(z.record(z.string(), z.string().check(z.regex(/^\d{1,20}$/)))),
    }),
  ),
});

/** What a council sets for itself. Every field is optional: the server's settings apply otherwise. */
export const OrganisationSettingsSchema = z.object({
  /** Its OpenAgenda agenda and its Decidim (see `OrganisationInteropSchema`). */
  interop: z.optional(OrganisationInteropSchema),
  /**
   * The name its administrators give it in the back office, e.g. as the publisher of its open
   * data; the organisation's own name otherwise.
   */
  name: z.optional(text(200, 'Métropole de Lyon')),
  /** The address its notifications are sent from, e.g. `Participation <participation@cd93.fr>`. */
  mailFrom: z.optional(text(200, 'Participation <participation@exemple.fr>')),
  /** Days a new space gives the institution to answer. */
  answerWithinDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
  /** Its own OpenID Connect provider, when it does not use the server's: staff sign in at `/o/{slug}/auth/`. */
  oidc: z.optional(
    z.object({
      issuer: z.url(),
      clientId: text(200, 'participe'),
      /**
       * The environment variable of the server that holds the client secret (never the secret
       * itself: settings are listed and exported). @default `PARTICIPE_OIDC_CLIENT_SECRET_<SLUG>`
       * (`cd93` → `PARTICIPE_OIDC_CLIENT_SECRET_CD93`, dashes as `_`)
       */
      clientSecretEnv: z.optional(z.string().check(z.regex(/^[A-Z][A-Z0-9_]{0,99}$/))),
      /** @default 'client_secret_basic' */
      clientAuth: z.optional(z.enum(['client_secret_basic', 'client_secret_post'])),
      /** @default ['openid', 'email', 'profile'] */
      scopes: z.optional(
        z.array(z.string().check(z.regex(/^[\x21-\x7e]{1,100}$/))).check(z.minLength(1), z.maxLength(20)),
      ),
      /**
       * Who may come in besides the people invited in this council: by e-mail domain, or by a
       * claim's value (e.g. `organizational_unit`). The first that matches gives role and spaces.
       */
      access: z.optional(
        z
          .array(
            z.union([
              z.strictObject({
                emailDomain: z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i)),
                role: z.enum(MEMBER_ROLES),
                spaces: z
                  .array(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)))
                  .check(z.minLength(1), z.maxLength(100)),
              }),
              z.strictObject({
                claim: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,100}$/)),
                equals: z.string().check(z.minLength(1), z.maxLength(200)),
                role: z.enum(MEMBER_ROLES),
                spaces: z
                  .array(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)))
                  .check(z.minLength(1), z.maxLength(100)),
              }),
            ]),
          )
          .check(z.maxLength(100)),
      ),
    }),
  ),
});

/** A council: the tenant that owns its spaces, staff and content. */
export const OrganisationSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  name: text(200, 'Conseil départemental'),
  kind: z.enum(ORGANISATION_KINDS),
  settings: OrganisationSettingsSchema,
  createdAt: InstantSchema,
});
